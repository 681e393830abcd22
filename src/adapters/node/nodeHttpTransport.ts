import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type {
  HeaderList,
  HttpTransport,
  TransportRequest,
  TransportResult,
} from '../../core/ports/HttpTransport'

/**
 * The HttpTransport port over `node:http`/`node:https`: unlike `fetch`, it keeps the header
 * casing the backend sent (AWS passes backend headers through HTTP_PROXY with their casing) and
 * adds no headers of its own beyond Host and Content-Length.
 */
export function createNodeHttpTransport(): HttpTransport {
  return {
    send(req: TransportRequest): Promise<TransportResult> {
      return new Promise((resolve) => {
        let url: URL
        try {
          url = new URL(req.url)
        } catch {
          resolve({ kind: 'network-error', message: `invalid URL ${req.url}` })
          return
        }
        const flat: string[] = []
        for (const [n, v] of req.headers) {
          const lower = n.toLowerCase()
          if (lower === 'host' || lower === 'content-length' || lower === 'connection') continue
          flat.push(n, v)
        }
        flat.push('Host', url.host)
        if (req.body !== undefined && req.body.length > 0)
          flat.push('Content-Length', String(req.body.length))
        const send = url.protocol === 'https:' ? httpsRequest : httpRequest
        let settled = false
        const done = (r: TransportResult) => {
          if (!settled) {
            settled = true
            clearTimeout(timer)
            resolve(r)
          }
        }
        const r = send(
          {
            method: req.method,
            hostname: url.hostname,
            port: url.port,
            path: `${url.pathname}${url.search}`,
            headers: flat,
            setHost: false,
          },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => {
              const headers: HeaderList = []
              for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
                headers.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!])
              done({
                kind: 'response',
                status: res.statusCode ?? 502,
                headers,
                body: new Uint8Array(Buffer.concat(chunks)),
              })
            })
            res.on('error', (e) => done({ kind: 'network-error', message: e.message }))
          },
        )
        const timer = setTimeout(() => {
          done({ kind: 'timeout' })
          r.destroy()
        }, req.timeoutMs)
        r.on('error', (e: NodeJS.ErrnoException) =>
          done({ kind: 'network-error', message: e.code ? `${e.message} (${e.code})` : e.message }),
        )
        r.end(req.body !== undefined && req.body.length > 0 ? req.body : undefined)
      })
    },
  }
}
