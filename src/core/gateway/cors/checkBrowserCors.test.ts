import { describe, expect, it } from 'vitest'
import { checkBrowserCors, needsPreflight, unsafeRequestHeaders } from './checkBrowserCors'

const page = 'http://localhost:5173'
const ok = { status: 200, headers: [['Access-Control-Allow-Origin', '*']] as [string, string][] }

describe('checkBrowserCors', () => {
  it('knows which requests need a preflight', () => {
    expect(needsPreflight('GET', [['accept', 'application/json']])).toBe(false)
    expect(needsPreflight('POST', [['content-type', 'application/json']])).toBe(true)
    expect(needsPreflight('PUT', [])).toBe(true)
    expect(
      unsafeRequestHeaders([
        ['X-Api-Key', 'k'],
        ['user-agent', 'x'],
        ['content-type', 'text/plain'],
      ]),
    ).toEqual(['x-api-key'])
  })
  it('accepts a simple request whose response allows the origin', () => {
    expect(
      checkBrowserCors({
        pageOrigin: page,
        method: 'GET',
        requestHeaders: [],
        credentials: false,
        response: ok,
      }).allowed,
    ).toBe(true)
  })
  it('blocks a response without Access-Control-Allow-Origin, saying so', () => {
    const v = checkBrowserCors({
      pageOrigin: page,
      method: 'GET',
      requestHeaders: [],
      credentials: false,
      response: { status: 200, headers: [] },
    })
    expect(v).toMatchObject({ allowed: false })
    expect(v.reason).toContain('Access-Control-Allow-Origin is missing')
  })
  it('checks the preflight for methods and headers', () => {
    const preflight = {
      status: 200,
      headers: [
        ['Access-Control-Allow-Origin', '*'],
        ['Access-Control-Allow-Methods', 'GET,OPTIONS'],
        ['Access-Control-Allow-Headers', 'Content-Type,X-Api-Key'],
      ] as [string, string][],
    }
    const base = { pageOrigin: page, credentials: false, preflightResponse: preflight, response: ok }
    expect(checkBrowserCors({ ...base, method: 'GET', requestHeaders: [['x-api-key', 'k']] }).allowed).toBe(
      true,
    )
    expect(checkBrowserCors({ ...base, method: 'GET', requestHeaders: [['x-other', 'k']] }).reason).toContain(
      'x-other',
    )
    expect(checkBrowserCors({ ...base, method: 'DELETE', requestHeaders: [] }).reason).toContain('DELETE')
  })
  it('does not accept * with credentials', () => {
    expect(
      checkBrowserCors({
        pageOrigin: page,
        method: 'GET',
        requestHeaders: [],
        credentials: true,
        response: ok,
      }).allowed,
    ).toBe(false)
  })
})
