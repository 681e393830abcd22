import { describe, expect, it } from 'vitest'
import {
  buildMethod,
  buildModel,
  buildProject,
  buildRestApi,
  httpIntegration,
} from '../../../../testing/builders'
import { findResourceByPath } from '../../rest/paths'
import { deleteIntegration, putIntegration, updateIntegration } from './integration'
import { deleteMethod, putMethod, updateMethod } from './method'
import {
  deleteIntegrationResponse,
  deleteMethodResponse,
  putIntegrationResponse,
  putMethodResponse,
} from './responses'

const api = buildRestApi({
  paths: {
    '/pets': { GET: buildMethod('GET', { integration: httpIntegration('https://example.com/pets') }) },
  },
  models: { Pet: buildModel('Pet', { type: 'object' }) },
  requestValidators: {
    v1: { id: 'v1', name: 'all', validateRequestBody: true, validateRequestParameters: true },
  },
})
const project = buildProject({ restApis: [api] })
const apiId = api.id
const resourceId = findResourceByPath(api, '/pets')!.id
const methodOf = (p: typeof project, verb: 'GET' | 'POST' = 'GET') =>
  p.restApis[0]!.resources[resourceId]!.methods[verb]!

describe('method commands', () => {
  it('creates a method with AWS defaults and refuses to overwrite one', () => {
    const next = putMethod.apply(project, {
      apiId,
      resourceId,
      httpMethod: 'POST',
      requestModels: { 'application/json': 'Pet' },
    })
    expect(methodOf(next, 'POST')).toEqual({
      httpMethod: 'POST',
      authorizationType: 'NONE',
      apiKeyRequired: false,
      requestParameters: {},
      requestModels: { 'application/json': 'Pet' },
      methodResponses: {},
    })
    expect(() => putMethod.apply(project, { apiId, resourceId, httpMethod: 'GET' })).toThrow(
      /Method already exists/,
    )
  })
  it('checks references: models, validators, authorizers, parameter names', () => {
    expect(() =>
      putMethod.apply(project, {
        apiId,
        resourceId,
        httpMethod: 'POST',
        requestModels: { 'application/json': 'Nope' },
      }),
    ).toThrow('Invalid model identifier specified: Nope')
    expect(() =>
      putMethod.apply(project, { apiId, resourceId, httpMethod: 'POST', requestValidatorId: 'zz' }),
    ).toThrow(/Request Validator/)
    expect(() =>
      putMethod.apply(project, { apiId, resourceId, httpMethod: 'POST', authorizationType: 'CUSTOM' }),
    ).toThrow(/needs an authorizer/)
    expect(() =>
      updateMethod.apply(project, {
        apiId,
        resourceId,
        httpMethod: 'GET',
        patch: { requestParameters: { 'query.x': true } },
      }),
    ).toThrow(/Invalid method request parameter/)
  })
  it('updates with a patch where null clears a field, and deletes', () => {
    const withOp = updateMethod.apply(project, {
      apiId,
      resourceId,
      httpMethod: 'GET',
      patch: { operationName: 'listPets', requestValidatorId: 'v1', apiKeyRequired: true },
    })
    expect(methodOf(withOp)).toMatchObject({
      operationName: 'listPets',
      requestValidatorId: 'v1',
      apiKeyRequired: true,
    })
    const cleared = updateMethod.apply(withOp, {
      apiId,
      resourceId,
      httpMethod: 'GET',
      patch: { operationName: null },
    })
    expect('operationName' in methodOf(cleared)).toBe(false)
    const gone = deleteMethod.apply(project, { apiId, resourceId, httpMethod: 'GET' })
    expect(gone.restApis[0]!.resources[resourceId]!.methods.GET).toBeUndefined()
  })
})

describe('integration commands', () => {
  it('fills AWS defaults and keeps the existing integration responses', () => {
    const next = putIntegration.apply(project, {
      apiId,
      resourceId,
      httpMethod: 'GET',
      integration: { type: 'HTTP', httpMethod: 'GET', uri: 'https://example.org/v2' },
    })
    const i = methodOf(next).integration!
    expect(i).toMatchObject({
      passthroughBehavior: 'WHEN_NO_MATCH',
      timeoutInMillis: 29000,
      cacheKeyParameters: [],
    })
    expect(Object.keys(i.integrationResponses)).toEqual(['default'])
  })
  it('rejects integrations AWS rejects', () => {
    const put = (integration: Parameters<typeof putIntegration.apply>[1]['integration']) =>
      putIntegration.apply(project, { apiId, resourceId, httpMethod: 'GET', integration })
    expect(() => put({ type: 'HTTP', httpMethod: 'GET' })).toThrow(/needs a URI/)
    expect(() => put({ type: 'HTTP', httpMethod: 'GET', uri: 'example.com' })).toThrow(
      /Invalid HTTP endpoint/,
    )
    expect(() => put({ type: 'AWS', httpMethod: 'POST', uri: 'lambda' })).toThrow(/AWS ARN/)
    expect(() => put({ type: 'MOCK', timeoutInMillis: 40000 })).toThrow(/between 50 ms and 29000 ms/)
    expect(() => put({ type: 'MOCK', requestParameters: { 'header.x': "'a'" } })).toThrow(
      /Invalid mapping expression/,
    )
    expect(() =>
      put({ type: 'HTTP', httpMethod: 'GET', uri: 'https://x', connectionType: 'VPC_LINK' }),
    ).toThrow(/connection id/)
  })
  it('patches and deletes the integration', () => {
    const next = updateIntegration.apply(project, {
      apiId,
      resourceId,
      httpMethod: 'GET',
      patch: { timeoutInMillis: 5000 },
    })
    expect(methodOf(next).integration!.timeoutInMillis).toBe(5000)
    const gone = deleteIntegration.apply(project, { apiId, resourceId, httpMethod: 'GET' })
    expect(methodOf(gone).integration).toBeUndefined()
  })
})

describe('method and integration responses', () => {
  const with200 = putMethodResponse.apply(project, {
    apiId,
    resourceId,
    httpMethod: 'GET',
    statusCode: '404',
    responseParameters: { 'method.response.header.X-Id': false },
  })
  it('adds a method response and maps an integration response onto it', () => {
    const next = putIntegrationResponse.apply(with200, {
      apiId,
      resourceId,
      httpMethod: 'GET',
      selectionPattern: '4\\d{2}',
      statusCode: '404',
      responseParameters: { 'method.response.header.X-Id': 'integration.response.header.id' },
    })
    expect(methodOf(next).integration!.integrationResponses['4\\d{2}']).toEqual({
      statusCode: '404',
      selectionPattern: '4\\d{2}',
      responseParameters: { 'method.response.header.X-Id': 'integration.response.header.id' },
      responseTemplates: {},
    })
    const removed = deleteIntegrationResponse.apply(next, {
      apiId,
      resourceId,
      httpMethod: 'GET',
      key: '4\\d{2}',
    })
    expect(methodOf(removed).integration!.integrationResponses['4\\d{2}']).toBeUndefined()
  })
  it('needs the method response first, and declared headers', () => {
    expect(() =>
      putIntegrationResponse.apply(project, { apiId, resourceId, httpMethod: 'GET', statusCode: '500' }),
    ).toThrow(/Invalid Response status code specified: 500/)
    expect(() =>
      putIntegrationResponse.apply(with200, {
        apiId,
        resourceId,
        httpMethod: 'GET',
        statusCode: '404',
        responseParameters: { 'method.response.header.Other': "'x'" },
      }),
    ).toThrow(/not declared/)
    expect(() =>
      putMethodResponse.apply(project, { apiId, resourceId, httpMethod: 'GET', statusCode: '2000' }),
    ).toThrow(/Invalid status code/)
    const gone = deleteMethodResponse.apply(with200, {
      apiId,
      resourceId,
      httpMethod: 'GET',
      statusCode: '404',
    })
    expect(methodOf(gone).methodResponses['404']).toBeUndefined()
  })
})
