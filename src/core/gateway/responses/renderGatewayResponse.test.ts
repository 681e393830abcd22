import { describe, expect, it } from 'vitest'
import { buildRestApi } from '../../../testing/builders'
import type { RequestContext } from '../context/RequestContext'
import { renderGatewayResponse } from './renderGatewayResponse'

const ctx = () => ({ requestId: 'r', error: {}, identity: {} }) as unknown as RequestContext
const text = (b: Uint8Array) => new TextDecoder().decode(b)

describe('renderGatewayResponse', () => {
  it("uses AWS's defaults: status, compact default body, built-in 5xx bodies, x-amzn-ErrorType", () => {
    const r = renderGatewayResponse(
      { type: 'MISSING_AUTHENTICATION_TOKEN' },
      buildRestApi(),
      ctx(),
      {},
      undefined,
      undefined,
    )
    expect(r.status).toBe(403)
    expect(text(r.body)).toBe('{"message":"Missing Authentication Token"}')
    expect(r.headers).toContainEqual(['x-amzn-ErrorType', 'MissingAuthenticationTokenException'])
    const t = renderGatewayResponse(
      { type: 'INTEGRATION_TIMEOUT' },
      buildRestApi(),
      ctx(),
      {},
      undefined,
      undefined,
    )
    expect([t.status, text(t.body)]).toEqual([504, '{"message": "Endpoint request timed out"}'])
  })
  it('lets DEFAULT_5XX customise every 5xx type not set itself, and keeps a type set itself', () => {
    const api = buildRestApi({
      gatewayResponses: {
        DEFAULT_5XX: {
          responseType: 'DEFAULT_5XX',
          statusCode: '599',
          responseParameters: { 'gatewayresponse.header.X-A': "'1'" },
          responseTemplates: { 'application/json': '{"e":"$context.error.responseType"}' },
        },
        INTEGRATION_TIMEOUT: {
          responseType: 'INTEGRATION_TIMEOUT',
          responseParameters: {},
          responseTemplates: {},
        },
      },
    })
    const cfg = renderGatewayResponse(
      { type: 'API_CONFIGURATION_ERROR' },
      api,
      ctx(),
      {},
      undefined,
      undefined,
    )
    expect([cfg.status, text(cfg.body)]).toEqual([599, '{"e":"API_CONFIGURATION_ERROR"}'])
    expect(cfg.headers).toContainEqual(['X-A', '1'])
    const own = renderGatewayResponse({ type: 'INTEGRATION_TIMEOUT' }, api, ctx(), {}, undefined, undefined)
    expect(own.status).toBe(504)
  })
  it("keeps the failure's own status (502 for a malformed proxy answer) unless the API sets one", () => {
    const r = renderGatewayResponse(
      { type: 'DEFAULT_5XX', status: 502 },
      buildRestApi(),
      ctx(),
      {},
      undefined,
      undefined,
    )
    expect(r.status).toBe(502)
  })
})

describe('REQUEST_TOO_LARGE', () => {
  it('cannot be customised, not even through DEFAULT_4XX', () => {
    const api = buildRestApi({
      gatewayResponses: {
        DEFAULT_4XX: {
          responseType: 'DEFAULT_4XX',
          statusCode: '499',
          responseParameters: {},
          responseTemplates: { 'application/json': '{}' },
        },
      },
    })
    const r = renderGatewayResponse({ type: 'REQUEST_TOO_LARGE' }, api, ctx(), {}, undefined, undefined)
    expect([r.status, text(r.body)]).toEqual([413, '{"message":"Request Too Long"}'])
  })
})
