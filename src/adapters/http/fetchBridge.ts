import type { InvokeRequest, InvokeResponse } from '../../core/gateway/http/InvokeRequest'
import type { HeaderList } from '../../core/ports/HttpTransport'

/** A Fetch API `Request` as an invoke request (header names arrive lower-cased: Fetch normalises them). */
export async function fromFetchRequest(request: Request, sourceIp = '127.0.0.1'): Promise<InvokeRequest> {
  const url = new URL(request.url)
  const headers: HeaderList = []
  request.headers.forEach((value, name) => {
    headers.push([name, value])
  })
  if (!headers.some(([n]) => n === 'host')) headers.unshift(['host', url.host])
  const body =
    request.method === 'GET' || request.method === 'HEAD'
      ? new Uint8Array(0)
      : new Uint8Array(await request.arrayBuffer())
  return {
    method: request.method,
    host: url.host,
    target: `${url.pathname}${url.search}`,
    scheme: url.protocol === 'http:' ? 'http' : 'https',
    headers,
    body,
    sourceIp,
  }
}

/** Response headers a Fetch `Response` may not carry (the platform sets them). */
const SKIP = new Set(['connection', 'transfer-encoding'])

/** An invoke response as a Fetch API `Response`. */
export function toFetchResponse(response: InvokeResponse, method = 'GET'): Response {
  const headers = new Headers()
  for (const [n, v] of response.headers) if (!SKIP.has(n.toLowerCase())) headers.append(n, v)
  const nullBody =
    method === 'HEAD' || response.status === 204 || response.status === 304 || response.status < 200
  return new Response(nullBody ? null : (response.body as Uint8Array<ArrayBuffer>), {
    status: response.status,
    headers,
  })
}
