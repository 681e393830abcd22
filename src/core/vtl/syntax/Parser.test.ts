// biome-ignore-all lint/suspicious/noTemplateCurlyInString: VTL templates use ${…} references
import { describe, expect, it } from 'vitest'
import type { IfNode, ReferenceNode, SetNode } from './ast'
import { parseTemplate, VtlSyntaxError } from './Parser'

function syntaxError(src: string): VtlSyntaxError {
  try {
    parseTemplate(src)
  } catch (e) {
    if (e instanceof VtlSyntaxError) return e
    throw e
  }
  throw new Error('expected a syntax error')
}

describe('parseTemplate', () => {
  it('nodes keep their source offsets', () => {
    const src = 'a $b.c(1) #set($x = 2)\n#if($x)y#end'
    const nodes = parseTemplate(src)
    expect(nodes.map((n) => [n.type, src.slice(n.start, n.end)])).toEqual([
      ['text', 'a '],
      ['print', '$b.c(1)'],
      ['set', '#set($x = 2)'],
      ['if', '#if($x)y#end'],
    ])
    const ref = (nodes[1] as ReferenceNode).ref
    expect(ref.parts.map((p) => src.slice(p.start, p.end))).toEqual(['.c(1)'])
    const set = nodes[2] as SetNode
    expect(src.slice(set.value.start, set.value.end)).toBe('2')
    const cond = (nodes[3] as IfNode).branches[0]!.condition
    expect(src.slice(cond.start, cond.end)).toBe('$x')
  })
  it('a #set on a line of its own takes its indentation and line break (after a directive)', () => {
    const [node] = parseTemplate('#if(true)\n  #set($x = 1)\nb#end') as [IfNode]
    expect(node.branches[0]!.body.map((n) => (n.type === 'text' ? n.text : n.type))).toEqual(['set', 'b'])
  })
  it('syntax errors say what was expected, at the offending token', () => {
    const e = syntaxError('#set($a = 5-3)')
    expect(e.message).toBe('Unexpected number -3; expected ")" to close #set(')
    expect(e.start).toBe(11)
    expect(syntaxError('#if(').message).toBe(
      'Unexpected end of the template; expected a value: a $reference, a string, a number, true/false, [list] or {map}',
    )
    expect(syntaxError('${a').message).toBe('${a… is never closed with }')
    expect(syntaxError('x #end').message).toBe('#end without a matching #if, #foreach, #macro or #define')
  })
})
