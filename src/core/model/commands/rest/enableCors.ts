import type { GatewayResponse, HttpMethod, Method, RestApi } from '../../rest/RestApi'
import { CommandError, defineCommand } from '../defineCommand'
import { getResource, withRestApi } from './withRestApi'

/** The header list the API Gateway console offers in its Enable CORS form. */
export const CONSOLE_CORS_ALLOW_HEADERS =
  'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'
/** The template of a gateway response that was never customised. */
export const DEFAULT_GATEWAY_RESPONSE_TEMPLATE = '{"message":$context.error.messageString}'

const ALLOW_HEADERS = 'method.response.header.Access-Control-Allow-Headers'
const ALLOW_METHODS = 'method.response.header.Access-Control-Allow-Methods'
const ALLOW_ORIGIN = 'method.response.header.Access-Control-Allow-Origin'
const EXPANDED_ANY: HttpMethod[] = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']

export interface EnableCorsParams {
  apiId: string
  resourceId: string
  /** The resource's methods to enable CORS on; OPTIONS is always included. */
  methods: HttpMethod[]
  /** Comma-separated header names, without quotes (the console's list by default). */
  allowHeaders?: string
  /** `*` or an origin such as `https://app.example`, without quotes. */
  allowOrigin?: string
  /** Gateway responses that also get the CORS headers (the console's two checkboxes). */
  gatewayResponses?: ('DEFAULT_4XX' | 'DEFAULT_5XX')[]
}

const quote = (s: string) => `'${s.replace(/'/g, '')}'`

/** The `Access-Control-Allow-Methods` value: the chosen methods plus OPTIONS, sorted and comma-joined. */
export function corsAllowMethods(methods: HttpMethod[]): string {
  const set = new Set<HttpMethod>(methods.includes('ANY') ? EXPANDED_ANY : methods)
  set.add('OPTIONS')
  return [...set].sort().join(',')
}

function isProxy(m: Method): boolean {
  return m.integration?.type === 'AWS_PROXY' || m.integration?.type === 'HTTP_PROXY'
}

function withOptionsMethod(
  api: RestApi,
  existing: Method | undefined,
  headers: Record<string, string>,
): Method {
  const base: Method = existing ?? {
    httpMethod: 'OPTIONS',
    authorizationType: 'NONE',
    apiKeyRequired: false,
    requestParameters: {},
    requestModels: {},
    methodResponses: {},
  }
  const old200 = base.methodResponses['200']
  const responseModels = old200?.responseModels ?? (api.models.Empty ? { 'application/json': 'Empty' } : {})
  const methodResponse = {
    ...(old200 ?? { statusCode: '200' }),
    statusCode: '200',
    responseModels,
    responseParameters: {
      ...(old200?.responseParameters ?? {}),
      [ALLOW_HEADERS]: false,
      [ALLOW_METHODS]: false,
      [ALLOW_ORIGIN]: false,
    },
  }
  const integration = base.integration ?? {
    type: 'MOCK' as const,
    requestParameters: {},
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    passthroughBehavior: 'WHEN_NO_MATCH' as const,
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    integrationResponses: {},
  }
  const responses = { ...integration.integrationResponses }
  const key = Object.keys(responses).find((k) => responses[k]!.statusCode === '200') ?? 'default'
  const old = responses[key]
  responses[key] = {
    ...(old ?? { statusCode: '200', responseTemplates: {} }),
    statusCode: '200',
    responseParameters: { ...(old?.responseParameters ?? {}), ...headers },
  }
  return {
    ...base,
    methodResponses: { ...base.methodResponses, '200': methodResponse },
    integration: { ...integration, integrationResponses: responses },
  }
}

function withAllowOrigin(api: RestApi, m: Method, origin: string): Method {
  if (isProxy(m)) return m // the backend must send the headers itself (console note on proxy integrations)
  const old200 = m.methodResponses['200']
  const methodResponse = {
    ...(old200 ?? {
      statusCode: '200',
      responseModels: api.models.Empty ? { 'application/json': 'Empty' } : {},
    }),
    statusCode: '200',
    responseParameters: { ...(old200?.responseParameters ?? {}), [ALLOW_ORIGIN]: false },
  }
  let integration = m.integration
  if (integration) {
    const responses = { ...integration.integrationResponses }
    const keys = Object.keys(responses).filter((k) => responses[k]!.statusCode === '200')
    if (keys.length === 0 && !responses.default) keys.push('default')
    for (const k of keys) {
      const old = responses[k]
      responses[k] = {
        ...(old ?? { statusCode: '200', responseTemplates: {} }),
        responseParameters: { ...(old?.responseParameters ?? {}), [ALLOW_ORIGIN]: origin },
      }
    }
    integration = { ...integration, integrationResponses: responses }
  }
  const next: Method = { ...m, methodResponses: { ...m.methodResponses, '200': methodResponse } }
  if (integration) next.integration = integration
  return next
}

/**
 * What the API Gateway console's "Enable CORS" does to a REST resource: an OPTIONS method
 * with a MOCK integration answering the preflight with the three `Access-Control-Allow-*`
 * headers, `Access-Control-Allow-Origin` on the 200 responses of the chosen (non-proxy)
 * methods, and the same three headers on the chosen DEFAULT_4XX / DEFAULT_5XX gateway responses.
 */
export const enableCors = defineCommand<EnableCorsParams>('enableCors', 'Enable CORS', (project, p) =>
  withRestApi(project, 'enableCors', p.apiId, (api) => {
    const resource = getResource(api, 'enableCors', p.resourceId)
    for (const verb of p.methods) {
      if (verb !== 'OPTIONS' && !resource.methods[verb]) {
        throw new CommandError('enableCors', `The resource has no ${verb} method to enable CORS on.`)
      }
    }
    const allowHeaders = p.allowHeaders ?? CONSOLE_CORS_ALLOW_HEADERS
    const allowOrigin = p.allowOrigin ?? '*'
    const allowMethods = corsAllowMethods(p.methods)
    const headerValues = {
      [ALLOW_HEADERS]: quote(allowHeaders),
      [ALLOW_METHODS]: quote(allowMethods),
      [ALLOW_ORIGIN]: quote(allowOrigin),
    }
    const methods = { ...resource.methods }
    methods.OPTIONS = withOptionsMethod(api, methods.OPTIONS, headerValues)
    for (const verb of p.methods) {
      if (verb === 'OPTIONS') continue
      methods[verb] = withAllowOrigin(api, methods[verb]!, quote(allowOrigin))
    }
    const gatewayResponses = { ...api.gatewayResponses }
    for (const type of p.gatewayResponses ?? []) {
      const old = gatewayResponses[type]
      const next: GatewayResponse = {
        ...(old ?? {
          responseType: type,
          responseTemplates: { 'application/json': DEFAULT_GATEWAY_RESPONSE_TEMPLATE },
        }),
        responseParameters: {
          ...(old?.responseParameters ?? {}),
          'gatewayresponse.header.Access-Control-Allow-Headers': quote(allowHeaders),
          'gatewayresponse.header.Access-Control-Allow-Methods': quote(allowMethods),
          'gatewayresponse.header.Access-Control-Allow-Origin': quote(allowOrigin),
        },
      }
      gatewayResponses[type] = next
    }
    return {
      ...api,
      resources: { ...api.resources, [resource.id]: { ...resource, methods } },
      gatewayResponses,
    }
  }),
)
