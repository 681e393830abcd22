import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFetchTransport } from '../http/fetchTransport'
import { createNodeHttpTransport } from './nodeHttpTransport'

const server = createServer((req, res) => {
  if (req.url === '/slow') {
    setTimeout(() => res.end('late'), 500)
    return
  }
  res.writeHead(201, ['X-Mixed-Case', 'yes', 'Content-Type', 'text/plain'])
  res.end(`${req.method} ${req.headers['x-in']}`)
})
let base = ''
beforeAll(
  () =>
    new Promise<void>((r) =>
      server.listen(0, '127.0.0.1', () => {
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
        r()
      }),
    ),
)
afterAll(() => new Promise((r) => server.close(r)))

describe.each([
  ['node:http', createNodeHttpTransport()],
  ['fetch', createFetchTransport()],
])('the %s transport', (name, transport) => {
  it('sends the request and returns status, headers and body', async () => {
    const r = await transport.send({
      method: 'POST',
      url: `${base}/x`,
      headers: [['X-In', 'hi']],
      body: new TextEncoder().encode('b'),
      timeoutMs: 2000,
    })
    expect(r.kind).toBe('response')
    if (r.kind !== 'response') return
    expect(r.status).toBe(201)
    expect(new TextDecoder().decode(r.body)).toBe('POST hi')
    const names = r.headers.map(([n]) => n)
    expect(names).toContain(name === 'fetch' ? 'x-mixed-case' : 'X-Mixed-Case')
  })
  it('times out after timeoutMs', async () => {
    expect(await transport.send({ method: 'GET', url: `${base}/slow`, headers: [], timeoutMs: 100 })).toEqual(
      { kind: 'timeout' },
    )
  })
  it('reports an unreachable backend as a network error', async () => {
    const r = await transport.send({
      method: 'GET',
      url: 'http://127.0.0.1:1/',
      headers: [],
      timeoutMs: 2000,
    })
    expect(r.kind).toBe('network-error')
  })
})

describe('fetch transport in a browser page', () => {
  it('explains a failed cross-origin fetch plainly', async () => {
    const t = createFetchTransport({
      pageOrigin: 'http://localhost:5173',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    })
    const r = await t.send({ method: 'GET', url: 'https://backend.example/x', headers: [], timeoutMs: 1000 })
    expect(r.kind === 'network-error' && r.message).toContain(
      'does not allow cross-origin requests from http://localhost:5173 (CORS)',
    )
  })
})
