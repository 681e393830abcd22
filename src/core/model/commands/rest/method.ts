import { resourcePath } from '../../rest/paths'
import type { AuthorizationType, HttpMethod, Method, RestApi } from '../../rest/RestApi'
import { HTTP_METHODS } from '../../rest/RestApi'
import { CommandError, defineCommand } from '../defineCommand'
import { applyPatch, getResource, withMethod, withResource, withRestApi } from './withRestApi'

export const METHOD_REQUEST_PARAMETER =
  /^method\.request\.(querystring|path|header|multivaluequerystring|multivalueheader)\.[^.\s][^\s]*$/

export interface MethodFields {
  authorizationType?: AuthorizationType
  authorizerId?: string
  authorizationScopes?: string[]
  apiKeyRequired?: boolean
  operationName?: string
  requestParameters?: Record<string, boolean>
  requestModels?: Record<string, string>
  requestValidatorId?: string
  summary?: string
  description?: string
  tags?: string[]
}

/** Checks a method against the API it lives in; throws a `CommandError` naming the problem. */
export function checkMethod(command: string, api: RestApi, method: Method): void {
  if (!HTTP_METHODS.includes(method.httpMethod)) {
    throw new CommandError(
      command,
      `Invalid HTTP method "${method.httpMethod}"; use one of ${HTTP_METHODS.join(', ')}.`,
    )
  }
  const auth = method.authorizationType
  if (auth === 'CUSTOM' || auth === 'COGNITO_USER_POOLS') {
    if (!method.authorizerId)
      throw new CommandError(command, `Authorization type ${auth} needs an authorizer.`)
    const authorizer = api.authorizers[method.authorizerId]
    if (!authorizer)
      throw new CommandError(command, `Invalid authorizer id specified: ${method.authorizerId}`)
    const cognito = authorizer.type === 'COGNITO_USER_POOLS'
    if (cognito !== (auth === 'COGNITO_USER_POOLS')) {
      throw new CommandError(
        command,
        `Authorizer "${authorizer.name}" is a ${authorizer.type} authorizer; use authorization type ${cognito ? 'COGNITO_USER_POOLS' : 'CUSTOM'}.`,
      )
    }
  } else if (method.authorizerId !== undefined) {
    throw new CommandError(
      command,
      `An authorizer can only be set with authorization type CUSTOM or COGNITO_USER_POOLS.`,
    )
  }
  if (method.authorizationScopes && auth !== 'COGNITO_USER_POOLS') {
    throw new CommandError(command, 'Authorization scopes apply only to COGNITO_USER_POOLS authorization.')
  }
  for (const key of Object.keys(method.requestParameters)) {
    if (!METHOD_REQUEST_PARAMETER.test(key)) {
      throw new CommandError(
        command,
        `Invalid method request parameter "${key}": use method.request.{querystring|path|header|multivaluequerystring|multivalueheader}.{name}.`,
      )
    }
  }
  for (const [contentType, model] of Object.entries(method.requestModels)) {
    if (!api.models[model])
      throw new CommandError(command, `Invalid model identifier specified: ${model} (for ${contentType}).`)
  }
  if (method.requestValidatorId !== undefined && !api.requestValidators[method.requestValidatorId]) {
    throw new CommandError(
      command,
      `Invalid Request Validator identifier specified: ${method.requestValidatorId}`,
    )
  }
}

export interface PutMethodParams extends MethodFields {
  apiId: string
  resourceId: string
  httpMethod: HttpMethod
}

/** Creates a method on a resource (AWS PutMethod; it refuses to overwrite an existing one). */
export const putMethod = defineCommand<PutMethodParams>('putMethod', 'Add method', (project, params) => {
  const { apiId, resourceId, httpMethod, ...fields } = params
  return withRestApi(project, 'putMethod', apiId, (api) => {
    const resource = getResource(api, 'putMethod', resourceId)
    if (resource.methods[httpMethod]) {
      throw new CommandError(
        'putMethod',
        `Method already exists for this resource: ${httpMethod} ${resourcePath(api, resourceId)}`,
      )
    }
    const method: Method = {
      httpMethod,
      authorizationType: fields.authorizationType ?? 'NONE',
      apiKeyRequired: fields.apiKeyRequired ?? false,
      requestParameters: fields.requestParameters ?? {},
      requestModels: fields.requestModels ?? {},
      methodResponses: {},
    }
    const withOptional = applyPatch(method, {
      authorizerId: fields.authorizerId,
      authorizationScopes: fields.authorizationScopes,
      operationName: fields.operationName,
      requestValidatorId: fields.requestValidatorId,
      summary: fields.summary,
      description: fields.description,
      tags: fields.tags,
    })
    checkMethod('putMethod', api, withOptional)
    return withResource(api, 'putMethod', resourceId, (r) => ({
      ...r,
      methods: { ...r.methods, [httpMethod]: withOptional },
    }))
  })
})

export type MethodPatch = { [K in keyof MethodFields]?: MethodFields[K] | null }

export const updateMethod = defineCommand<{
  apiId: string
  resourceId: string
  httpMethod: HttpMethod
  patch: MethodPatch
}>('updateMethod', 'Edit method', (project, { apiId, resourceId, httpMethod, patch }) =>
  withRestApi(project, 'updateMethod', apiId, (api) =>
    withMethod(api, 'updateMethod', resourceId, httpMethod, (m) => {
      const required = ['authorizationType', 'apiKeyRequired', 'requestParameters', 'requestModels'] as const
      for (const key of required) {
        if (patch[key] === null)
          throw new CommandError('updateMethod', `${key} cannot be removed, only changed.`)
      }
      let next = applyPatch(m, patch as { [K in keyof Method]?: Method[K] | null })
      // Switching away from an authorizer-based type drops the authorizer, as the console does.
      if (next.authorizationType !== 'CUSTOM' && next.authorizationType !== 'COGNITO_USER_POOLS') {
        next = applyPatch(next, { authorizerId: null, authorizationScopes: null })
      }
      checkMethod('updateMethod', api, next)
      return next
    }),
  ),
)

export const deleteMethod = defineCommand<{ apiId: string; resourceId: string; httpMethod: HttpMethod }>(
  'deleteMethod',
  'Delete method',
  (project, { apiId, resourceId, httpMethod }) =>
    withRestApi(project, 'deleteMethod', apiId, (api) =>
      withResource(api, 'deleteMethod', resourceId, (r) => {
        if (!r.methods[httpMethod]) {
          throw new CommandError(
            'deleteMethod',
            `${httpMethod} ${resourcePath(api, resourceId)} has no method.`,
          )
        }
        const { [httpMethod]: _gone, ...methods } = r.methods
        return { ...r, methods }
      }),
    ),
)
