import { describe, expect, it } from 'vitest'
import type { MappingInput } from '../../../core/gateway/mapping'
import { renderPreview } from './renderPreview'

const input: MappingInput = {
  body: '{"name":"Rex"}',
  params: { path: {}, querystring: {}, header: {} },
  context: { stage: 'dev' },
  stageVariables: {},
}

describe('renderPreview', () => {
  it('renders with the real engine', () => {
    const r = renderPreview('{"n": "$input.path(\'$.name\')", "s": "$context.stage"}', input)
    expect(r.output).toBe('{"n": "Rex", "s": "dev"}')
    expect(r.markers).toEqual([])
  })

  it('turns a syntax error into a marker at its line and column, from the real parser', () => {
    const r = renderPreview('{\n  "a": 1\n  #if($x\n}', input)
    expect(r.output).toBeUndefined()
    expect(r.markers).toHaveLength(1)
    expect(r.markers[0]!.startLine).toBeGreaterThanOrEqual(3)
    expect(r.markers[0]!.source).toBe('VTL parser')
    expect(r.failure?.aws).toBe('500 {"message": "Internal server error"}')
  })

  it('reports response overrides the template sets', () => {
    const r = renderPreview('#set($context.responseOverride.status = 404)', input)
    expect(r.overrides?.response.status).toBe(404)
  })

  it('reports a body that looks like JSON but is not as AWS does (400)', () => {
    const r = renderPreview("$input.json('$')", { ...input, body: '{broken' })
    expect(r.failure?.kind).toBe('payload')
    expect(r.failure?.aws).toMatch(/^400 /)
  })
})
