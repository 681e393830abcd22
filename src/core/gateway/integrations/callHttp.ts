import { fromUtf8 } from '../http/bytes'
import { getHeader, headerMap, setHeader } from '../http/headers'
import { isBinaryType } from '../http/isBinaryType'
import type { Halt, IntegrationAnswer, PipelineState } from '../PipelineState'
import { javaMap, logBody } from '../trace/logFormat'
import { remapBackendHeaders } from './remapBackendHeaders'

/**
 * HTTP and HTTP_PROXY: sends the mapped request through the HttpTransport port, giving up after
 * `timeoutInMillis` (→ INTEGRATION_TIMEOUT 504). HTTP_PROXY answers as the backend did (a few
 * headers renamed `x-amzn-Remapped-*`); HTTP goes on to integration-response selection.
 */
export async function callHttp(s: PipelineState, proxy: boolean): Promise<Halt | IntegrationAnswer> {
  const ir = s.integrationRequest!
  const integration = s.route!.method.integration!
  const transport = s.env.transport
  const timer = s.rec.begin('integration')
  if (transport === undefined) {
    timer.end(
      'respond',
      'No HTTP transport is configured in this emulator, so HTTP integrations cannot be called.',
    )
    return {
      error: {
        type: 'INTEGRATION_FAILURE',
        status: 500,
        logLine: 'Execution failed due to configuration error: no HTTP transport',
      },
    }
  }
  s.rec.log(() => `Sending request to ${ir.uri}`)
  const t0 = s.env.clock.monotonic()
  const result = await transport.send({
    method: ir.method,
    url: ir.uri,
    headers: ir.headers,
    ...(ir.body.length > 0 ? { body: ir.body } : {}),
    timeoutMs: integration.timeoutInMillis,
  })
  const latency = Math.round(s.env.clock.monotonic() - t0)
  s.integrationLatencyMs = latency
  s.ctx.integrationLatency = latency
  s.ctx.integration.latency = latency
  if (result.kind === 'timeout') {
    s.rec.log('Execution failed due to a timeout error')
    timer.end('respond', `The backend did not answer within ${integration.timeoutInMillis} ms.`, {
      uri: ir.uri,
    })
    return { error: { type: 'INTEGRATION_TIMEOUT' } }
  }
  if (result.kind === 'network-error') {
    s.ctx.integrationErrorMessage = result.message
    s.ctx.integration.error = result.message
    timer.end('respond', `The backend could not be reached: ${result.message}`, { uri: ir.uri })
    return {
      error: {
        type: 'INTEGRATION_FAILURE',
        status: 500,
        logLine: `Execution failed due to configuration error: Network error communicating with endpoint (${result.message})`,
      },
    }
  }
  s.ctx.integrationStatus = result.status
  s.ctx.integration.status = result.status
  s.ctx.integration.integrationStatus = result.status
  const binary = isBinaryType(getHeader(result.headers, 'content-type'), s.target!.api.binaryMediaTypes)
  s.rec.log(() => `Received response. Status: ${result.status}, Integration latency: ${latency} ms`)
  s.rec.log(() => `Endpoint response headers: ${javaMap(headerMap(result.headers))}`)
  s.rec.log(() => `Endpoint response body before transformations: ${logBody(fromUtf8(result.body), binary)}`)
  timer.end('continue', `The backend answered ${result.status} in ${latency} ms.`, {
    status: result.status,
    headers: result.headers,
    body: binary ? `[binary ${result.body.length} bytes]` : fromUtf8(result.body),
  })
  if (proxy) {
    let headers = remapBackendHeaders(result.headers)
    if (getHeader(headers, 'content-type') === undefined)
      headers = setHeader(headers, 'Content-Type', 'application/json')
    return { response: { status: result.status, headers, body: result.body } }
  }
  s.addTraceHeader = true
  return {
    selectionInput: String(result.status),
    status: result.status,
    headers: result.headers,
    body: result.body,
  }
}
