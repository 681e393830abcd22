import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { GatewayEngine } from '../../core/gateway/GatewayEngine'
import type { RequestTrace } from '../../core/gateway/trace/RequestTrace'
import { toInvokeRequest } from './toInvokeRequest'

export interface GatewayServerOptions {
  /** Called once per answered request (for `serve`'s request log). */
  onResponse?: (line: {
    method: string
    path: string
    status: number
    latencyMs: number
    trace: RequestTrace
  }) => void
}

const EMPTY = new Uint8Array(0)

function readBody(req: IncomingMessage): Promise<Uint8Array> | Uint8Array {
  // Most requests carry no body: answer them without waiting for the stream.
  const length = req.headers['content-length']
  if ((length === undefined || length === '0') && req.headers['transfer-encoding'] === undefined) return EMPTY
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () =>
      resolve(chunks.length === 0 ? EMPTY : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)),
    )
    req.on('error', reject)
  })
}

/**
 * A plain `node:http` server that hands every request straight to the pipeline (no msw in
 * between, for speed) and writes the answer with AWS's header casing. Requests no API answers
 * get a 404 that says why (on AWS the host would not resolve).
 */
export function createGatewayServer(engine: GatewayEngine, options: GatewayServerOptions = {}): Server {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now()
    const body = await readBody(req)
    const outcome = await engine.invoke(toInvokeRequest(req, body))
    res.sendDate = false
    if (outcome.kind === 'unresolved') {
      const text = `Gatewright: ${outcome.reason}. On AWS this host would not resolve.\n`
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'x-gatewright-error': 'unresolved' })
      res.end(text)
    } else {
      const r = outcome.response
      const flat: string[] = []
      for (const [n, v] of r.headers) flat.push(n, v)
      res.writeHead(r.status, flat)
      res.end(
        req.method === 'HEAD' ? undefined : Buffer.from(r.body.buffer, r.body.byteOffset, r.body.byteLength),
      )
    }
    options.onResponse?.({
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      status: res.statusCode,
      latencyMs: performance.now() - started,
      trace: outcome.trace,
    })
  }
  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end(`Gatewright: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    })
  })
}
