import { describe, expect, it } from 'vitest'
import { formatBytes, MAX_STORED_BODY_BYTES, storedBody } from './storedBody'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('storedBody', () => {
  it('keeps UTF-8 text as text and reports its size', () => {
    expect(storedBody(utf8('{"name":"Rëx"}'), 'application/json')).toEqual({
      body: { encoding: 'text', text: '{"name":"Rëx"}' },
      size: 15,
      truncated: false,
    })
  })

  it('keeps binary media types and bytes that are not UTF-8 as base64', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(storedBody(png, 'image/png').body).toEqual({ encoding: 'base64', data: 'iVBORw0KGgo=' })
    expect(storedBody(new Uint8Array([0xff, 0xfe, 0x41]), 'text/plain').body).toEqual({
      encoding: 'base64',
      data: '//5B',
    })
    // A binary type stays base64 even when its bytes happen to be valid UTF-8.
    expect(storedBody(utf8('abc'), 'application/octet-stream').body).toEqual({
      encoding: 'base64',
      data: 'YWJj',
    })
  })

  it('cuts a long body, and a character split by the cut does not make the text binary', () => {
    const text = `${'a'.repeat(MAX_STORED_BODY_BYTES - 1)}é and more`
    const kept = storedBody(utf8(text), 'text/plain')
    expect(kept.truncated).toBe(true)
    expect(kept.size).toBe(utf8(text).length)
    expect(kept.body).toEqual({ encoding: 'text', text: 'a'.repeat(MAX_STORED_BODY_BYTES - 1) })
  })
})

describe('formatBytes', () => {
  it('uses binary units', () => {
    expect([100, 2048, 1536, MAX_STORED_BODY_BYTES, 3 * 1024 * 1024].map(formatBytes)).toEqual([
      '100 B',
      '2 KiB',
      '1.5 KiB',
      '512 KiB',
      '3.0 MiB',
    ])
  })
})
