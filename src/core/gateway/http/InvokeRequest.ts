import type { HeaderList } from '../../ports/HttpTransport'

/**
 * A request to an invoke URL, as it reached the emulator: the browser's service worker, msw/node
 * or `gatewright serve`. Header names keep their casing when the carrier keeps it (Node's raw
 * headers); the Fetch API lower-cases them.
 */
export interface InvokeRequest {
  method: string
  /** The Host the client addressed, with port if any (`abc123.execute-api.us-east-1.amazonaws.com`). */
  host: string
  /** The raw request target: path and query exactly as sent (`/dev/pets?type=cat`). */
  target: string
  /** `https` or `http`: what the client used (AWS only takes https; `serve` speaks http). */
  scheme: 'http' | 'https'
  headers: HeaderList
  body: Uint8Array
  /** The client's address (`$context.identity.sourceIp`). */
  sourceIp: string
}

/** What the emulator answers: status, headers in order with AWS's casing, body bytes. */
export interface InvokeResponse {
  status: number
  headers: HeaderList
  body: Uint8Array
}
