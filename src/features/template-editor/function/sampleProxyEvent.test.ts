import { describe, expect, it } from 'vitest'
import { sampleProxyEvent } from './sampleProxyEvent'

const base = {
  httpMethod: 'GET',
  resource: '/pets',
  path: '/pets',
  apiId: 'abc123',
  stage: 'dev',
  accountId: '123456789012',
  region: 'us-east-1',
  body: null,
  requestTimeEpoch: 0,
  requestTime: '01/Jan/1970:00:00:00 +0000',
}

describe('sampleProxyEvent', () => {
  it('has the payload 1.0 keys, with null for absent parts', () => {
    const e = sampleProxyEvent(base)
    expect(Object.keys(e)).toEqual([
      'resource',
      'path',
      'httpMethod',
      'headers',
      'multiValueHeaders',
      'queryStringParameters',
      'multiValueQueryStringParameters',
      'pathParameters',
      'stageVariables',
      'requestContext',
      'body',
      'isBase64Encoded',
    ])
    expect(e.queryStringParameters).toBeNull()
    expect(e.pathParameters).toBeNull()
    expect(e.stageVariables).toBeNull()
    expect(e.body).toBeNull()
    expect((e.requestContext as { path: string }).path).toBe('/dev/pets')
    expect(e.requestContext).not.toHaveProperty('authorizer')
  })

  it('fills query strings as single and multi values, and path parameters', () => {
    const e = sampleProxyEvent({ ...base, query: { q: 'rex' }, pathParameters: { petId: '1' }, body: '{}' })
    expect(e.queryStringParameters).toEqual({ q: 'rex' })
    expect(e.multiValueQueryStringParameters).toEqual({ q: ['rex'] })
    expect(e.pathParameters).toEqual({ petId: '1' })
    expect((e.headers as Record<string, string>)['Content-Type']).toBe('application/json')
  })
})
