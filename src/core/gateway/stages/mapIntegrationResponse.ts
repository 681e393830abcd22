import type { HeaderList } from '../../ports/HttpTransport'
import { fromBase64, fromUtf8, toBase64, utf8 } from '../http/bytes'
import { chooseResponseTemplate } from '../http/chooseResponseTemplate'
import { getHeader, headerMap, setHeader } from '../http/headers'
import { isBinaryType } from '../http/isBinaryType'
import { selectIntegrationResponse } from '../integrations/selectIntegrationResponse'
import type { Halt, PipelineState } from '../PipelineState'
import { resolveParameterSource } from '../params/resolveParameterSource'
import { javaMap, logBody } from '../trace/logFormat'
import { renderTemplate } from './renderTemplate'

/** Mapped method-response headers AWS renames to `x-amzn-Remapped-<name>` (recorded). */
const REMAPPED = new Set(
  [
    'Authorization',
    'Connection',
    'Content-Length',
    'Content-MD5',
    'Date',
    'Expect',
    'Host',
    'Max-Forwards',
    'Proxy-Authenticate',
    'Server',
    'Trailer',
    'Upgrade',
    'User-Agent',
    'WWW-Authenticate',
  ].map((h) => h.toLowerCase()),
)

/**
 * Stages 10–11 — integration response and method response: selection pattern, header mappings,
 * the response template (chosen by Accept), overrides, content handling; then the method response.
 */
export function mapIntegrationResponse(s: PipelineState): Halt {
  const timer = s.rec.begin('integration-response')
  const integration = s.route!.method.integration!
  const answer = s.answer!
  const api = s.target!.api
  const selection = selectIntegrationResponse(integration, answer.selectionInput)
  if (selection.response === undefined) {
    timer.end('respond', `No integration response: ${selection.why}.`, {
      input: answer.selectionInput ?? null,
    })
    return {
      error: {
        type: 'API_CONFIGURATION_ERROR',
        logLine: `Execution failed due to configuration error: No match for output mapping and no default output mapping configured. Endpoint Response Status Code: ${answer.status}`,
      },
    }
  }
  const ir = selection.response
  const answerText = fromUtf8(answer.body)
  const scope = {
    headers: s.headers,
    query: s.query.multi,
    path: s.route!.pathParameters,
    body: fromUtf8(s.req.body),
    ctx: s.ctx,
    stageVariables: s.target!.stageVariables,
    integrationResponse: { headers: answer.headers, body: answerText },
  }
  let headers: HeaderList = []
  const mappedHeaders: Record<string, string> = {}
  for (const [key, expr] of Object.entries(ir.responseParameters)) {
    const m = /^method\.response\.header\.(.+)$/.exec(key)
    if (m === null) continue
    const value = resolveParameterSource(expr, scope)
    if (value === undefined) continue
    const name = m[1]!
    const lower = name.toLowerCase()
    if (lower === 'transfer-encoding') continue
    const text = Array.isArray(value) ? value.join(',') : value
    mappedHeaders[name] = text
    headers.push([REMAPPED.has(lower) ? `x-amzn-Remapped-${name}` : name, text])
  }

  // Body: template, or the integration response as it came (with content handling).
  const accept = getHeader(s.req.headers, 'accept')
  const choice = chooseResponseTemplate(ir.responseTemplates, accept)
  let body = answer.body
  let status = Number(ir.statusCode)
  let templateOutput: string | undefined
  const backendBinary = isBinaryType(getHeader(answer.headers, 'content-type'), api.binaryMediaTypes)
  const overrides = s.overrides
  if (choice !== undefined && choice[1].trim() !== '') {
    const rendered = renderTemplate(
      s,
      choice[1],
      backendBinary ? toBase64(answer.body) : answerText,
      'response',
      overrides,
    )
    if ('error' in rendered) {
      timer.end('respond', `The ${choice[0]} response template failed: ${rendered.detail}`, {
        template: choice[1],
      })
      return { error: rendered.error }
    }
    s.overrides = rendered.result.overrides
    templateOutput = rendered.result.output
    body = utf8(templateOutput)
  } else if (ir.contentHandling === 'CONVERT_TO_TEXT' && backendBinary) {
    body = utf8(toBase64(answer.body))
  } else if (ir.contentHandling === 'CONVERT_TO_BINARY' && !backendBinary) {
    const decoded = fromBase64(answerText)
    if (decoded === undefined) {
      timer.end('respond', 'CONVERT_TO_BINARY: the integration response body is not base64.')
      return {
        error: {
          type: 'API_CONFIGURATION_ERROR',
          logLine: 'Execution failed due to configuration error: Unable to transform response',
        },
      }
    }
    body = decoded
  } else if (!backendBinary && answer.body.length > 0) {
    // A payload that is not a binary media type is text to API Gateway: invalid UTF-8 bytes
    // come out as U+FFFD (recorded with an S3 backend and no binary media types).
    body = utf8(answerText)
  }
  if (getHeader(headers, 'content-type') === undefined)
    headers = setHeader(headers, 'Content-Type', choice !== undefined ? choice[0] : 'application/json')
  const ro = s.overrides?.response
  if (ro !== undefined) {
    if (ro.status !== undefined) status = ro.status
    for (const [name, v] of Object.entries(ro.header))
      headers = setHeader(headers, name, Array.isArray(v) ? v.join(',') : v)
  }
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    timer.end('respond', `The integration response's status ${ir.statusCode} is not a status code.`)
    return {
      error: {
        type: 'API_CONFIGURATION_ERROR',
        logLine: 'Execution failed due to configuration error: Invalid method response status code',
      },
    }
  }
  const logHeaders = s.addTraceHeader
    ? [['X-Amzn-Trace-Id', s.traceHeader] as [string, string], ...headers]
    : headers
  s.rec.log(
    `Method response body after transformations: ${logBody(fromUtf8(body), choice === undefined && backendBinary)}`,
  )
  s.rec.log(() => `Method response headers: ${javaMap(headerMap(logHeaders))}`)
  timer.end(
    'respond',
    `Integration response ${JSON.stringify(selection.key)} → ${status}: ${selection.why}.`,
    {
      selectedResponse: selection.key,
      why: selection.why,
      input: answer.selectionInput ?? null,
      statusCode: status,
      mappedHeaders,
      ...(choice !== undefined
        ? { templateContentType: choice[0], template: choice[1], templateOutput: templateOutput ?? '' }
        : {}),
      ...(ro?.status !== undefined || Object.keys(ro?.header ?? {}).length > 0
        ? { responseOverride: ro }
        : {}),
    },
  )
  s.rec.note('method-response', `Method response ${status}.`, { statusCode: status, headers })
  return { response: { status, headers, body } }
}
