import { describe, expect, it } from 'vitest'
import { formatExecutionLog } from './formatExecutionLog'
import { javaMap, maskSecret } from './logFormat'

describe('formatExecutionLog', () => {
  it('prints the header line without a timestamp and every line with a Java UTC date', () => {
    const t = Date.UTC(2025, 2, 5, 6, 43, 16)
    const text = formatExecutionLog({
      requestId: 'abc',
      log: [
        { at: t, text: 'Starting execution for request: abc' },
        { at: t + 1000, text: 'Method request body before transformations: ' },
      ],
    })
    expect(text).toBe(
      'Execution log for request abc\nWed Mar 05 06:43:16 UTC 2025 : Starting execution for request: abc\nWed Mar 05 06:43:17 UTC 2025 : Method request body before transformations: \n',
    )
  })
  it('prints maps Java-style, masks secrets and cuts long maps', () => {
    expect(javaMap({})).toBe('{}')
    expect(javaMap({ petId: '123', q: ['1', '2'] })).toBe('{petId=123, q=1,2}')
    expect(javaMap({ Authorization: 'Bearer 1234567890' }, true)).toBe(
      `{Authorization=${'*'.repeat(11)}567890}`,
    )
    expect(maskSecret('abc')).toBe('abc')
    expect(javaMap({ a: 'x'.repeat(2000) })).toMatch(/ \[TRUNCATED\]$/)
  })
})
