/**
 * Concise builders for tests: a project, REST APIs from a path → methods table, methods,
 * integrations and responses, with fixed ids and timestamps so tests read like specs and
 * replay exactly.
 *
 *   const api = buildRestApi({
 *     paths: {
 *       '/pets': { GET: buildMethod('GET', { integration: mockIntegration({ responses: { '200': '{"ok":true}' } }) }) },
 *       '/pets/{petId}': { GET: buildMethod('GET', { integration: httpIntegration('https://example.com/pets/{petId}') }) },
 *     },
 *   })
 *   const project = deployed(buildProject({ restApis: [api] }), api.id, 'dev')
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { deploy } from '../core/model/commands/deploy/deploy'
import type { Deployment, Stage } from '../core/model/deploy/Stage'
import type { HttpApi, HttpIntegration, HttpRoute } from '../core/model/http/HttpApi'
import type { LambdaFunction } from '../core/model/lambda/LambdaFunction'
import type { Project } from '../core/model/project'
import { CURRENT_SCHEMA_VERSION } from '../core/model/project'
import type {
  HttpMethod,
  Integration,
  IntegrationResponse,
  Method,
  MethodResponse,
  Model,
  Resource,
  RestApi,
} from '../core/model/rest/RestApi'

export const FIXED_DATE = '2025-01-01T00:00:00.000Z'
export const REGION = 'us-east-1'
export const ACCOUNT_ID = '123456789012'

export function buildProject(overrides: Partial<Project> = {}): Project {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: '00000000-0000-4000-8000-000000000000',
    name: 'Test project',
    createdAt: FIXED_DATE,
    updatedAt: FIXED_DATE,
    settings: { region: REGION, accountId: ACCOUNT_ID },
    restApis: [],
    httpApis: [],
    stages: [],
    deployments: [],
    usagePlans: [],
    apiKeys: [],
    functions: [],
    domainNames: [],
    ...overrides,
  }
}

/** A readable, stable resource id for a path: `/pets/{petId}` → `pets_petId`; the root is `root`. */
export function resourceIdFor(path: string): string {
  const id = path
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/[^A-Za-z0-9]/g, ''))
    .join('_')
  return id === '' ? 'root' : id
}

export interface RestApiSpec extends Partial<Omit<RestApi, 'resources'>> {
  /** Path → its methods. Intermediate resources are created as needed. */
  paths?: Record<string, Partial<Record<HttpMethod, Method>>>
}

export function buildRestApi(spec: RestApiSpec = {}): RestApi {
  const { paths = {}, ...rest } = spec
  const rootId = rest.rootResourceId ?? 'root'
  const resources: Record<string, Resource> = { [rootId]: { id: rootId, pathPart: '', methods: {} } }
  for (const [path, methods] of Object.entries(paths)) {
    let parentId = rootId
    const segments = path.split('/').filter(Boolean)
    segments.forEach((segment, i) => {
      const id = resourceIdFor(`/${segments.slice(0, i + 1).join('/')}`)
      if (!resources[id]) resources[id] = { id, parentId, pathPart: segment, methods: {} }
      parentId = id
    })
    const target = resources[parentId]!
    target.methods = { ...target.methods, ...methods }
  }
  return {
    id: 'api1234567',
    name: 'Test API',
    endpointConfiguration: { types: ['REGIONAL'] },
    binaryMediaTypes: [],
    apiKeySource: 'HEADER',
    tags: {},
    rootResourceId: rootId,
    models: {},
    requestValidators: {},
    authorizers: {},
    gatewayResponses: {},
    documentationParts: [],
    ...rest,
    resources,
  }
}

export function buildMethod(httpMethod: HttpMethod, overrides: Partial<Method> = {}): Method {
  return {
    httpMethod,
    authorizationType: 'NONE',
    apiKeyRequired: false,
    requestParameters: {},
    requestModels: {},
    methodResponses: {},
    ...overrides,
  }
}

export function methodResponse(statusCode: string, overrides: Partial<MethodResponse> = {}): MethodResponse {
  return { statusCode, responseParameters: {}, responseModels: {}, ...overrides }
}

export function integrationResponse(
  statusCode: string,
  overrides: Partial<IntegrationResponse> = {},
): IntegrationResponse {
  return { statusCode, responseParameters: {}, responseTemplates: {}, ...overrides }
}

function baseIntegration(overrides: Partial<Integration>): Omit<Integration, 'type'> {
  return {
    requestParameters: {},
    requestTemplates: {},
    passthroughBehavior: 'WHEN_NO_MATCH',
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    integrationResponses: {},
    ...overrides,
  }
}

/**
 * A MOCK integration. `responses` maps status code → response template (application/json);
 * the first entry becomes the default response unless `integrationResponses` is given.
 */
export function mockIntegration(
  opts: { statusCode?: number; responses?: Record<string, string> } & Partial<Integration> = {},
): Integration {
  const { statusCode = 200, responses, ...overrides } = opts
  const integrationResponses: Record<string, IntegrationResponse> = {}
  Object.entries(responses ?? { [String(statusCode)]: '' }).forEach(([status, template], i) => {
    const key = i === 0 ? 'default' : status
    const r = integrationResponse(
      status,
      template ? { responseTemplates: { 'application/json': template } } : {},
    )
    if (key !== 'default') r.selectionPattern = status
    integrationResponses[key] = r
  })
  return {
    type: 'MOCK',
    ...baseIntegration({
      requestTemplates: { 'application/json': `{"statusCode": ${statusCode}}` },
      integrationResponses,
    }),
    ...overrides,
  }
}

export function httpIntegration(uri: string, overrides: Partial<Integration> = {}): Integration {
  return {
    type: 'HTTP',
    httpMethod: 'GET',
    uri,
    ...baseIntegration({ integrationResponses: { default: integrationResponse('200') } }),
    ...overrides,
  }
}

export function httpProxyIntegration(uri: string, overrides: Partial<Integration> = {}): Integration {
  return { type: 'HTTP_PROXY', httpMethod: 'ANY', uri, ...baseIntegration({}), ...overrides }
}

/** The invocation URI API Gateway uses for a Lambda function of this project. */
export function lambdaUri(functionName: string, region = REGION, accountId = ACCOUNT_ID): string {
  return `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${region}:${accountId}:function:${functionName}/invocations`
}

export function lambdaProxyIntegration(
  functionName: string,
  overrides: Partial<Integration> = {},
): Integration {
  return {
    type: 'AWS_PROXY',
    httpMethod: 'POST',
    uri: lambdaUri(functionName),
    ...baseIntegration({}),
    ...overrides,
  }
}

export function lambdaIntegration(functionName: string, overrides: Partial<Integration> = {}): Integration {
  return {
    type: 'AWS',
    httpMethod: 'POST',
    uri: lambdaUri(functionName),
    ...baseIntegration({ integrationResponses: { default: integrationResponse('200') } }),
    ...overrides,
  }
}

export function buildModel(name: string, schema: unknown, contentType = 'application/json'): Model {
  return { name, contentType, schema }
}

export function buildFunction(
  name: string,
  code: string,
  overrides: Partial<LambdaFunction> = {},
): LambdaFunction {
  return {
    name,
    runtime: 'nodejs20.x',
    handler: 'index.handler',
    code,
    environment: {},
    timeout: 3,
    memorySize: 128,
    ...overrides,
  }
}

export function buildStage(apiId: string, stageName: string, overrides: Partial<Stage> = {}): Stage {
  return {
    apiId,
    stageName,
    variables: {},
    methodSettings: {},
    tags: {},
    createdDate: FIXED_DATE,
    lastUpdatedDate: FIXED_DATE,
    ...overrides,
  }
}

/** Deploys an API to a stage with the real deploy command (deployment id `dep` + a counter). */
export function deployed(
  project: Project,
  apiId: string,
  stageName: string,
  extra: { variables?: Record<string, string>; deploymentId?: string; description?: string } = {},
): Project {
  const params = {
    apiId,
    stageName,
    deploymentId: extra.deploymentId ?? `dep${project.deployments.length + 1}`,
    createdDate: FIXED_DATE,
    ...(extra.variables ? { variables: extra.variables } : {}),
    ...(extra.description ? { description: extra.description } : {}),
  }
  return deploy.apply(project, params)
}

/** The deployment a stage serves. */
export function deploymentOf(project: Project, apiId: string, stageName: string): Deployment | undefined {
  const stage = project.stages.find((s) => s.apiId === apiId && s.stageName === stageName)
  return project.deployments.find((d) => d.id === stage?.deploymentId)
}

export function buildHttpApi(
  spec: Omit<Partial<HttpApi>, 'routes'> & {
    /** Route key → route fields (ids default to route1, route2, …). */
    routes?: Record<string, Partial<HttpRoute>>
    integrations?: Record<string, HttpIntegration>
  } = {},
): HttpApi {
  const { routes = {}, ...rest } = spec
  const builtRoutes: Record<string, HttpRoute> = {}
  Object.entries(routes).forEach(([routeKey, r], i) => {
    const id = r.id ?? `route${i + 1}`
    builtRoutes[id] = { ...r, authorizationType: r.authorizationType ?? 'NONE', id, routeKey }
  })
  return {
    id: 'http123456',
    name: 'Test HTTP API',
    tags: {},
    integrations: {},
    authorizers: {},
    ...rest,
    routes: builtRoutes,
  }
}

export function lambdaHttpIntegration(
  id: string,
  functionName: string,
  overrides: Partial<HttpIntegration> = {},
): HttpIntegration {
  return {
    id,
    integrationType: 'AWS_PROXY',
    integrationMethod: 'POST',
    integrationUri: lambdaUri(functionName),
    payloadFormatVersion: '2.0',
    timeoutInMillis: 30000,
    ...overrides,
  }
}

/**
 * A path inside the shared OpenAPI corpus (`../shared/corpus` next to the repository root),
 * e.g. `corpusPath('openapi/awsdocs-kinesis-proxy.oas30.json')`. Throws a clear error when the
 * corpus is not there.
 */
export function corpusPath(relative = ''): string {
  const root = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))
  if (!existsSync(root)) {
    throw new Error(
      `The shared OpenAPI corpus is missing: expected ../shared/corpus beside the repository (looked for ${root}).`,
    )
  }
  return `${root}${relative}`
}
