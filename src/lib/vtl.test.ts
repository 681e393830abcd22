import { describe, expect, it } from 'vitest'
import { compileMappingTemplate, MappingTemplateError, renderMappingTemplate } from './vtl'

const input = {
  body: '{"pets":[{"name":"Rex"},{"name":"Tom"}]}',
  params: { path: { id: '1' }, querystring: {}, header: {} },
  context: { requestId: 'r-1' },
  stageVariables: {},
}

describe('gatewright/vtl', () => {
  it('renderMappingTemplate renders in one call', () => {
    expect(
      renderMappingTemplate(
        `#foreach($p in $input.path('$.pets'))$p.name#if($foreach.hasNext),#end#end`,
        input,
      ).output,
    ).toBe('Rex,Tom')
  })
  it('compileMappingTemplate compiles once and renders many inputs', () => {
    const t = compileMappingTemplate(`$input.params('id')`)
    expect(t.render(input).output).toBe('1')
    expect(t.render({ ...input, params: { ...input.params, path: { id: '2' } } }).output).toBe('2')
  })
  it('throws MappingTemplateError with a position', () => {
    expect(() => compileMappingTemplate('#if(')).toThrow(MappingTemplateError)
  })
})
