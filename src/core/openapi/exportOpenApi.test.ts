import yaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import {
  buildHttpApi,
  buildMethod,
  buildModel,
  buildProject,
  buildRestApi,
  deployed,
  lambdaHttpIntegration,
  lambdaIntegration,
  methodResponse,
  mockIntegration,
} from '../../testing/builders'
import { SequentialIds } from '../../testing/fakes'
import { updateMethod } from '../model/commands/rest/method'
import { findResourceByPath } from '../model/rest/paths'
import { exportOpenApi } from './exportOpenApi'
import { importOpenApi } from './importOpenApi'

const api = buildRestApi({
  name: 'Shop',
  version: '2',
  models: {
    Pet: buildModel('Pet', { type: 'object', properties: { tag: { $ref: '#/definitions/Tag' } } }),
    Tag: buildModel('Tag', { type: 'string' }),
  },
  authorizers: {
    au1: {
      id: 'au1',
      name: 'tok',
      type: 'TOKEN',
      identitySource: 'method.request.header.Authorization',
      authorizerUri:
        'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations',
      authorizerResultTtlInSeconds: 300,
    },
  },
  requestValidators: {
    v1: { id: 'v1', name: 'all', validateRequestBody: true, validateRequestParameters: true },
  },
  gatewayResponses: {
    DEFAULT_4XX: {
      responseType: 'DEFAULT_4XX',
      responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" },
      responseTemplates: {},
    },
  },
  binaryMediaTypes: ['image/png'],
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: 'execute-api:Invoke',
        Resource: 'arn:aws:execute-api:us-east-1:123456789012:api1234567/*',
      },
    ],
  },
  paths: {
    '/pets': {
      GET: buildMethod('GET', {
        operationName: 'listPets',
        authorizationType: 'CUSTOM',
        authorizerId: 'au1',
        apiKeyRequired: true,
        requestValidatorId: 'v1',
        requestParameters: { 'method.request.querystring.limit': false },
        integration: lambdaIntegration('list'),
        methodResponses: { '200': methodResponse('200', { responseModels: { 'application/json': 'Pet' } }) },
      }),
    },
    '/pets/{petId}': {
      DELETE: buildMethod('DELETE', {
        authorizationType: 'AWS_IAM',
        integration: mockIntegration(),
        methodResponses: { '200': methodResponse('200') },
      }),
    },
  },
})
const project = deployed(buildProject({ restApis: [api] }), api.id, 'prod')

describe('exportOpenApi (REST)', () => {
  it('writes OpenAPI 3.0.1 with all API Gateway extensions by default', () => {
    const { document } = exportOpenApi(project, api.id)
    expect(document.openapi).toBe('3.0.1')
    expect(Object.keys(document)).toEqual([
      'openapi',
      'info',
      'paths',
      'components',
      'x-amazon-apigateway-binary-media-types',
      'x-amazon-apigateway-policy',
      'x-amazon-apigateway-request-validators',
      'x-amazon-apigateway-gateway-responses',
    ])
    const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>
    const get = paths['/pets']!.get!
    expect(get.operationId).toBe('listPets')
    expect(get.security).toEqual([{ tok: [] }, { api_key: [] }])
    expect(get['x-amazon-apigateway-request-validator']).toBe('all')
    expect(get['x-amazon-apigateway-integration']).toMatchObject({
      type: 'aws',
      httpMethod: 'POST',
      passthroughBehavior: 'when_no_match',
    })
    expect(paths['/pets/{petId}']!.delete!.security).toEqual([{ sigv4: [] }])
    expect(
      (document['x-amazon-apigateway-policy'] as { Statement: { Resource: string }[] }).Statement[0]!
        .Resource,
    ).toBe('execute-api:/*')
    const components = document.components as Record<string, Record<string, unknown>>
    expect(components.schemas!.Pet).toEqual({
      type: 'object',
      properties: { tag: { $ref: '#/components/schemas/Tag' } },
    })
    expect(components.securitySchemes!.sigv4).toEqual({
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authtype': 'awsSigv4',
    })
  })
  it('writes Swagger 2.0 with the stage in host and basePath', () => {
    const { document } = exportOpenApi(project, api.id, { flavour: 'swagger2', stageName: 'prod' })
    expect(document).toMatchObject({
      swagger: '2.0',
      host: 'api1234567.execute-api.us-east-1.amazonaws.com',
      basePath: '/prod',
      schemes: ['https'],
    })
    expect((document.definitions as Record<string, unknown>).Pet).toEqual({
      type: 'object',
      properties: { tag: { $ref: '#/definitions/Tag' } },
    })
    expect(exportOpenApi(project, api.id, { stageName: 'prod' }).document.servers).toEqual([
      {
        url: 'https://api1234567.execute-api.us-east-1.amazonaws.com/{basePath}',
        variables: { basePath: { default: 'prod' } },
      },
    ])
  })
  it('names what the chosen extension set leaves out, and what only the project file holds', () => {
    const none = exportOpenApi(project, api.id, { extensions: 'none' })
    expect(JSON.stringify(none.document)).not.toContain('x-amazon-apigateway-integration')
    expect(none.omitted.map((o) => o.what)).toEqual(
      expect.arrayContaining([
        'Integrations',
        'Authorizers',
        'Request validators',
        'Gateway responses',
        'Stages (prod) with their variables, method settings and canaries',
        'Deployments (1)',
      ]),
    )
    const integrations = exportOpenApi(project, api.id, { extensions: 'integrations' })
    expect(JSON.stringify(integrations.document)).toContain('x-amazon-apigateway-integration')
    expect(JSON.stringify(integrations.document)).not.toContain('x-amazon-apigateway-request-validator')
    expect(integrations.omitted.map((o) => o.what)).toContain('Request validators')
  })
  it('is deterministic and diff-friendly: an edit changes only its own lines', () => {
    const before = exportOpenApi(project, api.id, { format: 'yaml' }).text
    expect(exportOpenApi(project, api.id, { format: 'yaml' }).text).toBe(before)
    const pets = findResourceByPath(api, '/pets')!
    const edited = updateMethod.apply(project, {
      apiId: api.id,
      resourceId: pets.id,
      httpMethod: 'GET',
      patch: { operationName: 'listAllPets' },
    })
    const after = exportOpenApi(edited, api.id, { format: 'yaml' }).text
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i])
    expect(changed).toEqual(['      operationId: listAllPets'])
    expect(yaml.load(after)).toMatchObject({ openapi: '3.0.1' })
  })
  it('imports back to the same API', () => {
    for (const flavour of ['oas30', 'swagger2'] as const) {
      const { text } = exportOpenApi(project, api.id, { flavour, format: 'yaml' })
      const r = importOpenApi(buildProject(), text, {}, new SequentialIds())
      expect(r.errors).toEqual([])
      const back = r.project.restApis[0]!
      const get = findResourceByPath(back, '/pets')!.methods.GET!
      expect(get).toMatchObject({
        operationName: 'listPets',
        authorizationType: 'CUSTOM',
        apiKeyRequired: true,
        integration: api.resources.pets!.methods.GET!.integration,
      })
      expect(back.models.Pet!.schema).toEqual(api.models.Pet!.schema)
    }
  })
  it('refuses an unknown API or stage', () => {
    expect(() => exportOpenApi(project, 'nope')).toThrow(/no REST or HTTP API/)
    expect(() => exportOpenApi(project, api.id, { stageName: 'dev' })).toThrow(/no stage named "dev"/)
  })
})

describe('exportOpenApi (HTTP)', () => {
  const http = buildHttpApi({
    routes: { 'GET /pets': { integrationId: 'i1' }, $default: { integrationId: 'i1' } },
    integrations: { i1: lambdaHttpIntegration('i1', 'pets') },
    cors: { allowOrigins: ['*'], allowMethods: ['GET'], allowHeaders: [], exposeHeaders: [] },
    tags: { team: 'pay' },
  })
  const p = buildProject({ httpApis: [http] })
  it('writes routes, the $default route, CORS and tags', () => {
    const { document } = exportOpenApi(p, http.id)
    expect(document).toMatchObject({
      openapi: '3.0.1',
      tags: [{ name: 'team', 'x-amazon-apigateway-tag-value': 'pay' }],
      'x-amazon-apigateway-cors': { allowOrigins: ['*'], allowMethods: ['GET'] },
      paths: {
        '/$default': { 'x-amazon-apigateway-any-method': { isDefaultRoute: true } },
        '/pets': {
          get: {
            'x-amazon-apigateway-integration': {
              type: 'aws_proxy',
              payloadFormatVersion: '2.0',
              httpMethod: 'POST',
            },
          },
        },
      },
    })
  })
  it('has no Swagger 2.0 form', () => {
    expect(() => exportOpenApi(p, http.id, { flavour: 'swagger2' })).toThrow(/OpenAPI 3\.0 only/)
  })
})
