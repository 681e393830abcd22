import { readdirSync, readFileSync } from 'node:fs'
import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import yaml from 'js-yaml'
import type { DomainName } from '../../core/model/deploy/Stage'
import type { HeaderList } from '../../core/ports/HttpTransport'
import type { RawRequest, RawResponse } from './scenarioFormat'
import type { ScenarioApi, ScenarioFunction, ScenarioStage } from './scenarioProject'

/**
 * The golden scenario files (src/core/gateway/scenarios/*.yaml): loading them, the echo backend
 * their HTTP integrations call, and sending their raw requests over real HTTP. Used by the
 * scenario tests (pipeline, msw/node, `gatewright serve`).
 */

export type Via = 'pipeline' | 'msw' | 'serve'
export interface Exchange {
  name: string
  request: string
  response: string
  absent?: string[]
  trace?: {
    gatewayResponseType?: string
    notEmulated?: number
    functionLogsContain?: string
    logContains?: string[]
    accessLog?: string
    stages?: string[]
    eventContains?: string
  }
}
export interface Scenario {
  description: string
  facts: string
  via?: Via[]
  api: ScenarioApi
  stage: ScenarioStage
  functions?: ScenarioFunction[]
  domainNames?: DomainName[]
  exchanges: Exchange[]
}

const here = dirname(fileURLToPath(import.meta.url))
const dir = join(here, '../../core/gateway/scenarios')

/** Where scenario files put the echo backend's base URL. */
const BACKEND_PLACEHOLDER = '$' + '{BACKEND}'

/** The scenario files, in order. */
export function listScenarioFiles(): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
}

/** Reads a scenario, pointing its HTTP integrations at the echo backend. */
export function loadScenario(file: string, backendUrl: string): Scenario {
  const text = readFileSync(join(dir, file), 'utf8').replaceAll(BACKEND_PLACEHOLDER, backendUrl)
  return yaml.load(text) as Scenario
}

/**
 * The echo backend HTTP integrations call: it answers with what it received (method, path,
 * query, headers, body); `?status=`, `?delay=` (ms), `?h-Name=value` (response header) and
 * `?raw=` (body) or `?hex=` (body bytes) shape its answer.
 */
export function startEchoBackend(): Promise<{ url: string; close: () => Promise<void> }> {
  const backend = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://backend')
      const delay = Number(url.searchParams.get('delay') ?? 0)
      const status = Number(url.searchParams.get('status') ?? 200)
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        Server: 'echo',
        'X-Echo': 'yes',
      }
      for (const [k, v] of url.searchParams) if (k.startsWith('h-')) headers[k.slice(2)] = v
      const raw: Record<string, string> = {}
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
        raw[req.rawHeaders[i]!.toLowerCase()] = req.rawHeaders[i + 1]!
      const body = JSON.stringify({
        method: req.method,
        path: url.pathname,
        query: url.search,
        headers: raw,
        body: Buffer.concat(chunks).toString('utf8'),
      })
      setTimeout(() => {
        res.writeHead(status, headers)
        const hex = url.searchParams.get('hex')
        res.end(hex !== null ? Buffer.from(hex, 'hex') : (url.searchParams.get('raw') ?? body))
      }, delay)
    })
  })
  return new Promise((resolve) =>
    backend.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(backend.address() as AddressInfo).port}`,
        close: () => new Promise((r) => backend.close(() => r())),
      }),
    ),
  )
}

/** Sends a raw scenario request over real HTTP (header casing kept) and reads the raw answer. */
export function sendRaw(port: number, req: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: string[] = []
    for (const [n, v] of req.headers) headers.push(n, v)
    const r = httpRequest(
      { host: '127.0.0.1', port, method: req.method, path: req.target, headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const out: HeaderList = []
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
            out.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!])
          resolve({ status: res.statusCode ?? 0, headers: out, body: Buffer.concat(chunks).toString('utf8') })
        })
      },
    )
    r.on('error', reject)
    r.end(req.body === '' ? undefined : req.body)
  })
}
