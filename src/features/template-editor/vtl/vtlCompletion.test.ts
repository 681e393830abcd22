import { describe, expect, it } from 'vitest'
import { declaredVariables, vtlCompletions } from './vtlCompletion'

const labels = (prefix: string, ctx = {}) => vtlCompletions(prefix, ctx)?.items.map((i) => i.label) ?? []

describe('vtlCompletions', () => {
  it('offers the four API Gateway variables after $', () => {
    expect(labels('{"id": "$')).toEqual(['input', 'util', 'context', 'stageVariables'])
    expect(labels('$!{')).toContain('context')
  })

  it('filters by what is typed and replaces from the start of the word', () => {
    const result = vtlCompletions('  "x": $con')!
    expect(result.items.map((i) => i.label)).toEqual(['context'])
    expect(result.from).toBe('  "x": $'.length)
  })

  it('offers members with documentation, methods as snippets', () => {
    const input = vtlCompletions('$input.')!.items
    expect(input.map((i) => i.label)).toEqual(['body', 'json', 'params', 'path'])
    const json = input.find((i) => i.label === 'json')!
    expect(json.snippet).toBe(true)
    expect(json.insertText).toContain("json('")
    expect(json.documentation).toMatch(/JSONPath/)
    expect(labels('$util.url')).toEqual(['urlEncode', 'urlDecode'])
  })

  it('follows nested $context objects', () => {
    expect(labels('$context.identity.source')).toEqual(['sourceIp'])
    expect(labels('$context.responseOverride.')).toEqual(['status', 'header'])
  })

  it('offers the stage variables it is given', () => {
    expect(labels('$stageVariables.', { stageVariables: ['backendHost', 'alias'] })).toEqual([
      'backendHost',
      'alias',
    ])
    expect(labels('${stageVariables.al', { stageVariables: ['backendHost', 'alias'] })).toEqual(['alias'])
  })

  it("offers the template's own variables", () => {
    const text = "#set($pet = $input.path('$'))\n#foreach($tag in $pet.tags)$tag#end\n"
    expect(labels('$', { text })).toEqual(expect.arrayContaining(['pet', 'tag']))
  })

  it('offers directives as snippets after #', () => {
    const result = vtlCompletions('#fo')!
    expect(result.items.map((i) => i.label)).toEqual(['#foreach'])
    expect(result.items[0]!.insertText).toContain('#foreach(')
    expect(result.from).toBe(0)
  })

  it('offers nothing for unknown objects or plain text', () => {
    expect(vtlCompletions('$foo.')).toBeNull()
    expect(vtlCompletions('plain text')).toBeNull()
  })
})

describe('declaredVariables', () => {
  it('finds #set, #foreach and macro arguments, not the built-in variables', () => {
    expect(
      declaredVariables('#set($a = 1)#set($input = 2)#foreach($b in $list)#end#macro(m $c)#end'),
    ).toEqual(['a', 'b', 'c'])
  })

  it('offers only $context and $stageVariables where the text is substituted, not run (gateway responses)', () => {
    const only = { substitutionOnly: true, stageVariables: ['env'], text: '#set($x = 1)' }
    expect(vtlCompletions('$', only)?.items.map((i) => i.label)).toEqual(['context', 'stageVariables'])
    expect(vtlCompletions('#', only)).toBeNull()
    expect(vtlCompletions('$input.', only)).toBeNull()
    expect(vtlCompletions('$context.error.', only)?.items.map((i) => i.label)).toContain('messageString')
    expect(vtlCompletions('$stageVariables.', only)?.items.map((i) => i.label)).toEqual(['env'])
  })
})
