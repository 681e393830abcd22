import { describe, expect, it } from 'vitest'
import { fromBase64, toBase64, utf8 } from './bytes'
import { parseQueryString } from './parseQueryString'

describe('parseQueryString', () => {
  it('decodes + and %20 to a space and %2B to +, keeps every value and the last one', () => {
    const q = parseQueryString('a=1&a=2&b=x+y&c=%2B&d&e=%20z')
    expect(q.single).toEqual({ a: '2', b: 'x y', c: '+', d: '', e: ' z' })
    expect(q.multi).toEqual({ a: ['1', '2'], b: ['x y'], c: ['+'], d: [''], e: [' z'] })
    expect(q.keys).toEqual(['a', 'b', 'c', 'd', 'e'])
  })
  it('keeps a stray % as typed', () => {
    expect(parseQueryString('p=100%').single.p).toBe('100%')
  })
})

describe('base64', () => {
  it('round-trips bytes with padding and rejects non-base64', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'PNG!', 'héllo'])
      expect(fromBase64(toBase64(utf8(text)))).toEqual(utf8(text))
    expect(toBase64(utf8('PNG!'))).toBe('UE5HIQ==')
    expect(fromBase64('not base64!')).toBeUndefined()
  })
})
