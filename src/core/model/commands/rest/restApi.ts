import type { Project } from '../../project'
import type { EndpointType, Model, RestApi } from '../../rest/RestApi'
import { CommandError, defineCommand } from '../defineCommand'
import { applyPatch, getRestApi, withRestApi } from './withRestApi'

/** The two models API Gateway adds to every REST API it creates (CreateRestApi). */
export const DEFAULT_MODELS: Record<string, Model> = {
  Empty: {
    name: 'Empty',
    contentType: 'application/json',
    description: 'This is a default empty schema model',
    schema: { $schema: 'http://json-schema.org/draft-04/schema#', title: 'Empty Schema', type: 'object' },
  },
  Error: {
    name: 'Error',
    contentType: 'application/json',
    description: 'This is a default error schema model',
    schema: {
      $schema: 'http://json-schema.org/draft-04/schema#',
      title: 'Error Schema',
      type: 'object',
      properties: { message: { type: 'string' } },
    },
  },
}

export const MAX_MINIMUM_COMPRESSION_SIZE = 10_485_760

export interface CreateRestApiParams {
  /** The API id (10 lower-case alphanumerics, from `IdSource.shortId(10)`). */
  id: string
  /** The root resource's id (from `IdSource.shortId(10)`). */
  rootResourceId: string
  name: string
  description?: string
  endpointType?: EndpointType
  /** Add AWS's default `Empty` and `Error` models, as CreateRestApi does (default true). */
  defaultModels?: boolean
}

/** A new, empty REST API as CreateRestApi makes it. Pure: exported for builders and import. */
export function newRestApi(params: CreateRestApiParams): RestApi {
  const api: RestApi = {
    id: params.id,
    name: params.name,
    endpointConfiguration: { types: [params.endpointType ?? 'EDGE'] },
    binaryMediaTypes: [],
    apiKeySource: 'HEADER',
    tags: {},
    rootResourceId: params.rootResourceId,
    resources: { [params.rootResourceId]: { id: params.rootResourceId, pathPart: '', methods: {} } },
    models: params.defaultModels === false ? {} : structuredCloneJson(DEFAULT_MODELS),
    requestValidators: {},
    authorizers: {},
    gatewayResponses: {},
    documentationParts: [],
  }
  if (params.description !== undefined) api.description = params.description
  return api
}

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

function checkName(command: string, name: string): void {
  if (name.trim() === '') throw new CommandError(command, 'An API needs a name.')
  if (name.length > 1024) throw new CommandError(command, 'An API name can be at most 1024 characters.')
}

export const createRestApi = defineCommand<CreateRestApiParams>(
  'createRestApi',
  'Create REST API',
  (project, params) => {
    checkName('createRestApi', params.name)
    if (
      project.restApis.some((a) => a.id === params.id) ||
      project.httpApis.some((a) => a.id === params.id)
    ) {
      throw new CommandError('createRestApi', `An API with id "${params.id}" already exists.`)
    }
    return { ...project, restApis: [...project.restApis, newRestApi(params)] }
  },
)

/** Adds a whole REST API, or replaces the one with the same id (used by import). */
export const putRestApi = defineCommand<{ api: RestApi }>(
  'putRestApi',
  'Import REST API',
  (project, { api }) => {
    checkName('putRestApi', api.name)
    if (!api.resources[api.rootResourceId]) {
      throw new CommandError('putRestApi', 'The API has no root resource.')
    }
    if (project.httpApis.some((a) => a.id === api.id)) {
      throw new CommandError('putRestApi', `An HTTP API already uses the id "${api.id}".`)
    }
    const exists = project.restApis.some((a) => a.id === api.id)
    return {
      ...project,
      restApis: exists
        ? project.restApis.map((a) => (a.id === api.id ? api : a))
        : [...project.restApis, api],
    }
  },
)

export const renameRestApi = defineCommand<{ apiId: string; name: string }>(
  'renameRestApi',
  'Rename REST API',
  (project, { apiId, name }) => {
    checkName('renameRestApi', name)
    return withRestApi(project, 'renameRestApi', apiId, (api) => (api.name === name ? api : { ...api, name }))
  },
)

/** Removes an API together with its stages, deployments, usage-plan stages and base path mappings. */
export function removeApiEverywhere(project: Project, apiId: string): Project {
  return {
    ...project,
    restApis: project.restApis.filter((a) => a.id !== apiId),
    httpApis: project.httpApis.filter((a) => a.id !== apiId),
    stages: project.stages.filter((s) => s.apiId !== apiId),
    deployments: project.deployments.filter((d) => d.apiId !== apiId),
    usagePlans: project.usagePlans.map((p) =>
      p.apiStages.some((s) => s.apiId === apiId)
        ? { ...p, apiStages: p.apiStages.filter((s) => s.apiId !== apiId) }
        : p,
    ),
    domainNames: project.domainNames.map((d) =>
      d.basePathMappings.some((m) => m.apiId === apiId)
        ? { ...d, basePathMappings: d.basePathMappings.filter((m) => m.apiId !== apiId) }
        : d,
    ),
  }
}

export const deleteRestApi = defineCommand<{ apiId: string }>(
  'deleteRestApi',
  'Delete REST API',
  (project, { apiId }) => {
    getRestApi(project, 'deleteRestApi', apiId)
    return removeApiEverywhere(project, apiId)
  },
)

export interface RestApiSettingsPatch {
  name?: string
  description?: string | null
  version?: string | null
  endpointConfiguration?: RestApi['endpointConfiguration']
  binaryMediaTypes?: string[]
  minimumCompressionSize?: number | null
  apiKeySource?: RestApi['apiKeySource']
  policy?: unknown
  tags?: Record<string, string>
  securityPolicy?: string | null
  endpointAccessMode?: string | null
  documentationVersion?: string | null
}

export const updateRestApiSettings = defineCommand<{ apiId: string; patch: RestApiSettingsPatch }>(
  'updateRestApiSettings',
  'Edit API settings',
  (project, { apiId, patch }) => {
    const cmd = 'updateRestApiSettings'
    if (patch.name !== undefined) checkName(cmd, patch.name)
    const size = patch.minimumCompressionSize
    if (
      typeof size === 'number' &&
      (!Number.isInteger(size) || size < 0 || size > MAX_MINIMUM_COMPRESSION_SIZE)
    ) {
      throw new CommandError(
        cmd,
        `Minimum compression size must be a whole number of bytes between 0 and ${MAX_MINIMUM_COMPRESSION_SIZE}.`,
      )
    }
    const ec = patch.endpointConfiguration
    if (ec) {
      if (ec.types.length !== 1) throw new CommandError(cmd, 'Choose exactly one endpoint type.')
      if (ec.vpcEndpointIds && ec.vpcEndpointIds.length > 0 && ec.types[0] !== 'PRIVATE') {
        throw new CommandError(cmd, 'VPC endpoint ids can only be set on a PRIVATE API.')
      }
    }
    if (patch.binaryMediaTypes?.some((t) => !t.includes('/'))) {
      throw new CommandError(cmd, 'Binary media types look like "image/png" or "image/*".')
    }
    if (
      patch.apiKeySource !== undefined &&
      patch.apiKeySource !== 'HEADER' &&
      patch.apiKeySource !== 'AUTHORIZER'
    ) {
      throw new CommandError(cmd, 'The API key source is HEADER or AUTHORIZER.')
    }
    return withRestApi(project, cmd, apiId, (api) =>
      applyPatch(api, patch as { [K in keyof RestApi]?: RestApi[K] | null }),
    )
  },
)
