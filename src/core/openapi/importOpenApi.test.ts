import { describe, expect, it } from 'vitest'
import { buildProject } from '../../testing/builders'
import { SequentialIds } from '../../testing/fakes'
import type { Project } from '../model/project'
import { findResourceByPath } from '../model/rest/paths'
import type { ImportOptions } from './importOpenApi'
import { checkOpenApi, detectApiType, importOpenApi } from './importOpenApi'

function run(doc: unknown, options: ImportOptions = {}, project: Project = buildProject()) {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc)
  return importOpenApi(project, text, options, new SequentialIds())
}
function restOf(r: ReturnType<typeof run>) {
  const api = r.project.restApis.find((a) => a.id === r.apiId)
  if (!api) throw new Error(`no REST API imported: ${JSON.stringify(r.issues)}`)
  return api
}

const petstore = {
  openapi: '3.0.1',
  info: { title: 'Pets', version: '1' },
  paths: {
    '/pets/{petId}': {
      parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: 'getPet',
        parameters: [
          { name: 'verbose', in: 'query', schema: { type: 'boolean' } },
          { name: 'X-Trace', in: 'header', required: true },
        ],
        responses: {
          '200': {
            description: 'A pet',
            headers: { 'X-Rate': { schema: { type: 'integer' } } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
          },
          '404': {
            description: 'missing',
            content: {
              'application/json': { schema: { type: 'object', properties: { message: { type: 'string' } } } },
            },
          },
        },
        'x-amazon-apigateway-integration': {
          type: 'HTTP',
          httpMethod: 'get',
          uri: 'https://example.com/pets/{id}',
          requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
          passthroughBehavior: 'when_no_templates',
          responses: { default: { statusCode: 200 }, '4\\d{2}': { statusCode: '404' } },
        },
      },
    },
  },
  components: {
    schemas: {
      Pet: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'integer', format: 'int64', example: 7 },
          tag: { $ref: '#/components/schemas/Tag' },
        },
      },
      Tag: { type: 'string', nullable: true },
    },
  },
}

describe('importOpenApi — versions and atomicity', () => {
  it('refuses OpenAPI 3.1 with a clear message, leaving the project as it was', () => {
    const project = buildProject()
    const r = run({ ...petstore, openapi: '3.1.0' }, {}, project)
    expect(r.ok).toBe(false)
    expect(r.project).toBe(project)
    expect(r.errors).toEqual([
      expect.objectContaining({
        pointer: '/openapi',
        message: expect.stringMatching(/^Invalid OpenAPI input\. .*openapi: 3\.1\.0/),
      }),
    ])
  })
  it('refuses documents without a version and non-OpenAPI text', () => {
    expect(run({ info: { title: 'x' }, paths: {} }).errors[0]!.message).toMatch(/neither an "openapi"/)
    expect(run('just words').errors[0]!.message).toMatch(/not an OpenAPI object/)
  })
  // biome-ignore lint/suspicious/noTemplateCurlyInString: API Gateway's placeholder syntax, not a template literal
  it('substitutes ${AWS::Region}, ${AWS::AccountId} and ${AWS::Partition} with the project settings', () => {
    const doc = {
      swagger: '2.0',
      info: { title: 't' },
      paths: {
        '/': {
          get: {
            responses: { '200': { description: 'ok' } },
            'x-amazon-apigateway-integration': {
              type: 'aws_proxy',
              httpMethod: 'POST',
              // biome-ignore lint/suspicious/noTemplateCurlyInString: API Gateway's placeholder syntax, not a template literal
              uri: 'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:f/invocations',
            },
          },
        },
      },
    }
    const api = restOf(run(doc))
    expect(api.resources[api.rootResourceId]!.methods.GET!.integration!.uri).toBe(
      'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations',
    )
  })
})

describe('importOpenApi — REST APIs', () => {
  const r = run(petstore)
  const api = restOf(r)
  const res = findResourceByPath(api, '/pets/{petId}')!
  const get = res.methods.GET!
  it('builds the resource tree, creating intermediate resources', () => {
    expect(r.ok).toBe(true)
    expect(r.apiType).toBe('rest')
    expect(findResourceByPath(api, '/pets')!.methods).toEqual({})
    expect(api.name).toBe('Pets')
  })
  it('maps parameters, responses and the integration', () => {
    expect(get.operationName).toBe('getPet')
    expect(get.requestParameters).toEqual({
      'method.request.path.petId': true,
      'method.request.querystring.verbose': false,
      'method.request.header.X-Trace': true,
    })
    expect(get.methodResponses['200']).toEqual({
      statusCode: '200',
      description: 'A pet',
      responseParameters: { 'method.response.header.X-Rate': false },
      responseModels: { 'application/json': 'Pet' },
    })
    expect(get.integration).toMatchObject({
      type: 'HTTP',
      httpMethod: 'GET',
      passthroughBehavior: 'WHEN_NO_TEMPLATES',
      timeoutInMillis: 29000,
      integrationResponses: {
        default: { statusCode: '200', responseParameters: {}, responseTemplates: {} },
        '4\\d{2}': {
          statusCode: '404',
          selectionPattern: '4\\d{2}',
          responseParameters: {},
          responseTemplates: {},
        },
      },
    })
  })
  it('turns schemas into draft-4 models, dropping what AWS does not support, with a warning each', () => {
    expect(api.models.Pet!.schema).toEqual({
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'integer', format: 'int64' }, tag: { $ref: '#/definitions/Tag' } },
    })
    expect(api.models.Tag!.schema).toEqual({ type: 'string' })
    expect(r.warnings.map((w) => [w.pointer, w.message])).toEqual(
      expect.arrayContaining([
        [
          '/components/schemas/Pet/properties/id/example',
          "Model 'Pet': 'example' is not supported by API Gateway models; it was dropped.",
        ],
        [
          '/components/schemas/Tag/nullable',
          "Model 'Tag': 'nullable' is not part of JSON Schema draft 4; it was dropped.",
        ],
      ]),
    )
  })
  it('makes a generated MODEL… model for an inline schema', () => {
    const name = get.methodResponses['404']!.responseModels['application/json']!
    expect(name).toMatch(/^MODEL[0-9a-f]{6}$/)
    expect(api.models[name]).toMatchObject({
      inline: true,
      schema: { type: 'object', properties: { message: { type: 'string' } } },
    })
  })
  it('is deterministic', () => {
    expect(run(petstore).project).toEqual(r.project)
  })
})

describe('importOpenApi — AWS errors, repair and failOnWarnings', () => {
  const badNames = {
    openapi: '3.0.1',
    info: { title: 'x' },
    paths: {
      '/files/{id}.json': {
        get: {
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/order_item' } } },
            },
          },
        },
      },
    },
    components: { schemas: { order_item: { type: 'object' } } },
  }
  it('refuses what AWS refuses, with AWS wording and a pointer', () => {
    const r = run(badNames)
    expect(r.ok).toBe(false)
    expect(r.errors).toEqual([
      {
        severity: 'error',
        message: "Unable to create model for 'order_item': Model name must be alphanumeric: order_item",
        pointer: '/components/schemas/order_item',
      },
    ])
  })
  it('repairs on request, each repair a warning quoting the AWS error', () => {
    const r = run(badNames, { repair: true })
    expect(r.ok).toBe(true)
    const api = restOf(r)
    expect(Object.keys(api.models)).toEqual(['orderItem'])
    expect(
      findResourceByPath(api, '/files/{id}')!.methods.GET!.methodResponses['200']!.responseModels,
    ).toEqual({ 'application/json': 'orderItem' })
    expect(r.warnings.map((w) => w.awsError)).toEqual([
      "Unable to create model for 'order_item': Model name must be alphanumeric: order_item",
      "Unable to create resource at path '/files/{id}.json': Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.",
    ])
  })
  it('renames a path variable that clashes with a sibling, when repairing', () => {
    const doc = {
      openapi: '3.0.1',
      info: { title: 'x' },
      paths: {
        '/users/{id}': { get: { responses: { '200': { description: '' } } } },
        '/users/{userId}/posts': {
          get: {
            parameters: [{ name: 'userId', in: 'path', required: true }],
            responses: { '200': { description: '' } },
            'x-amazon-apigateway-integration': {
              type: 'http',
              httpMethod: 'GET',
              uri: 'https://x/{u}',
              requestParameters: { 'integration.request.path.u': 'method.request.path.userId' },
            },
          },
        },
      },
    }
    expect(run(doc).errors[0]!.message).toBe(
      "Unable to create resource at path '/users/{userId}/posts': A sibling ({id}) of this resource already has a variable path part -- only one is allowed",
    )
    const posts = findResourceByPath(restOf(run(doc, { repair: true })), '/users/{id}/posts')!.methods.GET!
    expect(posts.requestParameters).toEqual({ 'method.request.path.id': true })
    expect(posts.integration!.requestParameters).toEqual({
      'integration.request.path.u': 'method.request.path.id',
    })
  })
  it('rolls back on warnings with failOnWarnings', () => {
    const project = buildProject()
    const doc = { swagger: '2.0', info: { title: 'x' }, paths: { '/a': { get: {} } } }
    expect(run(doc, {}, project).ok).toBe(true)
    const r = run(doc, { failOnWarnings: true }, project)
    expect(r).toMatchObject({ ok: false, failedOnWarnings: true, project })
    expect(r.warnings[0]!.message).toBe("No responses specified for 'GET /a'")
  })
  it('refuses CloudFormation intrinsics and unresolved placeholders', () => {
    const doc = {
      openapi: '3.0.1',
      info: { title: { Ref: 'AWS::StackName' } },
      paths: {},
    }
    expect(run(doc).errors[0]).toMatchObject({
      pointer: '/info/title',
      message: expect.stringMatching(/CloudFormation intrinsic \(Ref\)/),
    })
    const r = run(doc, { repair: true })
    // biome-ignore lint/suspicious/noTemplateCurlyInString: API Gateway's placeholder syntax, not a template literal
    expect(restOf(r).name).toBe('${AWS::StackName}')
  })
})

describe('importOpenApi — security, validators and API settings', () => {
  const doc = {
    swagger: '2.0',
    info: { title: 'Secure' },
    securityDefinitions: {
      tok: {
        type: 'apiKey',
        name: 'Authorization',
        in: 'header',
        'x-amazon-apigateway-authtype': 'custom',
        'x-amazon-apigateway-authorizer': {
          type: 'token',
          authorizerUri:
            'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations',
          authorizerResultTtlInSeconds: 0,
        },
      },
      api_key: { type: 'apiKey', name: 'x-api-key', in: 'header' },
      sigv4: {
        type: 'apiKey',
        name: 'Authorization',
        in: 'header',
        'x-amazon-apigateway-authtype': 'awsSigv4',
      },
    },
    security: [{ api_key: [] }],
    'x-amazon-apigateway-request-validators': {
      all: { validateRequestBody: true, validateRequestParameters: true },
      none: {},
    },
    'x-amazon-apigateway-request-validator': 'all',
    'x-amazon-apigateway-binary-media-types': ['image/*'],
    'x-amazon-apigateway-minimum-compression-size': 1024,
    'x-amazon-apigateway-api-key-source': 'AUTHORIZER',
    'x-amazon-apigateway-gateway-responses': {
      THROTTLED: { statusCode: 503, responseTemplates: { 'application/json': '{"m":"slow"}' } },
    },
    'x-amazon-apigateway-policy': {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' },
      ],
    },
    'x-amazon-apigateway-endpoint-configuration': { disableExecuteApiEndpoint: true },
    paths: {
      '/a': {
        get: { security: [{ tok: [] }], responses: { '200': { description: '' } } },
        post: {
          'x-amazon-apigateway-request-validator': 'none',
          security: [{ sigv4: [] }],
          responses: { '200': { description: '' } },
        },
        put: { responses: { '200': { description: '' } } },
      },
    },
  }
  const r = run(doc, { endpointType: 'REGIONAL' })
  const api = restOf(r)
  const a = findResourceByPath(api, '/a')!.methods
  const validatorId = (name: string) => Object.values(api.requestValidators).find((v) => v.name === name)!.id
  it('reads authorizers, API keys and IAM from security requirements (root security applies where none is given)', () => {
    const auth = Object.values(api.authorizers)[0]!
    expect(auth).toMatchObject({
      name: 'tok',
      type: 'TOKEN',
      identitySource: 'method.request.header.Authorization',
      authorizerResultTtlInSeconds: 0,
      authType: 'custom',
    })
    expect(a.GET).toMatchObject({ authorizationType: 'CUSTOM', authorizerId: auth.id, apiKeyRequired: false })
    expect(a.POST).toMatchObject({ authorizationType: 'AWS_IAM', apiKeyRequired: false })
    expect(a.PUT).toMatchObject({ authorizationType: 'NONE', apiKeyRequired: true })
  })
  it('applies the default validator unless an operation names another', () => {
    expect(a.GET!.requestValidatorId).toBe(validatorId('all'))
    expect(a.POST!.requestValidatorId).toBe(validatorId('none'))
  })
  it('reads API settings and expands short policy ARNs with the new API id', () => {
    expect(api).toMatchObject({
      binaryMediaTypes: ['image/*'],
      minimumCompressionSize: 1024,
      apiKeySource: 'AUTHORIZER',
      endpointConfiguration: { types: ['REGIONAL'], disableExecuteApiEndpoint: true },
      gatewayResponses: {
        THROTTLED: {
          responseType: 'THROTTLED',
          statusCode: '503',
          responseParameters: {},
          responseTemplates: { 'application/json': '{"m":"slow"}' },
        },
      },
    })
    expect(api.policy).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 'execute-api:Invoke',
          Resource: `arn:aws:execute-api:us-east-1:123456789012:${api.id}/*`,
        },
      ],
    })
  })
})

describe('importOpenApi — modes', () => {
  const v1 = {
    openapi: '3.0.1',
    info: { title: 'Shop' },
    paths: {
      '/a': {
        get: { responses: { '200': { description: '' } } },
        post: { responses: { '201': { description: '' } } },
      },
      '/b': { get: { responses: { '200': { description: '' } } } },
    },
  }
  const v2 = {
    openapi: '3.0.1',
    info: { title: 'Shop 2' },
    paths: {
      '/a': { get: { responses: { '204': { description: '' } } } },
      '/c': { put: { responses: { '200': { description: '' } } } },
    },
  }
  const first = run(v1, { endpointType: 'PRIVATE' })
  const apiId = first.apiId!
  const aId = findResourceByPath(restOf(first), '/a')!.id
  it('overwrite: exactly the new definition, same API id, endpoint and resource ids kept', () => {
    const r = run(v2, { mode: 'overwrite', targetApiId: apiId }, first.project)
    const api = restOf(r)
    expect(r.apiId).toBe(apiId)
    expect(api.name).toBe('Shop 2')
    expect(findResourceByPath(api, '/b')).toBeUndefined()
    expect(findResourceByPath(api, '/a')!.id).toBe(aId)
    expect(Object.keys(findResourceByPath(api, '/a')!.methods)).toEqual(['GET'])
    expect(api.endpointConfiguration.types).toEqual(['PRIVATE'])
    expect(r.project.restApis).toHaveLength(1)
  })
  it('merge: what the file does not mention stays; a method it defines is replaced wholesale', () => {
    const api = restOf(run(v2, { mode: 'merge', targetApiId: apiId }, first.project))
    const a = findResourceByPath(api, '/a')!
    expect(Object.keys(a.methods).sort()).toEqual(['GET', 'POST'])
    expect(Object.keys(a.methods.GET!.methodResponses)).toEqual(['204'])
    expect(findResourceByPath(api, '/b')!.methods.GET).toBeDefined()
    expect(findResourceByPath(api, '/c')!.methods.PUT).toBeDefined()
  })
  it('needs an existing target for overwrite and merge', () => {
    expect(run(v2, { mode: 'merge', targetApiId: 'nope' }).errors[0]!.message).toBe(
      'There is no API with id "nope" to merge.',
    )
  })
})

describe('importOpenApi — HTTP APIs', () => {
  const doc = {
    openapi: '3.0.1',
    info: { title: 'H', version: '1' },
    tags: [{ name: 'team', 'x-amazon-apigateway-tag-value': 'pay' }, { name: 'pci' }],
    'x-amazon-apigateway-cors': { allowOrigins: ['https://app.example'], allowMethods: ['GET'], maxAge: 600 },
    components: {
      securitySchemes: {
        jwt: {
          type: 'oauth2',
          'x-amazon-apigateway-authorizer': {
            type: 'jwt',
            identitySource: '$request.header.Authorization',
            jwtConfiguration: { audience: ['a'], issuer: 'https://issuer' },
          },
        },
      },
      'x-amazon-apigateway-integrations': {
        fn: {
          type: 'AWS_PROXY',
          httpMethod: 'POST',
          uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations',
          payloadFormatVersion: 2.0,
        },
      },
    },
    paths: {
      '/pets': {
        get: {
          security: [{ jwt: ['read'] }],
          'x-amazon-apigateway-integration': { $ref: '#/components/x-amazon-apigateway-integrations/fn' },
        },
        post: {
          'x-amazon-apigateway-integration': { $ref: '#/components/x-amazon-apigateway-integrations/fn' },
        },
      },
      '/$default': {
        'x-amazon-apigateway-any-method': {
          isDefaultRoute: true,
          'x-amazon-apigateway-integration': {
            type: 'http_proxy',
            httpMethod: 'ANY',
            uri: 'https://example.com',
            payloadFormatVersion: '1.0',
          },
        },
      },
    },
  }
  it('detects an HTTP API and reads routes, shared integrations, JWT, CORS and tags', () => {
    expect(detectApiType(doc, 'oas30')).toBe('http')
    const r = run(doc)
    expect(r).toMatchObject({ ok: true, apiType: 'http' })
    const api = r.project.httpApis[0]!
    const routes = Object.values(api.routes)
    expect(routes.map((x) => x.routeKey)).toEqual(['GET /pets', 'POST /pets', '$default'])
    expect(routes[0]!.integrationId).toBe(routes[1]!.integrationId)
    expect(api.integrations[routes[0]!.integrationId!]).toMatchObject({
      integrationType: 'AWS_PROXY',
      payloadFormatVersion: '2.0',
      reusableName: 'fn',
    })
    expect(routes[0]).toMatchObject({ authorizationType: 'JWT', authorizationScopes: ['read'] })
    expect(api.cors).toEqual({
      allowOrigins: ['https://app.example'],
      allowMethods: ['GET'],
      allowHeaders: [],
      exposeHeaders: [],
      maxAge: 600,
    })
    expect(api.tags).toEqual({ team: 'pay', pci: '' })
  })
  it('refuses more than one security requirement on a route, and Swagger 2.0 as an HTTP API', () => {
    const bad = JSON.parse(JSON.stringify(doc))
    bad.paths['/pets'].get.security = [{ jwt: [] }, { other: [] }]
    expect(run(bad).errors[0]!.message).toMatch(/more than one security requirement/)
    expect(
      run({ swagger: '2.0', info: { title: 'x' }, paths: {} }, { apiType: 'http' }).errors[0]!.message,
    ).toMatch(/OpenAPI 3\.0 only/)
  })
  it('warns, not fails, for an aws integration in an HTTP API', () => {
    const r = run(
      {
        openapi: '3.0.1',
        info: { title: 'x' },
        'x-amazon-apigateway-cors': {},
        paths: {
          '/a': {
            get: {
              'x-amazon-apigateway-integration': {
                type: 'aws',
                uri: 'arn:aws:apigateway:us-east-1:sqs:path/q',
                httpMethod: 'POST',
              },
            },
          },
        },
      },
      { apiType: 'http' },
    )
    expect(r.ok).toBe(true)
    expect(r.warnings[0]!.message).toMatch(/support only aws_proxy and http_proxy/)
  })
})

describe('progress and checkOpenApi', () => {
  it('reports progress through every phase', () => {
    const phases: string[] = []
    run(petstore, { onProgress: (p) => phases.push(p.phase) })
    expect([...new Set(phases)]).toEqual(['parse', 'models', 'paths', 'done'])
  })
  it('checks a document without a project', () => {
    const r = checkOpenApi(
      JSON.stringify({ openapi: '3.0.1', info: { title: 'x' }, paths: { '/x': { get: {} } } }),
    )
    expect(r.warnings).toEqual([
      {
        severity: 'warning',
        message: "No responses specified for 'GET /x'",
        pointer: '/paths/~1x/get/responses',
      },
    ])
  })
})

describe('importOpenApi — base path and endpoint options', () => {
  const doc = {
    openapi: '3.0.1',
    info: { title: 'B' },
    servers: [{ url: 'https://example.com/{basePath}', variables: { basePath: { default: '/v1/shop' } } }],
    paths: { '/items': { get: { responses: { '200': { description: '' } } } } },
  }
  it('ignores the base path by default, prepends or splits it on request (AWS basepath=…)', () => {
    expect(findResourceByPath(restOf(run(doc)), '/items')).toBeDefined()
    expect(findResourceByPath(restOf(run(doc, { basepath: 'prepend' })), '/v1/shop/items')).toBeDefined()
    expect(findResourceByPath(restOf(run(doc, { basepath: 'split' })), '/shop/items')).toBeDefined()
    const swagger = {
      swagger: '2.0',
      info: { title: 'S' },
      basePath: '/api',
      paths: { '/x': { get: { responses: { '200': { description: '' } } } } },
    }
    expect(findResourceByPath(restOf(run(swagger, { basepath: 'prepend' })), '/api/x')).toBeDefined()
  })
  it('reads the endpoint configuration from a server object, and the endpoint type from the options', () => {
    const withEndpoint = {
      ...doc,
      servers: [
        { url: '/', 'x-amazon-apigateway-endpoint-configuration': { disableExecuteApiEndpoint: true } },
      ],
    }
    expect(restOf(run(withEndpoint, { endpointType: 'PRIVATE' })).endpointConfiguration).toEqual({
      types: ['PRIVATE'],
      disableExecuteApiEndpoint: true,
    })
  })
  it('resolves local $refs, including circular model references', () => {
    const circular = {
      openapi: '3.0.1',
      info: { title: 'C' },
      paths: {
        '/people': {
          post: {
            parameters: [{ $ref: '#/components/parameters/Trace' }],
            requestBody: { $ref: '#/components/requestBodies/Person' },
            responses: { '200': { description: '' } },
          },
        },
      },
      components: {
        parameters: { Trace: { name: 'X-Trace', in: 'header', required: true } },
        requestBodies: {
          Person: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Person' } } } },
        },
        schemas: {
          Person: { type: 'object', properties: { friend: { $ref: '#/components/schemas/Person' } } },
        },
      },
    }
    const api = restOf(run(circular))
    const post = findResourceByPath(api, '/people')!.methods.POST!
    expect(post.requestParameters).toEqual({ 'method.request.header.X-Trace': true })
    expect(post.requestModels).toEqual({ 'application/json': 'Person' })
    expect(api.models.Person!.schema).toEqual({
      type: 'object',
      properties: { friend: { $ref: '#/definitions/Person' } },
    })
    expect(
      run({ ...circular, paths: { '/x': { get: { parameters: [{ $ref: 'other.yaml#/p' }] } } } }).errors[0]!
        .message,
    ).toMatch(/External references are not supported/)
  })
})
