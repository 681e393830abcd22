/** An ordered header list that keeps each name's casing as sent: `[name, value]` pairs. */
export type HeaderList = [string, string][]

/** A request the emulator sends to an HTTP backend (HTTP and HTTP_PROXY integrations). */
export interface TransportRequest {
  method: string
  url: string
  headers: HeaderList
  /** Absent for no body. */
  body?: Uint8Array
  /** The integration's `timeoutInMillis`: the transport gives up after this long. */
  timeoutMs: number
}

export type TransportResult =
  | { kind: 'response'; status: number; headers: HeaderList; body: Uint8Array }
  | { kind: 'timeout' }
  /**
   * The request never got a response: DNS failure, refused connection, TLS error, or (in a
   * browser) a cross-origin request the backend did not allow. `message` says which, plainly.
   */
  | { kind: 'network-error'; message: string }

/** How core reaches real HTTP backends: `fetch` in the browser and in Node. */
export interface HttpTransport {
  send(request: TransportRequest): Promise<TransportResult>
}
