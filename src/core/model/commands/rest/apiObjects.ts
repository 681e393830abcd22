import { resourcePaths } from '../../rest/paths'
import type {
  Authorizer,
  GatewayResponse,
  GatewayResponseType,
  Model,
  RequestValidator,
  RestApi,
} from '../../rest/RestApi'
import { CommandError, defineCommand } from '../defineCommand'
import { STATUS_CODE } from './responses'
import { omitKey, withRestApi } from './withRestApi'

/**
 * Commands for the API-level objects methods refer to: models, request validators,
 * authorizers, gateway responses.
 */

export const MODEL_NAME = /^[A-Za-z0-9]+$/

/** Every `GET /path` that refers to something, for "in use" messages. */
function usesOf(
  api: RestApi,
  uses: (
    m: RestApi['resources'][string]['methods'][keyof RestApi['resources'][string]['methods']],
  ) => boolean,
): string[] {
  const paths = resourcePaths(api)
  const out: string[] = []
  for (const r of Object.values(api.resources)) {
    for (const m of Object.values(r.methods)) if (m && uses(m)) out.push(`${m.httpMethod} ${paths.get(r.id)}`)
  }
  return out
}

export const putModel = defineCommand<{ apiId: string; model: Model }>(
  'putModel',
  'Save model',
  (project, { apiId, model }) =>
    withRestApi(project, 'putModel', apiId, (api) => {
      if (!MODEL_NAME.test(model.name)) {
        throw new CommandError('putModel', `Model name must be alphanumeric: ${model.name}`)
      }
      if (!model.contentType)
        throw new CommandError('putModel', 'A model needs a content type, e.g. application/json.')
      if (typeof model.schema !== 'object' || model.schema === null || Array.isArray(model.schema)) {
        throw new CommandError('putModel', 'Invalid model schema specified: a model is a JSON Schema object.')
      }
      return { ...api, models: { ...api.models, [model.name]: model } }
    }),
)

export const deleteModel = defineCommand<{ apiId: string; name: string }>(
  'deleteModel',
  'Delete model',
  (project, { apiId, name }) =>
    withRestApi(project, 'deleteModel', apiId, (api) => {
      if (!api.models[name]) throw new CommandError('deleteModel', `Invalid model name specified: ${name}`)
      const users = usesOf(
        api,
        (m) =>
          Object.values(m?.requestModels ?? {}).includes(name) ||
          Object.values(m?.methodResponses ?? {}).some((r) => Object.values(r.responseModels).includes(name)),
      )
      if (users.length > 0) {
        throw new CommandError(
          'deleteModel',
          `Cannot delete model '${name}', is referenced in method: ${users.join(', ')}`,
        )
      }
      const refs = Object.values(api.models).filter(
        (m) => m.name !== name && JSON.stringify(m.schema).includes(`/${name}"`),
      )
      if (refs.length > 0) {
        throw new CommandError(
          'deleteModel',
          `Cannot delete model '${name}', is referenced in model: ${refs.map((m) => m.name).join(', ')}`,
        )
      }
      return { ...api, models: omitKey(api.models, name) }
    }),
)

export const putRequestValidator = defineCommand<{ apiId: string; validator: RequestValidator }>(
  'putRequestValidator',
  'Save request validator',
  (project, { apiId, validator }) =>
    withRestApi(project, 'putRequestValidator', apiId, (api) => {
      if (validator.name.trim() === '')
        throw new CommandError('putRequestValidator', 'A request validator needs a name.')
      const clash = Object.values(api.requestValidators).find(
        (v) => v.name === validator.name && v.id !== validator.id,
      )
      if (clash) {
        throw new CommandError(
          'putRequestValidator',
          `Validator with name '${validator.name}' already exists.`,
        )
      }
      return { ...api, requestValidators: { ...api.requestValidators, [validator.id]: validator } }
    }),
)

export const deleteRequestValidator = defineCommand<{ apiId: string; validatorId: string }>(
  'deleteRequestValidator',
  'Delete request validator',
  (project, { apiId, validatorId }) =>
    withRestApi(project, 'deleteRequestValidator', apiId, (api) => {
      const v = api.requestValidators[validatorId]
      if (!v)
        throw new CommandError(
          'deleteRequestValidator',
          `Invalid Request Validator identifier specified: ${validatorId}`,
        )
      const users = usesOf(api, (m) => m?.requestValidatorId === validatorId)
      if (users.length > 0) {
        throw new CommandError(
          'deleteRequestValidator',
          `Cannot delete request validator '${v.name}', it is used by: ${users.join(', ')}`,
        )
      }
      return { ...api, requestValidators: omitKey(api.requestValidators, validatorId) }
    }),
)

const IDENTITY_SOURCE_PART =
  /^(method\.request\.(header|querystring)\.[^\s,]+|stageVariables\.[^\s,]+|context\.[^\s,]+)$/

export function checkAuthorizer(command: string, a: Authorizer): void {
  if (a.name.trim() === '') throw new CommandError(command, 'An authorizer needs a name.')
  if (
    !Number.isInteger(a.authorizerResultTtlInSeconds) ||
    a.authorizerResultTtlInSeconds < 0 ||
    a.authorizerResultTtlInSeconds > 3600
  ) {
    throw new CommandError(command, 'The authorizer result TTL is between 0 and 3600 seconds.')
  }
  if (a.type === 'TOKEN' || a.type === 'REQUEST') {
    if (!a.authorizerUri)
      throw new CommandError(command, `A ${a.type} authorizer needs the Lambda function's invocation URI.`)
  }
  if (a.type === 'TOKEN') {
    if (!a.identitySource || !/^method\.request\.header\.[^\s,]+$/.test(a.identitySource)) {
      throw new CommandError(
        command,
        'A TOKEN authorizer reads one header: identity source method.request.header.{name}.',
      )
    }
  }
  if (a.type === 'REQUEST' && a.identitySource) {
    for (const part of a.identitySource.split(',').map((s) => s.trim())) {
      if (!IDENTITY_SOURCE_PART.test(part)) {
        throw new CommandError(
          command,
          `Invalid identity source "${part}": use method.request.header.X, method.request.querystring.X, stageVariables.X or context.X.`,
        )
      }
    }
  }
  if (a.identityValidationExpression !== undefined && a.type !== 'TOKEN' && a.type !== 'COGNITO_USER_POOLS') {
    throw new CommandError(command, 'A validation expression applies only to TOKEN and Cognito authorizers.')
  }
  if (a.type === 'COGNITO_USER_POOLS' && (!a.providerARNs || a.providerARNs.length === 0)) {
    throw new CommandError(command, 'A Cognito authorizer needs at least one user pool ARN.')
  }
}

export const putAuthorizer = defineCommand<{ apiId: string; authorizer: Authorizer }>(
  'putAuthorizer',
  'Save authorizer',
  (project, { apiId, authorizer }) =>
    withRestApi(project, 'putAuthorizer', apiId, (api) => {
      checkAuthorizer('putAuthorizer', authorizer)
      const clash = Object.values(api.authorizers).find(
        (a) => a.name === authorizer.name && a.id !== authorizer.id,
      )
      if (clash)
        throw new CommandError('putAuthorizer', `Authorizer with name '${authorizer.name}' already exists.`)
      return { ...api, authorizers: { ...api.authorizers, [authorizer.id]: authorizer } }
    }),
)

export const deleteAuthorizer = defineCommand<{ apiId: string; authorizerId: string }>(
  'deleteAuthorizer',
  'Delete authorizer',
  (project, { apiId, authorizerId }) =>
    withRestApi(project, 'deleteAuthorizer', apiId, (api) => {
      const a = api.authorizers[authorizerId]
      if (!a)
        throw new CommandError('deleteAuthorizer', `Invalid authorizer identifier specified: ${authorizerId}`)
      const users = usesOf(api, (m) => m?.authorizerId === authorizerId)
      if (users.length > 0) {
        throw new CommandError(
          'deleteAuthorizer',
          `Cannot delete authorizer '${a.name}', is referenced in method: ${users.join(', ')}`,
        )
      }
      return { ...api, authorizers: omitKey(api.authorizers, authorizerId) }
    }),
)

/** Response types and their default status codes (null for the two defaults). */
export const GATEWAY_RESPONSE_DEFAULT_STATUS: Record<GatewayResponseType, string | null> = {
  ACCESS_DENIED: '403',
  API_CONFIGURATION_ERROR: '500',
  AUTHORIZER_CONFIGURATION_ERROR: '500',
  AUTHORIZER_FAILURE: '500',
  BAD_REQUEST_PARAMETERS: '400',
  BAD_REQUEST_BODY: '400',
  DEFAULT_4XX: null,
  DEFAULT_5XX: null,
  EXPIRED_TOKEN: '403',
  INTEGRATION_FAILURE: '504',
  INTEGRATION_TIMEOUT: '504',
  INVALID_API_KEY: '403',
  INVALID_SIGNATURE: '403',
  MISSING_AUTHENTICATION_TOKEN: '403',
  QUOTA_EXCEEDED: '429',
  REQUEST_TOO_LARGE: '413',
  RESOURCE_NOT_FOUND: '404',
  THROTTLED: '429',
  UNAUTHORIZED: '401',
  UNSUPPORTED_MEDIA_TYPE: '415',
  WAF_FILTERED: '403',
}

export const GATEWAY_RESPONSE_PARAMETER = /^gatewayresponse\.(header|path|querystring)\.[^\s]+$/

export const putGatewayResponse = defineCommand<{ apiId: string; response: GatewayResponse }>(
  'putGatewayResponse',
  'Customise gateway response',
  (project, { apiId, response }) =>
    withRestApi(project, 'putGatewayResponse', apiId, (api) => {
      const cmd = 'putGatewayResponse'
      if (!(response.responseType in GATEWAY_RESPONSE_DEFAULT_STATUS)) {
        throw new CommandError(cmd, `Unknown gateway response type "${response.responseType}".`)
      }
      if (response.responseType === 'REQUEST_TOO_LARGE') {
        throw new CommandError(
          cmd,
          'API Gateway does not support customising the REQUEST_TOO_LARGE gateway response.',
        )
      }
      if (response.statusCode !== undefined && !STATUS_CODE.test(response.statusCode)) {
        throw new CommandError(cmd, `Invalid status code "${response.statusCode}".`)
      }
      for (const key of Object.keys(response.responseParameters)) {
        if (!GATEWAY_RESPONSE_PARAMETER.test(key)) {
          throw new CommandError(
            cmd,
            `Invalid parameter name specified: ${key} (use gatewayresponse.header.{name}).`,
          )
        }
      }
      return { ...api, gatewayResponses: { ...api.gatewayResponses, [response.responseType]: response } }
    }),
)

export const deleteGatewayResponse = defineCommand<{ apiId: string; responseType: GatewayResponseType }>(
  'deleteGatewayResponse',
  'Reset gateway response',
  (project, { apiId, responseType }) =>
    withRestApi(project, 'deleteGatewayResponse', apiId, (api) => {
      if (!api.gatewayResponses[responseType]) {
        throw new CommandError('deleteGatewayResponse', `${responseType} is not customised.`)
      }
      const { [responseType]: _gone, ...gatewayResponses } = api.gatewayResponses
      return { ...api, gatewayResponses }
    }),
)
