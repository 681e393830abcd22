import type { LambdaInvocationResult } from '../../ports/LambdaRuntime'
import { fromBase64, utf8 } from '../http/bytes'
import { getHeader, setHeader } from '../http/headers'
import type { Halt, IntegrationAnswer, PipelineState } from '../PipelineState'
import { javaMap, logBody } from '../trace/logFormat'
import { buildProxyEvent } from './buildProxyEvent'
import { lambdaTarget } from './lambdaTarget'
import { parseProxyResponse } from './parseProxyResponse'

const INTERNAL = '{"message": "Internal server error"}'

/** Whether the first Accept value asks for a binary media type (exact, or `type/*` on the API's side). */
function acceptsBinary(s: PipelineState): boolean {
  const accept = getHeader(s.req.headers, 'accept')
  const first = accept?.split(',')[0]?.split(';')[0]?.trim().toLowerCase()
  if (!first) return false
  return s.target!.api.binaryMediaTypes.some((b) => {
    const t = b.toLowerCase()
    return t === first || (t.endsWith('/*') && !first.includes('*') && first.startsWith(t.slice(0, -1)))
  })
}

/** A Jackson-style parse message for a body that is not JSON (AWS answers 400 with it). */
function jacksonProblem(text: string): string | undefined {
  if (text.trim() === '') return undefined
  try {
    JSON.parse(text)
    return undefined
  } catch (e) {
    const token = /^\s*([A-Za-z0-9_$]+)/.exec(text)?.[1]
    if (token !== undefined)
      return `Unrecognized token '${token}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`
    return e instanceof Error ? e.message : String(e)
  }
}

/**
 * AWS_PROXY (Lambda proxy, payload 1.0) and AWS (Lambda custom) integrations, calling a function
 * the project holds through the LambdaRuntime port (a worker, killed at the function timeout).
 */
export async function callLambda(s: PipelineState, proxy: boolean): Promise<Halt | IntegrationAnswer> {
  const ir = s.integrationRequest!
  const integration = s.route!.method.integration!
  const timer = s.rec.begin('integration')
  const resolved = lambdaTarget(s.env.project, integration.uri ? ir.uri : '')
  if ('notLambda' in resolved) {
    timer.end(
      'respond',
      `AWS service integrations other than Lambda are not emulated (${integration.uri ?? 'no URI'}).`,
    )
    s.rec.trace.notEmulated.push(`AWS service integration ${integration.uri ?? ''}: only Lambda is emulated.`)
    return {
      error: {
        type: 'API_CONFIGURATION_ERROR',
        logLine: 'Execution failed due to configuration error: AWS service integration is not emulated',
      },
    }
  }
  if ('missing' in resolved) {
    timer.end('respond', `No function "${resolved.missing}" in this project.`, { uri: ir.uri })
    return {
      error: {
        type: 'API_CONFIGURATION_ERROR',
        logLine: 'Execution failed due to configuration error: Invalid permissions on Lambda function',
      },
    }
  }
  if (proxy && (integration.httpMethod ?? 'POST').toUpperCase() !== 'POST') {
    timer.end(
      'respond',
      `Lambda proxy integrations must call the function with POST, not ${integration.httpMethod}.`,
    )
    return {
      error: {
        type: 'INTEGRATION_FAILURE',
        status: 500,
        logLine: 'Execution failed due to configuration error: Invalid integration HTTP method',
      },
    }
  }
  const runtime = s.env.lambda
  if (runtime === undefined) {
    timer.end('respond', 'No Lambda runtime is configured in this emulator, so functions cannot run.')
    return {
      error: {
        type: 'INTEGRATION_FAILURE',
        status: 500,
        logLine: 'Execution failed due to configuration error: no Lambda runtime',
      },
    }
  }
  let payload: string
  if (proxy) {
    payload = JSON.stringify(buildProxyEvent(s))
    s.rec.log(() => `Endpoint request URI: ${ir.uri}`)
    s.rec.log(() => `Endpoint request headers: ${javaMap(Object.fromEntries(ir.headers))}`)
    s.rec.log(() => `Endpoint request body after transformations: ${logBody(payload)}`)
  } else {
    const problem = jacksonProblem(ir.bodyText)
    if (problem !== undefined) {
      const message = `Could not parse request body into json: ${problem}`
      timer.end('respond', message, { body: ir.bodyText })
      return {
        error: {
          type: 'DEFAULT_4XX',
          status: 400,
          message,
          errorType: 'BadRequestException',
          bodyOverride: `{"message": ${JSON.stringify(message)}}`,
          logLine: `Execution failed: ${message}`,
        },
      }
    }
    payload = ir.bodyText.trim() === '' ? '{}' : ir.bodyText
  }
  s.rec.log(() => `Sending request to ${ir.uri}`)
  const lambdaRequestId = s.env.ids.uuid()
  const t0 = s.env.clock.monotonic()
  const result: LambdaInvocationResult = await runtime.invoke({
    fn: resolved.fn,
    payload,
    requestId: lambdaRequestId,
    functionArn: resolved.arn,
    region: s.env.project.settings.region,
    callerTimeoutMs: integration.timeoutInMillis,
  })
  const latency = Math.round(s.env.clock.monotonic() - t0)
  s.integrationLatencyMs = latency
  s.ctx.integrationLatency = latency
  s.ctx.integration.latency = latency
  s.ctx.integration.requestId = lambdaRequestId
  if (result.logs.length > 0) s.rec.trace.functionLogs.push(...result.logs)
  const details = { function: resolved.fn.name, event: payload, logs: result.logs }
  if (result.kind === 'caller-timeout') {
    s.rec.log('Execution failed due to a timeout error')
    timer.end(
      'respond',
      `${resolved.fn.name} did not finish within the integration timeout (${integration.timeoutInMillis} ms).`,
      details,
    )
    return { error: { type: 'INTEGRATION_TIMEOUT' } }
  }
  if (result.kind === 'init-error') {
    s.rec.log(
      `Lambda execution failed with status 200 due to customer function error: ${result.errorMessage}. Lambda request id: ${lambdaRequestId}`,
    )
    timer.end(
      'respond',
      `${resolved.fn.name} could not start: ${result.errorType}: ${result.errorMessage}`,
      details,
    )
    return {
      error: {
        type: 'DEFAULT_5XX',
        status: 502,
        bodyOverride: INTERNAL,
        errorType: 'InternalServerErrorException',
      },
    }
  }
  s.ctx.integrationStatus = 200
  s.ctx.integration.status = 200
  s.ctx.integration.integrationStatus = 200
  const out =
    result.kind === 'success'
      ? result.payload
      : JSON.stringify({
          errorType: result.errorType,
          errorMessage: result.errorMessage,
          trace: result.stackTrace,
        })
  s.rec.log(() => `Received response. Status: 200, Integration latency: ${latency} ms`)
  s.rec.log(
    `Endpoint response headers: ${javaMap({ 'Content-Type': 'application/json', 'X-Amzn-Trace-Id': s.traceHeader.slice(5) })}`,
  )
  s.rec.log(() => `Endpoint response body before transformations: ${logBody(out)}`)
  if (!proxy) {
    timer.end(
      'continue',
      result.kind === 'success'
        ? `${resolved.fn.name} returned in ${latency} ms.`
        : `${resolved.fn.name} failed: ${result.errorMessage}`,
      { ...details, result: out },
    )
    return {
      selectionInput: result.kind === 'success' ? '' : result.errorMessage,
      status: 200,
      headers: [['Content-Type', 'application/json']],
      body: utf8(out),
      ...(result.kind === 'function-error' ? { errorMessage: result.errorMessage } : {}),
    }
  }
  if (result.kind === 'function-error') {
    s.ctx.integrationErrorMessage = result.errorMessage
    s.rec.log(
      `Lambda execution failed with status 200 due to customer function error: ${result.errorMessage}. Lambda request id: ${lambdaRequestId}`,
    )
    timer.end('respond', `${resolved.fn.name} threw ${result.errorType}: ${result.errorMessage}`, {
      ...details,
      result: out,
    })
    return {
      error: {
        type: 'DEFAULT_5XX',
        status: 502,
        bodyOverride: INTERNAL,
        errorType: 'InternalServerErrorException',
      },
    }
  }
  const parsed = parseProxyResponse(result.payload)
  if (!parsed.ok) {
    s.rec.log('Execution failed due to configuration error: Malformed Lambda proxy response')
    timer.end('respond', `Malformed Lambda proxy response: ${parsed.reason}.`, { ...details, result: out })
    return {
      error: {
        type: 'DEFAULT_5XX',
        status: 502,
        bodyOverride: INTERNAL,
        errorType: 'InternalServerErrorException',
      },
    }
  }
  let body = utf8(parsed.body)
  if (parsed.isBase64Encoded && acceptsBinary(s)) {
    const decoded = fromBase64(parsed.body)
    if (decoded === undefined) {
      timer.end('respond', 'isBase64Encoded is true but the body is not base64.', { ...details, result: out })
      return {
        error: {
          type: 'API_CONFIGURATION_ERROR',
          logLine: 'Execution failed due to configuration error: Unable to base64-decode the response body',
        },
      }
    }
    body = decoded
  }
  let headers = parsed.headers
  if (getHeader(headers, 'content-type') === undefined)
    headers = setHeader(headers, 'Content-Type', 'application/json')
  s.addTraceHeader = true
  timer.end('continue', `${resolved.fn.name} answered ${parsed.status} in ${latency} ms.`, {
    ...details,
    result: out,
  })
  return { response: { status: parsed.status, headers, body } }
}
