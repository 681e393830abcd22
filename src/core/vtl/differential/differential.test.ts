import { describe, expect, it } from 'vitest'
import { VtlError } from '../VtlError'
import { compileTemplate } from '../VtlTemplate'
import {
  expectLikeVelocity,
  type RecordedCase,
  type RecordedResult,
  recordedCases,
  recordedResults,
  toJavaValue,
} from './recordedCases'

const DEFAULT_VARS = { s: 'hello', list: [1, 2, 3], map: { a: 'x', b: 2 } }

function run(c: RecordedCase): RecordedResult {
  try {
    const vars = toJavaValue(c.vars ?? DEFAULT_VARS) as Map<string, unknown>
    return { id: c.id, output: compileTemplate(c.template).render(vars).output }
  } catch (e) {
    if (!(e instanceof VtlError)) throw e
    return {
      id: c.id,
      error: {
        kind: e.kind === 'limit' ? 'runtime' : e.kind,
        line: e.line,
        column: e.column,
        message: e.message,
      },
    }
  }
}

describe('differential: the engine against Apache Velocity 1.7 (recorded)', () => {
  it('has a recorded result for every case', () => {
    expect(recordedCases.length).toBeGreaterThan(150)
    for (const c of recordedCases) expect(recordedResults.has(c.id), c.id).toBe(true)
  })
  for (const c of recordedCases.filter((x) => x.mode === 'velocity')) {
    it(c.id, () => expectLikeVelocity(c, run(c)))
  }
})
