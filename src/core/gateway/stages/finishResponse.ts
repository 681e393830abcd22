import type { HeaderList } from '../../ports/HttpTransport'
import { formatHttpDate } from '../context/formatRequestTime'
import { substituteVariables } from '../context/substituteVariables'
import { fromUtf8 } from '../http/bytes'
import { getHeader } from '../http/headers'
import type { InvokeResponse } from '../http/InvokeRequest'
import type { Halt, PipelineState } from '../PipelineState'
import { renderGatewayResponse } from '../responses/renderGatewayResponse'

/**
 * Stage 12 — the response: gateway response for an error, then the headers AWS adds to every
 * response (`x-amzn-RequestId`, `x-amz-apigw-id`, `Date`, `Content-Length`, …), `$context.status`
 * and friends, the access-log line and the trace's summary.
 */
export function finishResponse(s: PipelineState, halt: Halt): InvokeResponse {
  const target = s.target
  let response: InvokeResponse
  if ('error' in halt) {
    const timer = s.rec.begin('gateway-response')
    const scope = {
      headers: s.headers,
      query: s.query.multi,
      path: s.route?.pathParameters ?? {},
      body: fromUtf8(s.req.body),
      ctx: s.ctx,
      stageVariables: target?.stageVariables ?? {},
    }
    const rendered = renderGatewayResponse(
      halt.error,
      target?.api,
      s.ctx,
      target?.stageVariables ?? {},
      scope,
      getHeader(s.req.headers, 'accept'),
    )
    const { responseType, ...rest } = rendered
    response = rest
    s.rec.trace.gatewayResponseType = responseType
    if (s.rec.trace.log.length > 0) {
      if (halt.error.logLine !== undefined) s.rec.log(halt.error.logLine)
      s.rec.log(() => `Method completed with status: ${response.status}`)
    }
    timer.end('respond', `Gateway response ${responseType} → ${response.status}.`, {
      responseType,
      status: response.status,
      message: s.ctx.error.message,
      body: fromUtf8(response.body),
    })
  } else {
    response = halt.response
    if (s.rec.trace.log.length > 0) {
      s.rec.log('Successfully completed execution')
      s.rec.log(() => `Method completed with status: ${response.status}`)
    }
  }

  const headers: HeaderList = []
  let hasContentType = false
  for (const h of response.headers) {
    const lower = h[0].toLowerCase()
    if (lower === 'content-length' || lower === 'x-amzn-requestid' || lower === 'x-amz-apigw-id') continue
    if (lower === 'content-type') hasContentType = true
    headers.push(h)
  }
  if (!hasContentType) headers.unshift(['Content-Type', 'application/json'])
  headers.push(
    ['Content-Length', String(response.body.length)],
    ['x-amzn-RequestId', s.ctx.requestId],
    ['x-amz-apigw-id', s.ctx.extendedRequestId],
  )
  if (s.addTraceHeader && !('error' in halt) && getHeader(headers, 'x-amzn-trace-id') === undefined)
    headers.push(['X-Amzn-Trace-Id', s.traceHeader])
  headers.push(['Date', formatHttpDate(s.env.clock.now())])
  if (target?.edge) {
    headers.push(
      ['X-Cache', 'Miss from cloudfront'],
      ['Via', `1.1 ${s.ctx.requestId.replace(/-/g, '').slice(0, 32)}.cloudfront.net (CloudFront)`],
      ['X-Amz-Cf-Pop', 'IAD89-C1'],
      ['X-Amz-Cf-Id', `${s.ctx.extendedRequestId.slice(0, 15)}_gatewright_emulated_cf_id==`],
    )
  }
  const final: InvokeResponse = { status: response.status, headers, body: response.body }

  const latency = Math.round(s.env.clock.monotonic() - s.startedMono)
  s.ctx.status = final.status
  s.ctx.responseLength = final.body.length
  s.ctx.responseLatency = latency
  const trace = s.rec.trace
  trace.status = final.status
  trace.responseHeaders = final.headers
  trace.responseBody = fromUtf8(final.body)
  trace.latencyMs = latency
  if (s.integrationLatencyMs !== undefined) trace.integrationLatencyMs = s.integrationLatencyMs
  const format = target?.stage.accessLogSettings?.format
  if (format) trace.accessLogLine = substituteVariables(format, s.ctx, target.stageVariables, '-')
  return final
}
