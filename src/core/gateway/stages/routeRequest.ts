import type { HeaderList } from '../../ports/HttpTransport'
import { fromUtf8 } from '../http/bytes'
import { edgeHeaderCasing } from '../http/edgeHeaderCasing'
import { getHeader, headerMap } from '../http/headers'
import { isBinaryType } from '../http/isBinaryType'
import type { Halt, PipelineState } from '../PipelineState'
import { matchRoute } from '../routing/RouteTree'
import { javaMap, logBody } from '../trace/logFormat'

/** Headers API Gateway's front end adds before the request reaches the method (recorded proxy events). */
function forwardingHeaders(s: PipelineState, edge: boolean): HeaderList {
  const proto = s.req.scheme
  const port = /:(\d+)$/.exec(s.req.host)?.[1] ?? (proto === 'https' ? '443' : '80')
  const out: HeaderList = []
  if (edge) {
    out.push(
      ['CloudFront-Forwarded-Proto', proto],
      ['CloudFront-Is-Desktop-Viewer', 'true'],
      ['CloudFront-Is-Mobile-Viewer', 'false'],
      ['CloudFront-Is-SmartTV-Viewer', 'false'],
      ['CloudFront-Is-Tablet-Viewer', 'false'],
      ['CloudFront-Viewer-Country', 'US'],
      ['Via', `2.0 ${s.rec.trace.requestId.replace(/-/g, '').slice(0, 32)}.cloudfront.net (CloudFront)`],
      ['X-Amz-Cf-Id', `${s.rec.trace.extendedRequestId.slice(0, 15)}_gatewright_emulated_cf_id==`],
    )
  }
  out.push(
    ['X-Amzn-Trace-Id', s.traceHeader],
    ['X-Forwarded-For', s.req.sourceIp],
    ['X-Forwarded-Port', port],
    ['X-Forwarded-Proto', proto],
  )
  return out
}

/**
 * Stage 2 — route: the resource tree match (static, then `{param}`, then `{proxy+}`; the verb,
 * then ANY). No match answers MISSING_AUTHENTICATION_TOKEN before any other check.
 */
export function routeRequest(s: PipelineState): Halt | undefined {
  const timer = s.rec.begin('route')
  const target = s.target!
  const root = target.compiled.routes
  const match = root === undefined ? undefined : matchRoute(root, target.resourcePathPart, s.req.method)
  if (match === undefined) {
    timer.end('respond', `No resource and method match ${s.req.method} ${target.resourcePathPart}.`, {
      method: s.req.method,
      path: target.resourcePathPart,
    })
    return { error: { type: 'MISSING_AUTHENTICATION_TOKEN' } }
  }
  s.route = match
  const received = target.edge ? edgeHeaderCasing(s.req.headers) : s.req.headers
  s.headers = [...received, ...forwardingHeaders(s, target.edge)]
  s.ctx.resourceId = match.node.resource.id
  s.ctx.resourcePath = match.node.path
  s.rec.trace.resourceId = match.node.resource.id
  s.rec.trace.resourcePath = match.node.path
  s.rec.trace.httpMethod = match.methodKey
  const rec = s.rec
  rec.log(() => `Starting execution for request: ${s.ctx.requestId}`)
  rec.log(() => `HTTP Method: ${s.req.method}, Resource Path: ${target.resourcePathPart}`)
  rec.log(() => `Method request path: ${javaMap(match.pathParameters)}`)
  rec.log(() => `Method request query string: ${javaMap(s.query.multi)}`)
  rec.log(() => `Method request headers: ${javaMap(headerMap(s.req.headers), true)}`)
  const binary = isBinaryType(getHeader(s.req.headers, 'content-type'), target.api.binaryMediaTypes)
  rec.log(() => `Method request body before transformations: ${logBody(fromUtf8(s.req.body), binary)}`)
  timer.end('continue', `Resource ${match.node.path}, method ${match.methodKey}.`, {
    resourceId: match.node.resource.id,
    resourcePath: match.node.path,
    method: match.methodKey,
    pathParameters: match.pathParameters,
  })
  return undefined
}
