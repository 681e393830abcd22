import { describe, expect, it } from 'vitest'
import { parseProxyResponse } from './parseProxyResponse'

describe('parseProxyResponse', () => {
  it('accepts a numeric-string status and stringifies header values, multi-value headers first', () => {
    const r = parseProxyResponse(
      JSON.stringify({
        statusCode: '201',
        headers: { a: true, b: 'solo' },
        multiValueHeaders: { b: ['multi'] },
        body: 'x',
      }),
    )
    expect(r).toEqual({
      ok: true,
      status: 201,
      headers: [
        ['b', 'multi'],
        ['a', 'true'],
        ['b', 'solo'],
      ],
      body: 'x',
      isBase64Encoded: false,
    })
  })
  it('answers 200 with an empty body for {}', () => {
    expect(parseProxyResponse('{}')).toMatchObject({ ok: true, status: 200, body: '' })
  })
  it.each([
    ['an extra key', { statusCode: 200, extra: 1 }],
    ['a non-numeric status', { statusCode: 'abc' }],
    ['a non-list multi-value header', { multiValueHeaders: { a: 'x' } }],
    ['a bare string', 'hello'],
    ['an array', [1]],
    ['an object body', { body: { a: 1 } }],
  ])('refuses %s', (_name, value) => {
    expect(parseProxyResponse(JSON.stringify(value)).ok).toBe(false)
  })
})
