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
import { createNodeHttpTransport } from './nodeHttpTransport'
import { type Exchange, listScenarioFiles, loadScenario, startEchoBackend } from './scenarioFiles'
import {
  compareResponse,
  parseRawRequest,
  parseRawResponse,
  type RawRequest,
  type RawResponse,
} from './scenarioFormat'
import { scenarioProject } from './scenarioProject'

/**
 * The golden scenarios: each file in src/core/gateway/scenarios holds an API, raw requests and
 * the raw responses AWS gives (with the fact each comes from). Every scenario runs against the
 * real pipeline in Node (fake clock, sequential ids, Lambda code in real worker threads, HTTP
 * backends on a local echo server); those marked `via: [msw]` also run through msw/node's
 * interception; those marked `via: [serve]` run through `gatewright serve` in
 * src/cli/serveScenarios.test.ts.
 */

const files = listScenarioFiles()
let backend: { url: string; close: () => Promise<void> }
const lambda = createNodeLambdaRuntime()
const transport = createNodeHttpTransport()

const loadScenarioFile = (file: string) => loadScenario(file, backend.url)

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

beforeAll(async () => {
  backend = await startEchoBackend()
})
afterAll(async () => {
  await lambda.dispose()
  await backend.close()
})

describe('golden scenarios: the pipeline in Node', () => {
  it('has scenario files', () => expect(files.length).toBeGreaterThan(10))
  for (const file of files) {
    describe(file, () => {
      it('answers every request as AWS does', async () => {
        const sc = loadScenarioFile(file)
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
  const chosen = () => files.filter((f) => (loadScenarioFile(f).via ?? []).includes('msw'))
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
      const sc = loadScenarioFile(file)
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
    current = scenarioProject(loadScenarioFile(chosen()[0]!))
    await expect(fetch('https://zzzzzzzzzz.execute-api.us-east-1.amazonaws.com/dev/')).rejects.toThrow(
      TypeError,
    )
  })
})
