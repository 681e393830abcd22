import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mutated, randomTemplate } from './differential/templateArbitraries'
import { VtlError } from './VtlError'
import { AWS_DIALECT } from './VtlLimits'
import { compileTemplate } from './VtlTemplate'

/**
 * Property: whatever the template — random VTL-ish text or a valid template mutated — the
 * engine returns output or throws a positioned error, quickly. Never a crash, never a hang.
 */
const vars = () => ({ s: 'hello', list: [1, 2, 3], map: new Map<string, unknown>([['k', 'v']]) })
const limits = { maxSteps: 50_000, maxOutputChars: 200_000 }
const TIME_BOUND_MS = 2000

function checkEngine(template: string): void {
  const started = Date.now()
  try {
    const r = compileTemplate(template, { limits, dialect: AWS_DIALECT }).render(vars())
    expect(typeof r.output).toBe('string')
  } catch (e) {
    if (!(e instanceof VtlError)) throw e
    expect(e.line).toBeGreaterThanOrEqual(1)
    expect(e.column).toBeGreaterThanOrEqual(1)
    expect(e.message.length).toBeGreaterThan(0)
    expect(typeof e.codeFrame).toBe('string')
  }
  expect(Date.now() - started).toBeLessThan(TIME_BOUND_MS)
}

describe('property: any template gives output or a positioned error, in bounded time', () => {
  it('random VTL-ish text', () => {
    fc.assert(fc.property(randomTemplate, checkEngine), { numRuns: 800 })
  })
  it('valid templates, mutated', () => {
    fc.assert(fc.property(mutated, checkEngine), { numRuns: 800 })
  })
})
