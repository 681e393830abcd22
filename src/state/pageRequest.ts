import type { RequestTrace } from '../core/gateway/trace/RequestTrace'
import type { SentRequest } from './consoleStore'
import { isForbiddenHeader } from './forbiddenHeaders'
import { storedBody } from './storedBody'

/** A request as the emulator received it; the app's trace feed hands it over with the trace. */
export interface ObservedRequest {
  /** Header names lower-cased (Fetch normalises them), in the order received. */
  headers: readonly (readonly [string, string])[]
  body: Uint8Array
  /** The fragment of the URL the page fetched, without `#` ('' for none); servers never see it. */
  fragment: string
}

/**
 * The request a script of the page sent, for history: method and URL from the trace, the
 * headers the script could have set (the Fetch standard's forbidden ones — `Origin`,
 * `Sec-Fetch-*`, `Host`, … — are the browser's own, which it adds again on a re-send), and the
 * body (base64 when binary, cut past `MAX_STORED_BODY_BYTES`). Without `observed` only the
 * method and URL are known.
 */
export function pageRequest(trace: RequestTrace, observed: ObservedRequest | undefined): SentRequest {
  const method = trace.method.toUpperCase()
  if (observed === undefined) return { method, url: trace.url, headers: [], body: '' }
  const headers = observed.headers
    .filter(([name]) => !isForbiddenHeader(name))
    .map(([name, value]): [string, string] => [name, value])
  if (method === 'GET' || method === 'HEAD' || observed.body.length === 0)
    return { method, url: trace.url, headers, body: '' }
  const contentType = headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1]
  const kept = storedBody(observed.body, contentType)
  return {
    method,
    url: trace.url,
    headers,
    body: kept.body.encoding === 'text' ? kept.body.text : kept.body.data,
    ...(kept.body.encoding === 'base64' ? { bodyEncoding: 'base64' as const } : {}),
    ...(kept.truncated ? { bodyTruncatedFrom: kept.size } : {}),
  }
}
