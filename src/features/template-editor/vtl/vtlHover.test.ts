import { describe, expect, it } from 'vitest'
import { vtlHoverAt } from './vtlHover'

describe('vtlHoverAt', () => {
  const line = '{"ip": "$context.identity.sourceIp", "q": "$input.params(\'q\')"}'

  it('documents the member under the cursor with its whole reference', () => {
    const hover = vtlHoverAt(line, line.indexOf('sourceIp') + 2)!
    expect(hover.markdown).toContain('`$context.identity.sourceIp`')
    expect(hover.markdown).toMatch(/Source IP/)
    expect(line.slice(hover.start, hover.end)).toBe('sourceIp')
  })

  it('documents the object when hovering an earlier part of the chain', () => {
    const hover = vtlHoverAt(line, line.indexOf('identity'))!
    expect(hover.markdown).toContain('`$context.identity`')
  })

  it('shows method signatures', () => {
    const hover = vtlHoverAt(line, line.indexOf('params') + 1)!
    expect(hover.markdown).toContain('params(name)')
  })

  it('documents stage variables by name and ignores unknown references and plain text', () => {
    expect(vtlHoverAt('$stageVariables.host', 17)!.markdown).toContain('`$stageVariables.host`')
    expect(vtlHoverAt('$pet.name', 6)).toBeNull()
    expect(vtlHoverAt(line, 1)).toBeNull()
  })
})
