import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBase64Url, encodeBase64Url } from './base64url'

const bytesOf = (...values: number[]) => Uint8Array.from(values)

describe('base64url', () => {
  it('encodes as RFC 4648 §5 without padding (the test vectors of §10, in the URL alphabet)', () => {
    const text = new TextEncoder()
    expect(encodeBase64Url(text.encode(''))).toBe('')
    expect(encodeBase64Url(text.encode('f'))).toBe('Zg')
    expect(encodeBase64Url(text.encode('fo'))).toBe('Zm8')
    expect(encodeBase64Url(text.encode('foo'))).toBe('Zm9v')
    expect(encodeBase64Url(text.encode('foob'))).toBe('Zm9vYg')
    expect(encodeBase64Url(text.encode('fooba'))).toBe('Zm9vYmE')
    expect(encodeBase64Url(text.encode('foobar'))).toBe('Zm9vYmFy')
    // The two characters that differ from standard base64 (+ and /).
    expect(encodeBase64Url(bytesOf(0xfb, 0xff, 0xbf))).toBe('-_-_')
  })

  it('agrees with Node’s own base64url both ways, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = encodeBase64Url(bytes)
        expect(encoded).toBe(Buffer.from(bytes).toString('base64url'))
        const decoded = decodeBase64Url(encoded)
        expect(decoded.ok && Array.from(decoded.bytes)).toEqual(Array.from(bytes))
      }),
    )
  })

  it('names the first character that is not base64url', () => {
    expect(decodeBase64Url('Zm9v+mFy')).toEqual({ ok: false, problem: 'character', index: 4 })
    expect(decodeBase64Url('Zm9v YmFy')).toEqual({ ok: false, problem: 'character', index: 4 })
    expect(decodeBase64Url('Zm9vYmF=')).toEqual({ ok: false, problem: 'character', index: 7 })
    expect(decodeBase64Url('Zm9vYmé')).toEqual({ ok: false, problem: 'character', index: 6 })
    // A bad character is reported even when the length is impossible too.
    expect(decodeBase64Url('Zm%9v')).toEqual({ ok: false, problem: 'character', index: 2 })
  })

  it('refuses a length no encoder produces (one character left over: less than a byte)', () => {
    expect(decodeBase64Url('Zm9vY')).toEqual({ ok: false, problem: 'length', index: 5 })
  })
})
