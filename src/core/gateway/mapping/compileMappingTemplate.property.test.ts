import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mutated, randomTemplate } from '../../vtl/differential/templateArbitraries'
import { compileMappingTemplate } from './compileMappingTemplate'
import { MappingTemplateError } from './MappingTemplateError'

/**
 * Property: any template with the mapping variables, on any body, renders or throws a
 * positioned MappingTemplateError, quickly — never a crash, never a hang.
 */
const limits = { maxSteps: 50_000, maxOutputChars: 200_000 }
const TIME_BOUND_MS = 2000

function check(template: string, body: string): void {
  const started = Date.now()
  try {
    const r = compileMappingTemplate(template, { limits }).render({
      body,
      params: { path: { x: '1' }, querystring: {}, header: {} },
      context: { requestId: 'r' },
      stageVariables: {},
    })
    expect(typeof r.output).toBe('string')
    expect(Array.isArray(r.overrideErrors)).toBe(true)
  } catch (e) {
    if (!(e instanceof MappingTemplateError)) throw e
    expect(e.line).toBeGreaterThanOrEqual(1)
    expect(e.column).toBeGreaterThanOrEqual(1)
  }
  expect(Date.now() - started).toBeLessThan(TIME_BOUND_MS)
}

describe('property: mapping templates give output or a positioned error, in bounded time', () => {
  it('random and mutated templates on random bodies', () => {
    const body = fc.oneof(
      fc.constant(''),
      fc.constant('{"a":[1,{"b":"c"}]}'),
      fc.string({ maxLength: 20 }),
      fc.json(),
    )
    fc.assert(fc.property(fc.oneof(randomTemplate, mutated), body, check), { numRuns: 800 })
  })
})
