import { deploy } from '../../core/model/commands/deploy/deploy'
import type { CanarySettings, DomainName } from '../../core/model/deploy/Stage'
import type { LambdaFunction } from '../../core/model/lambda/LambdaFunction'
import type { Project } from '../../core/model/project'
import { CURRENT_SCHEMA_VERSION } from '../../core/model/project'
import type {
  HttpMethod,
  Integration,
  IntegrationResponse,
  Method,
  Resource,
  RestApi,
} from '../../core/model/rest/RestApi'

/** The API part of a scenario file: the model's RestApi shape, with `paths` instead of a resource tree and defaults filled in. */
export interface ScenarioApi extends Partial<Omit<RestApi, 'resources'>> {
  paths: Record<
    string,
    Partial<Record<HttpMethod, Partial<Omit<Method, 'integration'>> & { integration?: Partial<Integration> }>>
  >
}

export interface ScenarioStage {
  name: string
  variables?: Record<string, string>
  accessLogFormat?: string
  /** A second deployment of the same API (with `api` changes merged over the first) served as the canary. */
  canary?: {
    percentTraffic: number
    stageVariableOverrides?: Record<string, string>
    api?: Partial<ScenarioApi>
  }
}

export interface ScenarioFunction extends Partial<LambdaFunction> {
  name: string
  code: string
}

function fillIntegration(i: Partial<Integration>): Integration {
  const responses: Record<string, IntegrationResponse> = {}
  for (const [key, r] of Object.entries(
    (i.integrationResponses ?? {}) as Record<string, Partial<IntegrationResponse>>,
  )) {
    const full: IntegrationResponse = {
      statusCode: r.statusCode ?? '200',
      responseParameters: r.responseParameters ?? {},
      responseTemplates: r.responseTemplates ?? {},
      ...(r.selectionPattern !== undefined ? { selectionPattern: r.selectionPattern } : {}),
      ...(r.contentHandling !== undefined ? { contentHandling: r.contentHandling } : {}),
    }
    if (key !== 'default' && full.selectionPattern === undefined) full.selectionPattern = key
    responses[key] = full
  }
  return {
    type: 'MOCK',
    requestParameters: {},
    requestTemplates: {},
    passthroughBehavior: 'WHEN_NO_MATCH',
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    ...i,
    integrationResponses: responses,
  } as Integration
}

/** Builds a REST API from a scenario's `paths` table. */
export function scenarioRestApi(spec: ScenarioApi): RestApi {
  const { paths, ...rest } = spec
  const resources: Record<string, Resource> = { root: { id: 'root', pathPart: '', methods: {} } }
  const ids = new Map<string, string>([['/', 'root']])
  let counter = 0
  for (const [path, methods] of Object.entries(paths)) {
    let parentId = 'root'
    let soFar = ''
    for (const segment of path.split('/').filter(Boolean)) {
      soFar += `/${segment}`
      let id = ids.get(soFar)
      if (id === undefined) {
        id = `res${String(++counter).padStart(3, '0')}`
        ids.set(soFar, id)
        resources[id] = { id, parentId, pathPart: segment, methods: {} }
      }
      parentId = id
    }
    const target = resources[parentId]!
    for (const [verb, m] of Object.entries(methods ?? {})) {
      const { integration, ...methodRest } = m!
      const method: Method = {
        httpMethod: verb as HttpMethod,
        authorizationType: 'NONE',
        apiKeyRequired: false,
        requestParameters: {},
        requestModels: {},
        methodResponses: {},
        ...methodRest,
      }
      if (integration !== undefined) method.integration = fillIntegration(integration)
      target.methods[verb as HttpMethod] = method
    }
  }
  return {
    id: 'abc123defg',
    name: 'Scenario API',
    endpointConfiguration: { types: ['REGIONAL'] },
    binaryMediaTypes: [],
    apiKeySource: 'HEADER',
    tags: {},
    models: {},
    requestValidators: {},
    authorizers: {},
    gatewayResponses: {},
    documentationParts: [],
    ...rest,
    rootResourceId: 'root',
    resources,
  }
}

/** A project holding the scenario's API deployed to its stage (and canary), plus its functions. */
export function scenarioProject(spec: {
  api: ScenarioApi
  stage: ScenarioStage
  functions?: ScenarioFunction[]
  domainNames?: DomainName[]
}): Project {
  const api = scenarioRestApi(spec.api)
  let project: Project = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'scenario',
    name: 'Scenario',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    settings: { region: 'us-east-1', accountId: '123456789012' },
    restApis: [api],
    httpApis: [],
    stages: [],
    deployments: [],
    usagePlans: [],
    apiKeys: [],
    functions: (spec.functions ?? []).map((f) => ({
      runtime: 'nodejs20.x',
      handler: 'index.handler',
      environment: {},
      timeout: 3,
      memorySize: 128,
      ...f,
    })),
    domainNames: spec.domainNames ?? [],
  }
  project = deploy.apply(project, {
    apiId: api.id,
    deploymentId: 'dep0001',
    createdDate: '2025-01-01T00:00:00.000Z',
    stageName: spec.stage.name,
    variables: spec.stage.variables ?? {},
  })
  const canary = spec.stage.canary
  if (canary !== undefined) {
    const canaryApi = scenarioRestApi({
      ...spec.api,
      ...canary.api,
      paths: canary.api?.paths ?? spec.api.paths,
    })
    project = { ...project, restApis: [canaryApi] }
    project = deploy.apply(project, {
      apiId: api.id,
      deploymentId: 'dep0002',
      createdDate: '2025-01-01T00:00:00.000Z',
    })
    const settings: CanarySettings = {
      deploymentId: 'dep0002',
      percentTraffic: canary.percentTraffic,
      stageVariableOverrides: canary.stageVariableOverrides ?? {},
    }
    project = { ...project, stages: project.stages.map((s) => ({ ...s, canarySettings: settings })) }
  }
  if (spec.stage.accessLogFormat !== undefined) {
    const format = spec.stage.accessLogFormat
    project = { ...project, stages: project.stages.map((s) => ({ ...s, accessLogSettings: { format } })) }
  }
  return project
}
