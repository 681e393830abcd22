import type {
  HeaderList,
  HttpTransport,
  TransportRequest,
  TransportResult,
} from '../../core/ports/HttpTransport'

/** Headers `fetch` manages itself (or refuses): the transport leaves them out. */
const UNSETTABLE = new Set([
  'host',
  'content-length',
  'connection',
  'transfer-encoding',
  'keep-alive',
  'expect',
  'upgrade',
  'te',
  'trailer',
])

export interface FetchTransportOptions {
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch
  /**
   * In a browser a failed fetch is most often CORS: the backend did not allow the studio's origin.
   * When set, network errors say so plainly.
   */
  pageOrigin?: string
}

function explain(error: unknown, url: string, pageOrigin: string | undefined): string {
  const e = error as { message?: string; cause?: { code?: string; message?: string } }
  const cause = e.cause?.code ?? e.cause?.message
  if (pageOrigin !== undefined) {
    let target = url
    try {
      target = new URL(url).origin
    } catch {
      // keep the raw URL
    }
    return `the browser could not fetch ${url}: either ${target} is unreachable, or it does not allow cross-origin requests from ${pageOrigin} (CORS). AWS calls backends from its own servers, where CORS does not apply; run \`gatewright serve\` to call this backend from Node instead.`
  }
  return cause ? `${e.message ?? 'fetch failed'} (${cause})` : (e.message ?? String(error))
}

/** The HttpTransport port over `fetch` (browser and Node 20), with the integration timeout. */
export function createFetchTransport(options: FetchTransportOptions = {}): HttpTransport {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  return {
    async send(request: TransportRequest): Promise<TransportResult> {
      const controller = new AbortController()
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        controller.abort()
      }, request.timeoutMs)
      const headers = new Headers()
      for (const [n, v] of request.headers) if (!UNSETTABLE.has(n.toLowerCase())) headers.append(n, v)
      try {
        const init: RequestInit = {
          method: request.method,
          headers,
          signal: controller.signal,
          redirect: 'manual',
        }
        if (request.body !== undefined && request.method !== 'GET' && request.method !== 'HEAD')
          init.body = request.body as Uint8Array<ArrayBuffer>
        const response = await doFetch(request.url, init)
        const body = new Uint8Array(await response.arrayBuffer())
        const out: HeaderList = []
        response.headers.forEach((value, name) => {
          out.push([name, value])
        })
        return { kind: 'response', status: response.status, headers: out, body }
      } catch (error) {
        if (timedOut) return { kind: 'timeout' }
        return { kind: 'network-error', message: explain(error, request.url, options.pageOrigin) }
      } finally {
        clearTimeout(timer)
      }
    },
  }
}
