import { describe, expect, it } from 'vitest'
import type { Integration, Method } from '../../core/model/rest/RestApi'
import { apiFromPaths } from '../designer/tree/testApi'
import { buildMethodFlow, lambdaNameFromUri, orderedIntegrationResponses } from './buildMethodFlow'

function method(integration?: Partial<Integration>, extra: Partial<Method> = {}): Method {
  return {
    httpMethod: 'GET',
    authorizationType: 'NONE',
    apiKeyRequired: false,
    requestParameters: {},
    requestModels: {},
    methodResponses: {
      '200': { statusCode: '200', responseParameters: {}, responseModels: {} },
      '400': { statusCode: '400', responseParameters: {}, responseModels: {} },
    },
    ...(integration
      ? {
          integration: {
            type: 'MOCK',
            requestParameters: {},
            requestTemplates: { 'application/json': '{"statusCode": 200}' },
            passthroughBehavior: 'WHEN_NO_MATCH',
            timeoutInMillis: 29000,
            cacheKeyParameters: [],
            integrationResponses: {
              default: { statusCode: '200', responseParameters: {}, responseTemplates: {} },
              '4\\d{2}': {
                selectionPattern: '4\\d{2}',
                statusCode: '400',
                responseParameters: {},
                responseTemplates: {},
              },
            },
            ...integration,
          },
        }
      : {}),
    ...extra,
  }
}

const api = apiFromPaths(['/pets'])

describe('buildMethodFlow', () => {
  it('draws request and response paths with one branch per integration response, labelled by pattern', () => {
    const flow = buildMethodFlow(api, method({}))
    const ids = flow.nodes.map((n) => n.id)
    expect(ids).toEqual(
      expect.arrayContaining([
        'client',
        'methodRequest',
        'integrationRequest',
        'integration',
        'ir:default',
        'ir:4\\d{2}',
        'mr:200',
        'mr:400',
        'gatewayResponses',
      ]),
    )
    const branch = flow.edges.find((e) => e.source === 'integration' && e.target === 'ir:4\\d{2}')
    expect(branch?.label).toBe('4\\d{2}')
    expect(flow.edges.find((e) => e.source === 'ir:4\\d{2}')?.target).toBe('mr:400')
    expect(flow.edges.find((e) => e.source === 'ir:default')?.label).toBe('→ 200')
  })

  it('lists the default integration response after the patterns', () => {
    const integration = method({})!.integration!
    expect(orderedIntegrationResponses(integration).map(([k]) => k)).toEqual(['4\\d{2}', 'default'])
  })

  it('greys out integration responses on a proxy integration, with the reason', () => {
    const flow = buildMethodFlow(
      api,
      method({
        type: 'AWS_PROXY',
        httpMethod: 'POST',
        uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations',
      }),
    )
    const ir = flow.nodes.find((n) => n.kind === 'integrationResponse')!
    expect(ir.disabled?.reason).toMatch(/Lambda proxy/)
    expect(flow.nodes.filter((n) => n.kind === 'integrationResponse')).toHaveLength(1)
    expect(flow.nodes.find((n) => n.id === 'integration')!.lines).toContain('Function pets')
  })

  it('says so when a method has no integration', () => {
    const flow = buildMethodFlow(api, method(undefined))
    expect(flow.nodes.find((n) => n.id === 'integration')!.title).toBe('No integration')
    expect(flow.nodes.find((n) => n.id === 'mr:200')!.disabled).toBeDefined()
  })

  it('makes every node but the client open something in the inspector', () => {
    const flow = buildMethodFlow(api, method({}))
    for (const n of flow.nodes) {
      if (n.kind !== 'client') expect(n.target, n.id).toBeDefined()
    }
    expect(flow.nodes.find((n) => n.id === 'ir:4\\d{2}')!.target).toEqual({
      kind: 'integrationResponse',
      key: '4\\d{2}',
    })
  })

  it('lines method responses up with the integration responses that map to them', () => {
    const flow = buildMethodFlow(api, method({}))
    const y = (id: string) => flow.nodes.find((n) => n.id === id)!.y
    // 4\d{2} → 400 comes first, default → 200 last: each pair on the same row, no crossing.
    expect(y('mr:400')).toBe(y('ir:4\\d{2}'))
    expect(y('mr:200')).toBe(y('ir:default'))
  })

  it('does not let response nodes overlap', () => {
    const flow = buildMethodFlow(api, method({}))
    const column = flow.nodes.filter((n) => n.kind === 'methodResponse').map((n) => n.y)
    expect(column[1]! - column[0]!).toBeGreaterThanOrEqual(92)
  })
})

describe('lambdaNameFromUri', () => {
  it('reads the function name from an invocation ARN, with or without an alias', () => {
    const base =
      'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:111111111111:function:orders'
    expect(lambdaNameFromUri(`${base}/invocations`)).toBe('orders')
    expect(lambdaNameFromUri(`${base}:live/invocations`)).toBe('orders')
    expect(lambdaNameFromUri('https://example.com')).toBeUndefined()
  })
})
