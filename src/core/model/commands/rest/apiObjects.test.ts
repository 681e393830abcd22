import { describe, expect, it } from 'vitest'
import { buildMethod, buildModel, buildProject, buildRestApi } from '../../../../testing/builders'
import type { Authorizer } from '../../rest/RestApi'
import {
  deleteAuthorizer,
  deleteGatewayResponse,
  deleteModel,
  deleteRequestValidator,
  putAuthorizer,
  putGatewayResponse,
  putModel,
  putRequestValidator,
} from './apiObjects'
import { createRestApi, deleteRestApi, renameRestApi, updateRestApiSettings } from './restApi'

const tokenAuth: Authorizer = {
  id: 'au1',
  name: 'tok',
  type: 'TOKEN',
  identitySource: 'method.request.header.Authorization',
  authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/x/invocations',
  authorizerResultTtlInSeconds: 300,
}
const api = buildRestApi({
  paths: {
    '/pets': {
      GET: buildMethod('GET', {
        requestModels: { 'application/json': 'Pet' },
        authorizationType: 'CUSTOM',
        authorizerId: 'au1',
      }),
    },
  },
  models: { Pet: buildModel('Pet', { type: 'object' }), Tag: buildModel('Tag', { type: 'string' }) },
  authorizers: { au1: tokenAuth },
  requestValidators: {
    v1: { id: 'v1', name: 'body', validateRequestBody: true, validateRequestParameters: false },
  },
})
const project = buildProject({ restApis: [api] })
const apiId = api.id

describe('REST API commands', () => {
  it('creates an API with a root resource and the default Empty/Error models', () => {
    const next = createRestApi.apply(buildProject(), { id: 'abc', rootResourceId: 'r0', name: 'Shop' })
    const created = next.restApis[0]!
    expect(created.resources.r0).toEqual({ id: 'r0', pathPart: '', methods: {} })
    expect(Object.keys(created.models)).toEqual(['Empty', 'Error'])
    expect(created.endpointConfiguration.types).toEqual(['EDGE'])
    expect(() => createRestApi.apply(next, { id: 'abc', rootResourceId: 'r1', name: 'Again' })).toThrow(
      /already exists/,
    )
  })
  it('renames, edits settings with AWS ranges, and deletes with stages', () => {
    expect(renameRestApi.apply(project, { apiId, name: 'New' }).restApis[0]!.name).toBe('New')
    expect(() => renameRestApi.apply(project, { apiId, name: ' ' })).toThrow(/needs a name/)
    const s = updateRestApiSettings.apply(project, {
      apiId,
      patch: { minimumCompressionSize: 1024, binaryMediaTypes: ['image/*'], description: 'd' },
    })
    expect(s.restApis[0]).toMatchObject({
      minimumCompressionSize: 1024,
      binaryMediaTypes: ['image/*'],
      description: 'd',
    })
    const off = updateRestApiSettings.apply(s, { apiId, patch: { minimumCompressionSize: null } })
    expect('minimumCompressionSize' in off.restApis[0]!).toBe(false)
    expect(() =>
      updateRestApiSettings.apply(project, { apiId, patch: { minimumCompressionSize: 10485761 } }),
    ).toThrow(/between 0 and 10485760/)
    const gone = deleteRestApi.apply(
      {
        ...project,
        stages: [
          {
            apiId,
            stageName: 'dev',
            variables: {},
            methodSettings: {},
            tags: {},
            createdDate: '',
            lastUpdatedDate: '',
          },
        ],
      },
      { apiId },
    )
    expect(gone.restApis).toEqual([])
    expect(gone.stages).toEqual([])
  })
})

describe('models, validators, authorizers, gateway responses', () => {
  it('keeps model names alphanumeric and refuses deleting a model in use', () => {
    expect(() => putModel.apply(project, { apiId, model: buildModel('order_item', {}) })).toThrow(
      'Model name must be alphanumeric: order_item',
    )
    expect(() => deleteModel.apply(project, { apiId, name: 'Pet' })).toThrow(
      /is referenced in method: GET \/pets/,
    )
    expect(Object.keys(deleteModel.apply(project, { apiId, name: 'Tag' }).restApis[0]!.models)).toEqual([
      'Pet',
    ])
  })
  it('validators have unique names and cannot vanish while used', () => {
    expect(() =>
      putRequestValidator.apply(project, {
        apiId,
        validator: { id: 'v2', name: 'body', validateRequestBody: false, validateRequestParameters: true },
      }),
    ).toThrow(/already exists/)
    expect(
      deleteRequestValidator.apply(project, { apiId, validatorId: 'v1' }).restApis[0]!.requestValidators,
    ).toEqual({})
  })
  it('authorizers are checked by type', () => {
    expect(() =>
      putAuthorizer.apply(project, {
        apiId,
        authorizer: { ...tokenAuth, id: 'au2', name: 'x', identitySource: 'method.request.querystring.t' },
      }),
    ).toThrow(/TOKEN authorizer reads one header/)
    expect(() =>
      putAuthorizer.apply(project, {
        apiId,
        authorizer: { ...tokenAuth, id: 'au2', name: 'y', authorizerResultTtlInSeconds: 4000 },
      }),
    ).toThrow(/3600/)
    expect(() => deleteAuthorizer.apply(project, { apiId, authorizerId: 'au1' })).toThrow(
      /referenced in method: GET \/pets/,
    )
  })
  it('gateway responses', () => {
    const next = putGatewayResponse.apply(project, {
      apiId,
      response: {
        responseType: 'THROTTLED',
        statusCode: '503',
        responseParameters: {},
        responseTemplates: {},
      },
    })
    expect(next.restApis[0]!.gatewayResponses.THROTTLED?.statusCode).toBe('503')
    expect(() =>
      putGatewayResponse.apply(project, {
        apiId,
        response: { responseType: 'REQUEST_TOO_LARGE', responseParameters: {}, responseTemplates: {} },
      }),
    ).toThrow(/REQUEST_TOO_LARGE/)
    expect(
      deleteGatewayResponse.apply(next, { apiId, responseType: 'THROTTLED' }).restApis[0]!.gatewayResponses,
    ).toEqual({})
  })
})
