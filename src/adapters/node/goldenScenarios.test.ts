import { readdirSync, readFileSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import yaml from 'js-yaml'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GatewayEngine } from '../../core/gateway/GatewayEngine'
import { formatExecutionLog } from '../../core/gateway/trace/formatExecutionLog'
import type { RequestTrace } from '../../core/gateway/trace/RequestTrace'
import type { Project } from '../../core/model/project'
import type { HeaderList } from '../../core/ports/HttpTransport'
import { FakeClock, SequentialIds } from '../../testing/fakes'
import { createNodeLambdaRuntime } from '../lambda/nodeLambdaRuntime'
import { createGatewayHandlers } from '../msw/gatewayHandlers'
import { createGatewayServer } from './createGatewayServer'
import { createNodeHttpTransport } from './nodeHttpTransport'
import {
  compareResponse,
  parseRawRequest,
  parseRawResponse,
  type RawRequest,
  type RawResponse,
} from './scenarioFormat'
import {
  type ScenarioApi,
  type ScenarioFunction,
  type ScenarioStage,
  scenarioProject,
} from './scenarioProject'

/**
 * The golden scenarios: each file in src/core/gateway/scenarios holds an API, raw requests and
 * the raw responses AWS gives (with the fact each comes from). Every scenario runs against the
 * real pipeline in Node (fake clock, sequential ids, Lambda code in real worker threads, HTTP
 * backends on a local echo server); those marked `via: [msw]` / `[serve]` also run through
 * msw/node's interception and through the real `gatewright serve` HTTP server.
 */

type Via = 'pipeline' | 'msw' | 'serve'
interface Exchange {
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
interface Scenario {
  description: string
  facts: string
  via?: Via[]
  api: ScenarioApi
  stage: ScenarioStage
  functions?: ScenarioFunction[]
  exchanges: Exchange[]
}

const here = dirname(fileURLToPath(import.meta.url))
const dir = join(here, '../../core/gateway/scenarios')
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()

/** Where scenario files put the echo backend's base URL. */
const BACKEND_PLACEHOLDER = '$' + '{BACKEND}'
let backend: Server
let backendUrl = ''
const lambda = createNodeLambdaRuntime()
const transport = createNodeHttpTransport()

/** The echo backend HTTP integrations call: it answers with what it received. */
function startBackend(): Promise<void> {
  backend = createServer((req, res) => {
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
        res.end(url.searchParams.get('raw') ?? body)
      }, delay)
    })
  })
  return new Promise((resolve) =>
    backend.listen(0, '127.0.0.1', () => {
      backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`
      resolve()
    }),
  )
}

function loadScenario(file: string): Scenario {
  const text = readFileSync(join(dir, file), 'utf8').replaceAll(BACKEND_PLACEHOLDER, backendUrl)
  return yaml.load(text) as Scenario
}

function hostOf(req: RawRequest): string {
  return (
    req.headers.find(([n]) => n.toLowerCase() === 'host')?.[1] ??
    'abc123defg.execute-api.us-east-1.amazonaws.com'
  )
}

function engineFor(project: Project): GatewayEngine {
  return new GatewayEngine(() => project, {
    clock: new FakeClock(Date.UTC(2025, 2, 5, 6, 43, 16)),
    ids: new SequentialIds(),
    transport,
    lambda,
  })
}

async function viaPipeline(
  engine: GatewayEngine,
  req: RawRequest,
): Promise<{ res: RawResponse; trace: RequestTrace }> {
  const outcome = await engine.invoke({
    method: req.method,
    host: hostOf(req),
    target: req.target,
    scheme: 'https',
    headers: req.headers,
    body: new TextEncoder().encode(req.body),
    sourceIp: '203.0.113.7',
  })
  if (outcome.kind !== 'response') throw new Error(`unresolved: ${outcome.reason}`)
  const r = outcome.response
  return {
    res: { status: r.status, headers: r.headers, body: new TextDecoder().decode(r.body) },
    trace: outcome.trace,
  }
}

async function viaMsw(req: RawRequest): Promise<RawResponse> {
  const headers = new Headers()
  for (const [n, v] of req.headers) if (n.toLowerCase() !== 'host') headers.append(n, v)
  const init: RequestInit = { method: req.method, headers }
  if (req.body !== '') init.body = req.body
  const res = await fetch(`https://${hostOf(req)}${req.target}`, init)
  const out: HeaderList = []
  res.headers.forEach((v, n) => {
    out.push([n, v])
  })
  return { status: res.status, headers: out, body: await res.text() }
}

function viaServe(port: number, req: RawRequest): Promise<RawResponse> {
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

function checkTrace(ex: Exchange, trace: RequestTrace) {
  const t = ex.trace
  if (!t) return
  if (t.gatewayResponseType !== undefined) expect(trace.gatewayResponseType).toBe(t.gatewayResponseType)
  if (t.notEmulated !== undefined) expect(trace.notEmulated).toHaveLength(t.notEmulated)
  if (t.functionLogsContain !== undefined)
    expect(trace.functionLogs.join('\n')).toContain(t.functionLogsContain)
  for (const line of t.logContains ?? []) expect(formatExecutionLog(trace)).toContain(line)
  if (t.accessLog !== undefined) expect(trace.accessLogLine).toMatch(new RegExp(t.accessLog))
  if (t.stages !== undefined) expect([...new Set(trace.events.map((e) => e.stage))]).toEqual(t.stages)
  if (t.eventContains !== undefined) expect(JSON.stringify(trace.events)).toContain(t.eventContains)
}

beforeAll(startBackend)
afterAll(async () => {
  await lambda.dispose()
  await new Promise((r) => backend.close(r))
})

describe('golden scenarios: the pipeline in Node', () => {
  it('has scenario files', () => expect(files.length).toBeGreaterThan(10))
  for (const file of files) {
    describe(file, () => {
      it('answers every request as AWS does', async () => {
        const sc = loadScenario(file)
        const engine = engineFor(scenarioProject(sc))
        for (const ex of sc.exchanges) {
          const { res, trace } = await viaPipeline(engine, parseRawRequest(ex.request))
          const problems = compareResponse(parseRawResponse(ex.response), res, {
            exactCase: true,
            absent: ex.absent ?? [],
          })
          expect(problems, `${file} › ${ex.name}\n${formatExecutionLog(trace)}`).toEqual([])
          checkTrace(ex, trace)
        }
      })
    })
  }
})

describe('golden scenarios through msw/node', () => {
  const chosen = () => files.filter((f) => (loadScenario(f).via ?? []).includes('msw'))
  let current: Project | undefined
  const { handlers } = createGatewayHandlers({
    getProject: () => current,
    clock: new FakeClock(Date.UTC(2025, 2, 5, 6, 43, 16)),
    ids: new SequentialIds(),
    transport,
    lambda,
    sourceIp: '203.0.113.7',
  })
  const server = setupServer(...handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }))
  afterAll(() => server.close())
  it('covers a subset of the scenarios', () => expect(chosen().length).toBeGreaterThan(3))
  it('answers the same through msw/node interception of fetch', async () => {
    for (const file of chosen()) {
      const sc = loadScenario(file)
      current = scenarioProject(sc)
      for (const ex of sc.exchanges) {
        const res = await viaMsw(parseRawRequest(ex.request))
        const problems = compareResponse(parseRawResponse(ex.response), res, {
          exactCase: false,
          absent: ex.absent ?? [],
        })
        expect(problems, `${file} › ${ex.name}`).toEqual([])
      }
    }
  })
  it('answers a host no API has with a network error, as an unresolvable host', async () => {
    current = scenarioProject(loadScenario(chosen()[0]!))
    await expect(fetch('https://zzzzzzzzzz.execute-api.us-east-1.amazonaws.com/dev/')).rejects.toThrow(
      TypeError,
    )
  })
})

describe('golden scenarios through the serve HTTP server', () => {
  const chosen = () => files.filter((f) => (loadScenario(f).via ?? []).includes('serve'))
  it('covers a subset of the scenarios', () => expect(chosen().length).toBeGreaterThan(3))
  it('answers the same over real HTTP, with AWS header casing', async () => {
    for (const file of chosen()) {
      const sc = loadScenario(file)
      const engine = engineFor(scenarioProject(sc))
      const server = createGatewayServer(engine)
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
      try {
        const port = (server.address() as AddressInfo).port
        for (const ex of sc.exchanges) {
          const res = await viaServe(port, parseRawRequest(ex.request))
          const problems = compareResponse(parseRawResponse(ex.response), res, {
            exactCase: true,
            absent: ex.absent ?? [],
          })
          expect(problems, `${file} › ${ex.name}`).toEqual([])
        }
      } finally {
        await new Promise((r) => server.close(r))
      }
    }
  })
})
