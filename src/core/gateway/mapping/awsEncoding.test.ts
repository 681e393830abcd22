import { describe, expect, it } from 'vitest'
import {
  base64Decode,
  base64Encode,
  escapeJavaScript,
  UrlDecodeError,
  urlDecode,
  urlEncode,
} from './awsEncoding'

describe('$util encodings, as the Java libraries behind AWS', () => {
  it('escapeJavaScript (commons-lang 2)', () => {
    expect(escapeJavaScript(`it's "q" \\ / \n\t\r\b\f \u0001 é € 😀 <>&`)).toBe(
      'it\\\'s \\"q\\" \\\\ \\/ \\n\\t\\r\\b\\f \\u0001 \\u00E9 \\u20AC \\uD83D\\uDE00 <>&',
    )
  })
  it('urlEncode (URLEncoder, UTF-8)', () => {
    expect(urlEncode('a b{":}/?&=.-*_~é😀')).toBe('a+b%7B%22%3A%7D%2F%3F%26%3D.-*_%7E%C3%A9%F0%9F%98%80')
  })
  it('urlDecode (URLDecoder, UTF-8)', () => {
    expect(urlDecode('a+b%7B%22%3A%7D%C3%A9')).toBe('a b{":}é')
    expect(() => urlDecode('%zz')).toThrow(UrlDecodeError)
    expect(() => urlDecode('a%4')).toThrow('Incomplete trailing escape')
  })
  it('base64 of UTF-8 bytes, with padding', () => {
    expect(['', 'a', 'ab', 'abc', 'é'].map(base64Encode)).toEqual(['', 'YQ==', 'YWI=', 'YWJj', 'w6k='])
    expect(base64Decode('w6k=')).toBe('é')
    expect(base64Decode('YWJj\nZA')).toBe('abcd')
  })
})
