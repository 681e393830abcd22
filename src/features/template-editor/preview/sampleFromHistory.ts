import { formatRequestTime } from '../../../core/gateway/context/formatRequestTime'
import { parseQueryString } from '../../../core/gateway/http/parseQueryString'
import type { HistoryEntry } from '../../../state/consoleStore'
import type { SampleRequest } from './previewInput'

export interface HistorySample {
  sample: SampleRequest
  /** What of the real request the sample could not carry, to say next to the preview. */
  notes: string[]
}

const ENDPOINT_BODY = 'Endpoint response body before transformations: '
const TRUNCATED = ' [TRUNCATED]'

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v
  }
  return out
}

/** A detail the emulator recorded on a pipeline stage of the trace (`route`: path parameters, `resolve`: stage variables). */
function detail(entry: HistoryEntry, stage: string, key: string): unknown {
  return entry.trace?.events.find((e) => e.stage === stage)?.details[key]
}

/**
 * A real request from the console's history as the template preview's sample: the path
 * parameters the route matched, the query string as the emulator parses it, the headers as
 * sent, the stage variables of the stage that served it, its request id, stage, path and time;
 * the body is the request's (request templates) or the integration's answer before
 * transformations, read from the execution log (response templates; empty for MOCK).
 */
export function sampleFromHistory(
  entry: HistoryEntry,
  target: { forResponse: boolean; isMock: boolean },
): HistorySample {
  const notes: string[] = []
  const request = entry.request
  let url: URL | undefined
  try {
    url = new URL(request.url)
  } catch {
    url = undefined
  }
  const header: Record<string, string> = {}
  for (const [name, value] of request.headers) header[name] = value

  let body = ''
  if (!target.forResponse) {
    if ('bodyEncoding' in request && request.bodyEncoding === 'base64') {
      notes.push('Its body is binary; the preview leaves it out.')
    } else {
      body = request.body
      if ('bodyTruncatedFrom' in request && typeof request.bodyTruncatedFrom === 'number') {
        notes.push('Its body was cut when kept in history; the preview has the part that was kept.')
      }
    }
  } else if (!target.isMock) {
    const line = entry.trace?.log.find((l) => l.text.startsWith(ENDPOINT_BODY))
    if (line === undefined) {
      notes.push('It ended before the integration answered, so there is no integration response body.')
    } else {
      body = line.text.slice(ENDPOINT_BODY.length)
      if (body.endsWith(TRUNCATED)) {
        body = body.slice(0, -TRUNCATED.length)
        notes.push('The integration response body is cut, as AWS cuts it in the execution log.')
      }
    }
  }

  const trace = entry.trace
  const context: Record<string, unknown> = {}
  if (trace) {
    context.requestId = trace.requestId
    context.extendedRequestId = trace.extendedRequestId
    context.requestTimeEpoch = trace.startedAt
    context.requestTime = formatRequestTime(trace.startedAt)
    if (trace.stage !== undefined) context.stage = trace.stage
    if (trace.deploymentId !== undefined) context.deploymentId = trace.deploymentId
  }
  // The path as requested, not decoded (as the emulator sets `$context.path`).
  if (url) context.path = url.pathname

  return {
    sample: {
      body,
      path: stringMap(detail(entry, 'route', 'pathParameters')),
      querystring: url ? parseQueryString(url.search.slice(1)).single : {},
      header,
      stageVariables: stringMap(detail(entry, 'resolve', 'stageVariables')),
      context,
    },
    notes,
  }
}
