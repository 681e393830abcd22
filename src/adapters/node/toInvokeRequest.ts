import type { IncomingMessage } from 'node:http'
import type { InvokeRequest } from '../../core/gateway/http/InvokeRequest'
import type { HeaderList } from '../../core/ports/HttpTransport'

/** A Node request (headers with their casing as sent, from `rawHeaders`) as an invoke request. */
export function toInvokeRequest(req: IncomingMessage, body: Uint8Array): InvokeRequest {
  const raw = req.rawHeaders
  const headers: HeaderList = []
  let host = ''
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!
    const value = raw[i + 1]!
    headers.push([name, value])
    if (host === '' && name.length === 4 && name.toLowerCase() === 'host') host = value
  }
  const address = req.socket.remoteAddress ?? '127.0.0.1'
  return {
    method: req.method ?? 'GET',
    host,
    target: req.url ?? '/',
    scheme: 'http',
    headers,
    body,
    sourceIp: address.startsWith('::ffff:') ? address.slice(7) : address,
  }
}
