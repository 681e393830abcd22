import { fromUtf8, toBase64 } from '../http/bytes'
import { getHeader, multiHeaderMap } from '../http/headers'
import { isBinaryType } from '../http/isBinaryType'
import type { PipelineState } from '../PipelineState'

/** The Lambda proxy integration event, payload format 1.0, as AWS builds it (recorded). */
export function buildProxyEvent(s: PipelineState): Record<string, unknown> {
  const route = s.route!
  const target = s.target!
  const ctx = s.ctx
  const multiHeaders = multiHeaderMap(s.headers)
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(multiHeaders)) headers[k] = v[v.length - 1]!
  const hasQuery = s.query.keys.length > 0
  const params = route.pathParameters
  const vars = target.stageVariables
  const binary = isBinaryType(getHeader(s.req.headers, 'content-type'), target.api.binaryMediaTypes)
  const body = s.req.body.length === 0 ? null : binary ? toBase64(s.req.body) : fromUtf8(s.req.body)
  const path = target.resourcePathPart.replace(/^\/+/, '/')
  return {
    resource: route.node.path,
    path,
    httpMethod: s.req.method,
    headers: Object.keys(headers).length > 0 ? headers : null,
    multiValueHeaders: Object.keys(multiHeaders).length > 0 ? multiHeaders : null,
    queryStringParameters: hasQuery ? { ...s.query.single } : null,
    multiValueQueryStringParameters: hasQuery ? { ...s.query.multi } : null,
    pathParameters: Object.keys(params).length > 0 ? { ...params } : null,
    stageVariables: Object.keys(vars).length > 0 ? { ...vars } : null,
    requestContext: {
      resourceId: ctx.resourceId,
      resourcePath: ctx.resourcePath,
      httpMethod: ctx.httpMethod,
      extendedRequestId: ctx.extendedRequestId,
      requestTime: ctx.requestTime,
      path: ctx.path,
      accountId: ctx.accountId,
      protocol: ctx.protocol,
      stage: ctx.stage,
      domainPrefix: ctx.domainPrefix,
      requestTimeEpoch: ctx.requestTimeEpoch,
      requestId: ctx.requestId,
      identity: { ...ctx.identity },
      domainName: ctx.domainName,
      deploymentId: ctx.deploymentId,
      apiId: ctx.apiId,
    },
    body,
    isBase64Encoded: binary && body !== null,
  }
}
