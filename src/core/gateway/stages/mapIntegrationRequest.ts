import type { Integration } from '../../model/rest/RestApi'
import type { HeaderList } from '../../ports/HttpTransport'
import { fromBase64, fromUtf8, toBase64, utf8 } from '../http/bytes'
import { getHeader, headerMap, mediaType, setHeader, withoutHeader } from '../http/headers'
import { isBinaryType } from '../http/isBinaryType'
import { emptyMappingOverrides } from '../mapping/MappingInput'
import type { Halt, PipelineState } from '../PipelineState'
import { type ParameterScope, resolveParameterSource } from '../params/resolveParameterSource'
import { javaMap, logBody } from '../trace/logFormat'
import { renderTemplate } from './renderTemplate'

/** Request headers API Gateway never forwards to an HTTP_PROXY backend (recorded, REGIONAL). */
const PROXY_DROPPED = new Set(
  [
    'Connection',
    'Content-MD5',
    'Expect',
    'Max-Forwards',
    'Proxy-Authenticate',
    'Server',
    'TE',
    'Trailer',
    'Transfer-Encoding',
    'Upgrade',
    'Via',
    'WWW-Authenticate',
    'Host',
    'Content-Length',
  ].map((h) => h.toLowerCase()),
)

/** Mapped integration-request headers that make AWS answer 500 (recorded). */
const FORBIDDEN_MAPPED_HTTP = new Set(['content-length', 'transfer-encoding'])
const FORBIDDEN_MAPPED_AWS = new Set([
  'content-length',
  'transfer-encoding',
  'authorization',
  'connection',
  'expect',
  'proxy-authenticate',
  'te',
])

/** `${stageVariables.x}` substitution as text; a missing variable becomes empty (recorded). */
export function substituteStageVariables(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{stageVariables\.([A-Za-z0-9_.-]+)\}/g, (_m, name: string) => vars[name] ?? '')
}

function scopeOf(s: PipelineState): ParameterScope {
  return {
    headers: s.headers,
    query: s.query.multi,
    path: s.route!.pathParameters,
    body: fromUtf8(s.req.body),
    ctx: s.ctx,
    stageVariables: s.target!.stageVariables,
  }
}

/** Chooses the request template by Content-Type and applies the passthrough behaviour (AWS's table). */
function chooseTemplate(
  integration: Integration,
  contentType: string,
): { kind: 'template'; key: string; text: string } | { kind: 'passthrough' } | { kind: 'reject' } {
  const entries = Object.entries(integration.requestTemplates)
  const hit = entries.find(([k]) => k.toLowerCase() === contentType)
  if (hit) return { kind: 'template', key: hit[0], text: hit[1] }
  const behaviour = integration.passthroughBehavior.toUpperCase()
  if (behaviour === 'WHEN_NO_MATCH') return { kind: 'passthrough' }
  if (behaviour === 'WHEN_NO_TEMPLATES' && entries.length === 0) return { kind: 'passthrough' }
  return { kind: 'reject' }
}

/**
 * Stage 8 — integration request: parameter mappings (`method.request.*`, `stageVariables.*`,
 * `context.*`, `'literal'`), template selection by Content-Type and passthrough behaviour (→ 415),
 * content handling and binary media types, the VTL render, the endpoint URI.
 */
export function mapIntegrationRequest(s: PipelineState): Halt | undefined {
  const timer = s.rec.begin('integration-request')
  const integration = s.route!.method.integration
  const target = s.target!
  if (integration === undefined) {
    timer.end('respond', 'The method has no integration.')
    return {
      error: {
        type: 'API_CONFIGURATION_ERROR',
        logLine: 'Execution failed due to configuration error: No integration defined for method',
      },
    }
  }
  const type = integration.type
  const isProxy = type === 'HTTP_PROXY' || type === 'AWS_PROXY'
  const scope = scopeOf(s)

  // Parameter mappings.
  const mapped = {
    header: [] as HeaderList,
    querystring: [] as [string, string][],
    path: {} as Record<string, string>,
  }
  const forbidden = type === 'AWS' || type === 'AWS_PROXY' ? FORBIDDEN_MAPPED_AWS : FORBIDDEN_MAPPED_HTTP
  for (const [key, expr] of Object.entries(integration.requestParameters)) {
    const m =
      /^integration\.request\.(header|querystring|path|multivaluequerystring|multivalueheader)\.(.+)$/.exec(
        key,
      )
    if (m === null) continue
    const where = m[1]!
    const name = m[2]!
    if (
      (where === 'header' || where === 'multivalueheader') &&
      forbidden.has(name.toLowerCase()) &&
      type !== 'MOCK'
    ) {
      timer.end('respond', `Mapping the request header ${name} is not allowed for ${type} integrations.`)
      return {
        error: {
          type: 'API_CONFIGURATION_ERROR',
          logLine: `Execution failed due to configuration error: Invalid mapping expression for header ${name}`,
        },
      }
    }
    const value = resolveParameterSource(expr, scope)
    if (value === undefined) continue
    const values = Array.isArray(value) ? value : [value]
    if (where === 'header' || where === 'multivalueheader') {
      mapped.header = withoutHeader(mapped.header, name)
      for (const v of where === 'header' ? [values.join(',')] : values) mapped.header.push([name, v])
    } else if (where === 'path') mapped.path[name] = values[0] ?? ''
    else for (const v of values) mapped.querystring.push([name, v])
  }

  // Body: template, passthrough or 415.
  const contentTypeHeader = getHeader(s.req.headers, 'content-type')
  const contentType = mediaType(contentTypeHeader) ?? 'application/json'
  const binaryIn = isBinaryType(contentTypeHeader, target.api.binaryMediaTypes)
  let body = s.req.body
  let bodyText = fromUtf8(body)
  let binary = binaryIn
  let templateKey: string | undefined
  let renderedFrom: string | undefined
  s.overrides = emptyMappingOverrides()
  if (!isProxy) {
    const choice = chooseTemplate(integration, contentType)
    if (choice.kind === 'reject') {
      timer.end(
        'respond',
        `No mapping template for Content-Type ${contentType} and passthrough is ${integration.passthroughBehavior}.`,
        {
          contentType,
          passthroughBehavior: integration.passthroughBehavior,
          templates: Object.keys(integration.requestTemplates),
        },
      )
      return {
        error: { type: 'UNSUPPORTED_MEDIA_TYPE', logLine: 'Execution failed: Unsupported Media Type' },
      }
    }
    if (integration.contentHandling === 'CONVERT_TO_TEXT' && binaryIn) {
      bodyText = toBase64(body)
      body = utf8(bodyText)
      binary = false
    } else if (integration.contentHandling === 'CONVERT_TO_BINARY' && !binaryIn) {
      const decoded = fromBase64(bodyText)
      if (decoded === undefined) {
        timer.end('respond', 'CONVERT_TO_BINARY: the request body is not base64.')
        return {
          error: {
            type: 'API_CONFIGURATION_ERROR',
            logLine: 'Execution failed due to configuration error: Unable to transform request',
          },
        }
      }
      body = decoded
      binary = true
    }
    if (choice.kind === 'template') {
      templateKey = choice.key
      renderedFrom = choice.text
      const input = binary ? toBase64(body) : bodyText
      const rendered = renderTemplate(s, choice.text, input, 'request')
      if ('error' in rendered) {
        timer.end('respond', `The request template for ${choice.key} failed: ${rendered.detail}`, {
          template: choice.text,
        })
        return { error: rendered.error }
      }
      s.overrides = rendered.result.overrides
      bodyText = rendered.result.output
      body = utf8(bodyText)
      binary = false
    }
  }

  // Request overrides from the template apply after it rendered.
  const ro = s.overrides.request
  for (const [name, v] of Object.entries(ro.header)) {
    mapped.header = withoutHeader(mapped.header, name)
    for (const one of Array.isArray(v) ? v : [v]) mapped.header.push([name, one])
  }
  for (const [name, v] of Object.entries(ro.querystring)) {
    mapped.querystring = mapped.querystring.filter(([n]) => n !== name)
    for (const one of Array.isArray(v) ? v : [v]) mapped.querystring.push([name, one])
  }
  Object.assign(mapped.path, ro.path)

  // Endpoint URI and headers.
  let uri = ''
  let method = integration.httpMethod ?? 'POST'
  let headers: HeaderList = []
  const apiId = target.api.id
  if (type === 'HTTP' || type === 'HTTP_PROXY') {
    uri = substituteStageVariables(integration.uri ?? '', target.stageVariables)
    uri = uri.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
      const key = name.endsWith('+') ? name.slice(0, -1) : name
      return Object.hasOwn(mapped.path, key) ? mapped.path[key]! : whole
    })
    const hostMatch = /^https?:\/\/([^/?#]*)/i.exec(uri)
    if (hostMatch === null || hostMatch[1] === '' || hostMatch[1]!.startsWith(':')) {
      timer.end('respond', `The endpoint URI "${uri}" has no host (a stage variable may be missing).`, {
        uri,
      })
      return {
        error: {
          type: 'API_CONFIGURATION_ERROR',
          logLine: 'Execution failed due to configuration error: Invalid endpoint address',
        },
      }
    }
    const extraQuery: [string, string][] = [...mapped.querystring]
    if (type === 'HTTP_PROXY') {
      for (const k of s.query.keys) for (const v of s.query.multi[k]!) extraQuery.push([k, v])
      if (method === 'ANY') method = s.req.method
    }
    if (extraQuery.length > 0) {
      const qs = extraQuery.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
      uri += (uri.includes('?') ? '&' : '?') + qs
    }
    if (type === 'HTTP_PROXY') {
      const client = (target.edge ? s.headers : s.req.headers).filter(
        ([n]) => !PROXY_DROPPED.has(n.toLowerCase()),
      )
      headers = client.filter(([n]) => !/^(x-forwarded-|cloudfront-|x-amz-cf-id$|x-amzn-trace-id$)/i.test(n))
      for (const [n, v] of mapped.header) headers = setHeader(headers, n, v)
      headers.push(['X-Amzn-Apigateway-Api-Id', apiId], ['X-Amzn-Trace-Id', s.traceHeader])
    } else {
      headers = [...mapped.header]
      headers.push(['x-amzn-apigateway-api-id', apiId])
      if (getHeader(headers, 'accept') === undefined) headers.push(['Accept', 'application/json'])
      headers.push(['User-Agent', `AmazonAPIGateway_${apiId}`], ['X-Amzn-Trace-Id', s.traceHeader])
      if (body.length > 0 && getHeader(headers, 'content-type') === undefined)
        headers.push(['Content-Type', templateKey ?? contentTypeHeader ?? 'application/json'])
    }
  } else if (type === 'AWS' || type === 'AWS_PROXY') {
    uri = substituteStageVariables(integration.uri ?? '', target.stageVariables)
    const fnArn = /\/functions\/(.+?)\/invocations/.exec(uri)?.[1]
    if (fnArn !== undefined)
      uri = `https://lambda.${s.env.project.settings.region}.amazonaws.com/2015-03-31/functions/${fnArn}/invocations`
    headers = [
      ['x-amzn-lambda-integration-tag', s.ctx.requestId],
      ['x-amzn-apigateway-api-id', apiId],
      ['Accept', 'application/json'],
      ['User-Agent', `AmazonAPIGateway_${apiId}`],
      ['X-Amzn-Trace-Id', s.traceHeader],
      ...mapped.header,
    ]
  }
  s.integrationRequest = { method, uri, headers, body, bodyText, binary }
  if (templateKey !== undefined) s.integrationRequest.templateContentType = templateKey
  if (type !== 'MOCK' && type !== 'AWS_PROXY') {
    s.rec.log(() => `Endpoint request URI: ${uri}`)
    s.rec.log(() => `Endpoint request headers: ${javaMap(headerMap(headers))}`)
    s.rec.log(() => `Endpoint request body after transformations: ${logBody(bodyText, binary)}`)
  }
  timer.end(
    'continue',
    isProxy
      ? `${type} integration: the request goes to ${uri || 'the function'} as received.`
      : templateKey !== undefined
        ? `Rendered the ${templateKey} request template.`
        : `No request template; the body passes through (${integration.passthroughBehavior}).`,
    {
      integrationType: type,
      method,
      uri,
      headers,
      body: binary ? `[binary ${body.length} bytes]` : bodyText,
      ...(templateKey !== undefined ? { templateContentType: templateKey, template: renderedFrom } : {}),
      overrides: s.overrides,
    },
  )
  return undefined
}
