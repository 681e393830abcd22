import { describe, expect, it } from 'vitest'
import {
  buildMethod,
  buildProject,
  buildRestApi,
  lambdaIntegration,
  lambdaProxyIntegration,
  methodResponse,
} from '../../../../testing/builders'
import { findResourceByPath } from '../../rest/paths'
import { corsAllowMethods, enableCors } from './enableCors'
import { DEFAULT_MODELS } from './restApi'

const api = buildRestApi({
  models: DEFAULT_MODELS,
  paths: {
    '/pets': {
      GET: buildMethod('GET', {
        integration: lambdaIntegration('list'),
        methodResponses: { '200': methodResponse('200') },
      }),
      POST: buildMethod('POST', { integration: lambdaProxyIntegration('create') }),
    },
  },
})
const project = buildProject({ restApis: [api] })
const resourceId = findResourceByPath(api, '/pets')!.id

describe('enableCors (what the console creates)', () => {
  const next = enableCors.apply(project, {
    apiId: api.id,
    resourceId,
    methods: ['GET', 'POST'],
    gatewayResponses: ['DEFAULT_4XX', 'DEFAULT_5XX'],
  })
  const methods = next.restApis[0]!.resources[resourceId]!.methods
  it('adds an OPTIONS MOCK method answering the preflight', () => {
    const options = methods.OPTIONS!
    expect(options.authorizationType).toBe('NONE')
    expect(options.integration).toMatchObject({
      type: 'MOCK',
      passthroughBehavior: 'WHEN_NO_MATCH',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
    })
    expect(options.methodResponses['200']).toEqual({
      statusCode: '200',
      responseModels: { 'application/json': 'Empty' },
      responseParameters: {
        'method.response.header.Access-Control-Allow-Headers': false,
        'method.response.header.Access-Control-Allow-Methods': false,
        'method.response.header.Access-Control-Allow-Origin': false,
      },
    })
    expect(options.integration!.integrationResponses.default!.responseParameters).toEqual({
      'method.response.header.Access-Control-Allow-Headers':
        "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'",
      'method.response.header.Access-Control-Allow-Methods': "'GET,OPTIONS,POST'",
      'method.response.header.Access-Control-Allow-Origin': "'*'",
    })
  })
  it('adds Access-Control-Allow-Origin to non-proxy methods only', () => {
    expect(methods.GET!.methodResponses['200']!.responseParameters).toEqual({
      'method.response.header.Access-Control-Allow-Origin': false,
    })
    expect(methods.GET!.integration!.integrationResponses.default!.responseParameters).toEqual({
      'method.response.header.Access-Control-Allow-Origin': "'*'",
    })
    expect(methods.POST).toEqual(api.resources[resourceId]!.methods.POST)
  })
  it('adds the headers to DEFAULT_4XX and DEFAULT_5XX, keeping the default template', () => {
    const g = next.restApis[0]!.gatewayResponses.DEFAULT_4XX!
    expect(g.responseParameters['gatewayresponse.header.Access-Control-Allow-Methods']).toBe(
      "'GET,OPTIONS,POST'",
    )
    expect(g.responseTemplates).toEqual({ 'application/json': '{"message":$context.error.messageString}' })
    expect(next.restApis[0]!.gatewayResponses.DEFAULT_5XX).toBeDefined()
  })
  it('sorts methods and expands ANY', () => {
    expect(corsAllowMethods(['PUT', 'GET'])).toBe('GET,OPTIONS,PUT')
    expect(corsAllowMethods(['ANY'])).toBe('DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT')
  })
  it('refuses methods the resource does not have', () => {
    expect(() => enableCors.apply(project, { apiId: api.id, resourceId, methods: ['DELETE'] })).toThrow(
      /no DELETE method/,
    )
  })
})
