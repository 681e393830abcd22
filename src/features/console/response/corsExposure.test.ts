import { describe, expect, it } from 'vitest'
import { crossOriginReadableHeaders } from './corsExposure'

const headers: [string, string][] = [
  ['Content-Type', 'application/json'],
  ['x-amzn-RequestId', 'abc'],
  ['X-Custom', '1'],
]

describe('crossOriginReadableHeaders', () => {
  it('allows only the safelisted headers without Access-Control-Expose-Headers', () => {
    const readable = crossOriginReadableHeaders(headers)
    expect(readable.has('content-type')).toBe(true)
    expect(readable.has('x-amzn-requestid')).toBe(false)
  })

  it('adds the exposed names, case-insensitively', () => {
    const readable = crossOriginReadableHeaders([
      ...headers,
      ['Access-Control-Expose-Headers', 'X-Custom, x-amzn-requestid'],
    ])
    expect(readable.has('x-custom')).toBe(true)
    expect(readable.has('x-amzn-requestid')).toBe(true)
  })

  it('exposes everything with * unless the request carries credentials', () => {
    const wildcard: [string, string][] = [...headers, ['access-control-expose-headers', '*']]
    expect(crossOriginReadableHeaders(wildcard).has('x-custom')).toBe(true)
    expect(crossOriginReadableHeaders(wildcard, true).has('x-custom')).toBe(false)
  })
})
