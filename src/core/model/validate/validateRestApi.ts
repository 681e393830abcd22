import { checkAuthorizer, GATEWAY_RESPONSE_PARAMETER, MODEL_NAME } from '../commands/rest/apiObjects'
import { checkIntegration } from '../commands/rest/integration'
import { METHOD_REQUEST_PARAMETER } from '../commands/rest/method'
import { checkResourcePlacement } from '../commands/rest/resource'
import { METHOD_RESPONSE_HEADER, STATUS_CODE } from '../commands/rest/responses'
import type { Project } from '../project'
import { parsePathPart } from '../rest/pathPart'
import { resourcePaths } from '../rest/paths'
import type { HttpMethod, Integration, Method, Resource, RestApi } from '../rest/RestApi'
import type { Diagnostic, DiagnosticLocation } from './Diagnostic'

/** AWS's limit on one mapping template. */
export const MAX_TEMPLATE_BYTES = 300 * 1024

const MAPPING_SOURCE =
  /^(method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.[^\s]+|method\.request\.body(\..+)?|context\.[^\s]+|stageVariables\.[^\s]+|'[^']*')$/
const RESPONSE_SOURCE =
  /^(integration\.response\.(header|multivalueheader)\.[^\s]+|integration\.response\.body(\..+)?|context\.[^\s]+|stageVariables\.[^\s]+|method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.[^\s]+|'[^']*')$/
const LAMBDA_FUNCTION_IN_URI =
  /:lambda:path\/[^/]+\/functions\/(?:arn:[^:]*:lambda:[^:]*:[^:]*:function:)?([^/:]+)(?::[^/]+)?\/invocations/

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length
}

/** The Lambda function name an integration or authorizer URI calls, if it calls one. */
export function lambdaFunctionName(uri: string | undefined): string | undefined {
  if (!uri) return undefined
  const m = LAMBDA_FUNCTION_IN_URI.exec(uri)
  return m?.[1]
}

export function validateRestApi(project: Project, api: RestApi): Diagnostic[] {
  const out: Diagnostic[] = []
  const paths = resourcePaths(api)
  const at = (loc: Omit<DiagnosticLocation, 'apiId'> = {}): DiagnosticLocation => ({ apiId: api.id, ...loc })
  const push = (
    severity: Diagnostic['severity'],
    message: string,
    loc: Omit<DiagnosticLocation, 'apiId'> = {},
  ) => out.push({ severity, message, location: at(loc) })
  const functions = new Set(project.functions.map((f) => f.name))

  if (!api.resources[api.rootResourceId]) push('error', 'The API has no root resource.')
  const size = api.minimumCompressionSize
  if (size !== undefined && (size < 0 || size > 10_485_760)) {
    push('error', 'Minimum compression size must be between 0 and 10485760 bytes.', {
      field: 'minimumCompressionSize',
    })
  }
  if (
    api.endpointConfiguration.vpcEndpointIds?.length &&
    !api.endpointConfiguration.types.includes('PRIVATE')
  ) {
    push('error', 'VPC endpoint ids only apply to a PRIVATE API.', {
      field: 'endpointConfiguration.vpcEndpointIds',
    })
  }
  if (api.apiKeySource === 'AUTHORIZER' && Object.keys(api.authorizers).length === 0) {
    push(
      'warning',
      'The API key source is AUTHORIZER but the API has no Lambda authorizer to return a key.',
      {
        field: 'apiKeySource',
      },
    )
  }

  // Resources
  const childrenByParent = new Map<string, Resource[]>()
  for (const r of Object.values(api.resources)) {
    if (r.parentId === undefined) continue
    const list = childrenByParent.get(r.parentId)
    if (list) list.push(r)
    else childrenByParent.set(r.parentId, [r])
  }
  for (const r of Object.values(api.resources)) {
    if (r.parentId === undefined) continue
    const path = paths.get(r.id) ?? r.pathPart
    if (!api.resources[r.parentId]) {
      push('error', `Resource ${path} points at a parent that does not exist.`, { resourceId: r.id, path })
      continue
    }
    const problem = checkResourcePlacement(api, r.parentId, r.pathPart, r.id, childrenByParent)
    if (problem) push('error', `${path}: ${problem}`, { resourceId: r.id, path, field: 'pathPart' })
  }

  // Methods
  let methodCount = 0
  for (const r of Object.values(api.resources)) {
    const path = paths.get(r.id) ?? '?'
    for (const [verb, m] of Object.entries(r.methods) as [HttpMethod, Method | undefined][]) {
      if (!m) continue
      methodCount++
      const loc = { resourceId: r.id, path, httpMethod: verb }
      validateMethod(api, m, path, loc, push, functions)
    }
  }
  if (methodCount === 0) {
    push('info', "The API has no methods yet; AWS refuses to deploy an API that doesn't contain any methods.")
  }

  // Models
  for (const model of Object.values(api.models)) {
    const loc = { field: `models.${model.name}` }
    if (!MODEL_NAME.test(model.name)) push('error', `Model name must be alphanumeric: ${model.name}`, loc)
    if (typeof model.schema !== 'object' || model.schema === null) {
      push('error', `Model ${model.name}: the schema must be a JSON Schema object.`, loc)
      continue
    }
    const ownDefinitions = (model.schema as { definitions?: Record<string, unknown> }).definitions ?? {}
    for (const ref of collectRefs(model.schema)) {
      const target = refTarget(ref)
      if (target !== undefined && ref.startsWith('#') && Object.hasOwn(ownDefinitions, target)) continue
      if (target === undefined) {
        push(
          'error',
          `Model ${model.name}: cannot resolve $ref "${ref}"; refer to a model as #/definitions/Name.`,
          loc,
        )
      } else if (!api.models[target]) {
        push('error', `Model ${model.name} refers to model "${target}", which does not exist.`, loc)
      }
    }
  }

  // Authorizers
  for (const a of Object.values(api.authorizers)) {
    const loc = { field: `authorizers.${a.name}` }
    try {
      checkAuthorizer('validate', a)
    } catch (e) {
      push('error', `Authorizer ${a.name}: ${(e as Error).message}`, loc)
    }
    const fn = lambdaFunctionName(a.authorizerUri)
    if (fn && !functions.has(fn)) {
      push(
        'warning',
        `Authorizer ${a.name} calls Lambda function "${fn}", which is not in this project; the emulator cannot run it.`,
        loc,
      )
    }
  }

  // Gateway responses
  for (const g of Object.values(api.gatewayResponses)) {
    if (!g) continue
    const loc = { field: `gatewayResponses.${g.responseType}` }
    if (g.statusCode !== undefined && !STATUS_CODE.test(g.statusCode)) {
      push('error', `Gateway response ${g.responseType}: invalid status code "${g.statusCode}".`, loc)
    }
    for (const [key, value] of Object.entries(g.responseParameters)) {
      if (!GATEWAY_RESPONSE_PARAMETER.test(key)) {
        push(
          'error',
          `Gateway response ${g.responseType}: invalid parameter "${key}" (use gatewayresponse.header.{name}).`,
          loc,
        )
      }
      if (
        !/^('[^']*'|method\.request\.(header|querystring|path)\.[^\s]+|stageVariables\.[^\s]+|context\.[^\s]+)$/.test(
          value,
        )
      ) {
        push(
          'error',
          `Gateway response ${g.responseType}: "${value}" is not a valid value for ${key}; quote literals like 'value'.`,
          loc,
        )
      }
    }
  }

  return out
}

type Push = (
  severity: Diagnostic['severity'],
  message: string,
  loc: Omit<DiagnosticLocation, 'apiId'>,
) => void

function validateMethod(
  api: RestApi,
  m: Method,
  path: string,
  loc: Omit<DiagnosticLocation, 'apiId'>,
  push: Push,
  functions: Set<string>,
): void {
  const name = `${m.httpMethod} ${path}`
  if (m.authorizationType === 'CUSTOM' || m.authorizationType === 'COGNITO_USER_POOLS') {
    const a = m.authorizerId ? api.authorizers[m.authorizerId] : undefined
    if (!a) {
      push('error', `${name} uses ${m.authorizationType} authorization but its authorizer does not exist.`, {
        ...loc,
        field: 'authorizerId',
      })
    } else if ((a.type === 'COGNITO_USER_POOLS') !== (m.authorizationType === 'COGNITO_USER_POOLS')) {
      push(
        'error',
        `${name}: authorizer ${a.name} (${a.type}) does not match authorization type ${m.authorizationType}.`,
        {
          ...loc,
          field: 'authorizationType',
        },
      )
    }
  }
  if (m.requestValidatorId !== undefined && !api.requestValidators[m.requestValidatorId]) {
    push('error', `${name} uses a request validator that does not exist.`, {
      ...loc,
      field: 'requestValidatorId',
    })
  }
  for (const key of Object.keys(m.requestParameters)) {
    if (!METHOD_REQUEST_PARAMETER.test(key)) {
      push('error', `${name}: invalid request parameter "${key}".`, {
        ...loc,
        field: `requestParameters.${key}`,
      })
    }
  }
  const pathVars = new Set(
    path
      .split('/')
      .map((s) => parsePathPart(s))
      .filter((p) => p && p.kind !== 'static')
      .map((p) => p!.name),
  )
  for (const key of Object.keys(m.requestParameters)) {
    const pm = /^method\.request\.path\.(.+)$/.exec(key)
    if (pm && !pathVars.has(pm[1]!)) {
      push('warning', `${name} declares path parameter "${pm[1]}", but the path has no {${pm[1]}}.`, {
        ...loc,
        field: `requestParameters.${key}`,
      })
    }
  }
  for (const [ct, model] of Object.entries(m.requestModels)) {
    if (!api.models[model]) {
      push('error', `${name}: request model "${model}" (${ct}) does not exist.`, {
        ...loc,
        field: `requestModels.${ct}`,
      })
    }
  }
  const validator = m.requestValidatorId ? api.requestValidators[m.requestValidatorId] : undefined
  if (validator?.validateRequestBody && Object.keys(m.requestModels).length === 0) {
    push('info', `${name} validates the request body but has no request model, so nothing is checked.`, {
      ...loc,
      field: 'requestModels',
    })
  }
  for (const [status, r] of Object.entries(m.methodResponses)) {
    if (!STATUS_CODE.test(status))
      push('error', `${name}: invalid method response status "${status}".`, {
        ...loc,
        field: `methodResponses.${status}`,
      })
    for (const key of Object.keys(r.responseParameters)) {
      if (!METHOD_RESPONSE_HEADER.test(key)) {
        push('error', `${name}: invalid response parameter "${key}" on ${status}.`, {
          ...loc,
          field: `methodResponses.${status}`,
        })
      }
    }
    for (const model of Object.values(r.responseModels)) {
      if (!api.models[model]) {
        push('error', `${name}: response model "${model}" on ${status} does not exist.`, {
          ...loc,
          field: `methodResponses.${status}`,
        })
      }
    }
  }
  if (!m.integration) {
    push('warning', `${name} has no integration; AWS refuses to deploy the API until it has one.`, {
      ...loc,
      field: 'integration',
    })
    return
  }
  validateIntegration(m, m.integration, name, loc, push, functions)
}

function validateIntegration(
  m: Method,
  i: Integration,
  name: string,
  loc: Omit<DiagnosticLocation, 'apiId'>,
  push: Push,
  functions: Set<string>,
): void {
  try {
    checkIntegration('validate', i)
  } catch (e) {
    push('error', `${name}: ${(e as Error).message}`, { ...loc, field: 'integration' })
  }
  for (const [key, source] of Object.entries(i.requestParameters)) {
    const field = `integration.requestParameters.${key}`
    if (!MAPPING_SOURCE.test(source)) {
      push(
        'error',
        `${name}: invalid mapping expression "${source}" for ${key}; quote literals like 'value'.`,
        { ...loc, field },
      )
      continue
    }
    const ref =
      /^(method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.[^\s]+)$/.exec(
        source,
      )
    if (ref && !(ref[1]! in m.requestParameters)) {
      push('error', `${name}: ${key} maps ${source}, which the method request does not declare.`, {
        ...loc,
        field,
      })
    }
  }
  for (const key of i.cacheKeyParameters) {
    if (!(key in m.requestParameters) && !(key in i.requestParameters)) {
      push('error', `${name}: cache key parameter ${key} is not a declared request parameter.`, {
        ...loc,
        field: 'integration.cacheKeyParameters',
      })
    }
  }
  if ((i.type === 'HTTP' || i.type === 'HTTP_PROXY') && i.uri) {
    for (const match of i.uri.matchAll(/\{([^}$]+)\}/g)) {
      const placeholder = match[1]!
      if (match.index > 0 && i.uri[match.index - 1] === '$') continue
      if (!(`integration.request.path.${placeholder}` in i.requestParameters)) {
        push(
          'warning',
          `${name}: the URI placeholder {${placeholder}} has no integration.request.path.${placeholder} mapping, so it is not filled in.`,
          { ...loc, field: 'integration.uri' },
        )
      }
    }
  }
  const fn = lambdaFunctionName(i.uri)
  if (fn && !functions.has(fn)) {
    push(
      'warning',
      `${name} calls Lambda function "${fn}", which is not in this project; the emulator cannot run it.`,
      {
        ...loc,
        field: 'integration.uri',
      },
    )
  }
  if (i.type === 'AWS_PROXY' && fn && i.httpMethod !== 'POST') {
    push(
      'error',
      `${name}: Lambda is invoked with POST; a ${i.httpMethod} integration method fails with 500 at run time.`,
      {
        ...loc,
        field: 'integration.httpMethod',
      },
    )
  }
  for (const [ct, t] of Object.entries(i.requestTemplates)) {
    if (utf8Length(t) > MAX_TEMPLATE_BYTES) {
      push('error', `${name}: the ${ct} request template is over AWS's 300 KB limit.`, {
        ...loc,
        template: `integration.requestTemplates["${ct}"]`,
      })
    }
  }
  const isProxy = i.type === 'AWS_PROXY' || i.type === 'HTTP_PROXY'
  if (isProxy && Object.keys(i.integrationResponses).length > 0) {
    push('info', `${name}: a proxy integration ignores integration responses.`, {
      ...loc,
      field: 'integration.integrationResponses',
    })
  }
  if (!isProxy && Object.keys(i.integrationResponses).length === 0) {
    push('warning', `${name} has no integration response, so every call ends in a 500 configuration error.`, {
      ...loc,
      field: 'integration.integrationResponses',
    })
  }
  for (const [key, r] of Object.entries(i.integrationResponses)) {
    const field = `integration.integrationResponses.${key}`
    const mr = m.methodResponses[r.statusCode]
    if (!mr) {
      push(
        'error',
        `${name}: integration response "${key}" returns ${r.statusCode}, which is not a method response.`,
        {
          ...loc,
          field,
        },
      )
    }
    if (key !== 'default') {
      try {
        new RegExp(key)
      } catch {
        push('error', `${name}: the selection pattern "${key}" is not a valid regular expression.`, {
          ...loc,
          field,
        })
      }
    }
    for (const [header, source] of Object.entries(r.responseParameters)) {
      if (mr && !(header in mr.responseParameters)) {
        push(
          'error',
          `${name}: ${header} is mapped but not declared on the ${r.statusCode} method response.`,
          { ...loc, field },
        )
      }
      if (!RESPONSE_SOURCE.test(source)) {
        push(
          'error',
          `${name}: invalid mapping expression "${source}" for ${header}; quote literals like 'value'.`,
          {
            ...loc,
            field,
          },
        )
      }
    }
    for (const [ct, t] of Object.entries(r.responseTemplates)) {
      if (utf8Length(t) > MAX_TEMPLATE_BYTES) {
        push('error', `${name}: the ${ct} response template of "${key}" is over AWS's 300 KB limit.`, {
          ...loc,
          template: `integration.integrationResponses["${key}"].responseTemplates["${ct}"]`,
        })
      }
    }
  }
}

function collectRefs(schema: unknown, out: string[] = []): string[] {
  if (Array.isArray(schema)) for (const s of schema) collectRefs(s, out)
  else if (schema && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === '$ref' && typeof v === 'string') out.push(v)
      else collectRefs(v, out)
    }
  }
  return out
}

/** `#/definitions/Pet` or `https://apigateway.amazonaws.com/restapis/{id}/models/Pet` → `Pet`. */
export function refTarget(ref: string): string | undefined {
  const local = /^#\/definitions\/([^/]+)$/.exec(ref)
  if (local) return decodeURIComponent(local[1]!)
  const url = /^https:\/\/apigateway\.amazonaws\.com\/restapis\/[^/]+\/models\/([^/]+)$/.exec(ref)
  if (url) return url[1]
  return undefined
}
