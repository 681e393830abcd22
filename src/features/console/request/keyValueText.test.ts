import { describe, expect, it } from 'vitest'
import { rowsToText, textToRows } from './keyValueText'

describe('key/value bulk text', () => {
  const rows = [
    { id: 'a', name: 'Accept', value: 'application/json', enabled: true },
    { id: 'b', name: 'X-Debug', value: '1', enabled: false },
  ]

  it('writes one row per line, disabled rows commented out', () => {
    expect(rowsToText(rows, ':')).toBe('Accept: application/json\n//X-Debug: 1')
    expect(rowsToText(rows, '=')).toBe('Accept=application/json\n//X-Debug=1')
  })

  it('reads the text back into the same rows, keeping their ids', () => {
    let n = 0
    expect(textToRows(rowsToText(rows, ':'), ':', () => `new${++n}`, rows)).toEqual(rows)
  })

  it('splits at the first separator, skips blank lines and accepts a name alone', () => {
    let n = 0
    const next = () => `r${++n}`
    expect(textToRows('Authorization: Bearer a:b\n\n  X-Empty\r\n', ':', next)).toEqual([
      { id: 'r1', name: 'Authorization', value: 'Bearer a:b', enabled: true },
      { id: 'r2', name: 'X-Empty', value: '', enabled: true },
    ])
    expect(textToRows('q=a=b', '=', next)).toEqual([{ id: 'r3', name: 'q', value: 'a=b', enabled: true }])
  })
})
