/**
 * `npm run bench -- serve`: how fast `gatewright serve` answers, against Stoplight Prism and a
 * bare `node:http` server on the same OpenAPI with static responses, with autocannon at 10 and
 * 100 connections in the same run; then, in-process, the pipeline's `fetch` for a MOCK method
 * with a VTL response template against a bare msw handler returning the same body.
 *
 * Goals (issue 5): serve ≥ 3× Prism's req/s and ≥ 50 % of the bare server; in-process ≥ 50 % of
 * the bare msw handler. BENCH_SECONDS sets the duration of each autocannon run (default 8).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { getResponse, HttpResponse, http } from 'msw'
import { cryptoIds } from '../src/adapters/system/cryptoIds'
import { systemClock } from '../src/adapters/system/systemClock'
import { deploy } from '../src/core/model/commands/deploy/deploy'
import { createEmptyProject } from '../src/core/model/project'
import { importOpenApi } from '../src/core/openapi/importOpenApi'
import { createGateway } from '../src/lib/engine'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const BODY = {
  id: 1,
  name: 'Rex',
  kind: 'dog',
  tags: ['good', 'boy'],
  owner: { name: 'Ann', email: 'ann@example.com' },
}
const BODY_TEXT = JSON.stringify(BODY)

/** One OpenAPI 3.0 document both servers read: an example for Prism, a MOCK integration for us. */
function openApi(): string {
  const op = (summary: string) => ({
    summary,
    responses: {
      '200': {
        description: 'ok',
        content: { 'application/json': { schema: { type: 'object' }, example: BODY } },
      },
    },
    'x-amazon-apigateway-integration': {
      type: 'mock',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      passthroughBehavior: 'when_no_match',
      responses: { default: { statusCode: '200', responseTemplates: { 'application/json': BODY_TEXT } } },
    },
  })
  return JSON.stringify({
    openapi: '3.0.1',
    info: { title: 'Bench pets', version: '1' },
    paths: {
      '/pets/{petId}': {
        parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
        get: op('Get a pet'),
      },
      '/pets': { get: op('List pets') },
    },
  })
}

const BARE_SERVER = `
const http = require('node:http')
const body = ${JSON.stringify(BODY_TEXT)}
http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) })
  res.end(body)
}).listen(Number(process.argv[1]), '127.0.0.1', () => console.log('listening'))
`

function start(name: string, cmd: string, args: string[], ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    const onData = (d: Buffer) => {
      out += d.toString()
      if (ready.test(out)) resolve(child)
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${out}`)))
    setTimeout(() => reject(new Error(`${name} did not start within 60 s:\n${out}`)), 60_000)
  })
}

async function check(url: string, name: string): Promise<void> {
  const res = await fetch(url)
  const text = await res.text()
  if (res.status !== 200 || JSON.stringify(JSON.parse(text)) !== BODY_TEXT)
    throw new Error(`${name} answered ${res.status} ${text.slice(0, 200)}`)
}

interface Row {
  name: string
  connections: number
  rps: number
  p50: number
  p99: number
  errors: number
  /** CPU time the server process spent per request (user + system), in µs. */
  cpuUs: number
}

/** CPU time a process has used so far, in µs (Linux /proc; clock ticks of 10 ms). */
function cpuTime(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100
}

async function load(name: string, url: string, connections: number, pid: number): Promise<Row> {
  const before = cpuTime(pid)
  const r = await autocannon({ url, connections, duration: SECONDS })
  const used = cpuTime(pid) - before
  return {
    name,
    connections,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    cpuUs: used / Math.max(1, r.requests.total),
  }
}

function table(rows: Row[]): void {
  console.log('server            conns     req/s    p50 ms   p99 ms   errors   server CPU µs/req')
  for (const r of rows)
    console.log(
      `${r.name.padEnd(17)} ${String(r.connections).padStart(5)} ${r.rps.toFixed(0).padStart(9)} ${r.p50.toFixed(1).padStart(9)} ${r.p99
        .toFixed(1)
        .padStart(8)} ${String(r.errors).padStart(8)} ${r.cpuUs.toFixed(0).padStart(19)}`,
    )
}

async function httpBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gatewright-bench-'))
  const file = join(dir, 'pets.json')
  writeFileSync(file, openApi())
  const ports = { gatewright: 4311, prism: 4312, bare: 4313 }
  const children: ChildProcess[] = []
  // The real command line, as `npx gatewright serve` runs it: the library build of src/cli.
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.lib.config.ts', '--logLevel', 'error'],
    { stdio: 'inherit' },
  )
  if (build.status !== 0) throw new Error('the library build (lib/) failed')
  try {
    children.push(
      await start(
        'gatewright serve',
        process.execPath,
        [
          'bin/gatewright.mjs',
          'serve',
          file,
          '--port',
          String(ports.gatewright),
          '--stage',
          'dev',
          '--quiet',
        ],
        /Press Ctrl\+C/,
      ),
      await start(
        'prism',
        process.execPath,
        [
          'node_modules/@stoplight/prism-cli/dist/index.js',
          'mock',
          file,
          '-p',
          String(ports.prism),
          '--errors=false',
        ],
        /Prism is listening/,
      ),
      await start('bare node:http', process.execPath, ['-e', BARE_SERVER, String(ports.bare)], /listening/),
    )
    const urls = {
      gatewright: `http://127.0.0.1:${ports.gatewright}/dev/pets/7`,
      prism: `http://127.0.0.1:${ports.prism}/pets/7`,
      bare: `http://127.0.0.1:${ports.bare}/pets/7`,
    }
    await check(urls.gatewright, 'gatewright serve')
    await check(urls.prism, 'prism')
    await check(urls.bare, 'bare')
    console.log(
      `HTTP, ${SECONDS} s per run, autocannon in this process, each server in its own process (2 cores shared)\n`,
    )
    for (const connections of [10, 100]) {
      const rows: Row[] = []
      for (const [i, [name, url]] of Object.entries(urls).entries()) {
        const pid = children[i]!.pid!
        await load(name, url, connections, pid) // warm-up (JIT, connection pools), not reported
        rows.push(await load(name, url, connections, pid))
      }
      table(rows)
      const [g, p, b] = rows
      console.log(
        `  req/s:             gatewright/prism ${(g!.rps / p!.rps).toFixed(2)}× (goal ≥ 3×)   gatewright/bare ${((g!.rps / b!.rps) * 100).toFixed(0)} % (goal ≥ 50 %)`,
      )
      console.log(
        `  CPU per request:   prism/gatewright ${(p!.cpuUs / g!.cpuUs).toFixed(2)}×            bare/gatewright ${((b!.cpuUs / g!.cpuUs) * 100).toFixed(0)} % (throughput on an unshared core)\n`,
      )
    }
  } finally {
    for (const c of children) c.kill('SIGINT')
  }
}

async function inProcessBench(): Promise<void> {
  const ids = cryptoIds
  let project = createEmptyProject('bench', ids, systemClock)
  const imported = importOpenApi(project, openApi(), { mode: 'new' }, ids)
  if (!imported.ok || !imported.apiId) throw new Error('import failed')
  const apiId = imported.apiId
  project = deploy.apply(imported.project, {
    apiId,
    deploymentId: 'bench1',
    createdDate: new Date().toISOString(),
    stageName: 'dev',
  })
  // Swap in a VTL response template that reads the request, for the in-process comparison.
  const vtl =
    '{"id": "$input.params(\'petId\')", "name": "Rex", "stage": "$context.stage", "requestId": "$context.requestId"}'
  const deployment = project.deployments[0]!
  if (deployment.snapshot.kind !== 'rest') throw new Error('expected a REST API')
  for (const r of Object.values(deployment.snapshot.api.resources))
    for (const m of Object.values(r.methods))
      for (const ir of Object.values(m!.integration!.integrationResponses))
        ir.responseTemplates['application/json'] = vtl
  const gateway = createGateway(project)
  const url = `https://${apiId}.execute-api.us-east-1.amazonaws.com/dev/pets/7`
  const handlers = [
    http.get('https://bench.example/dev/pets/:petId', ({ params }) =>
      HttpResponse.json({ id: params.petId, name: 'Rex', stage: 'dev', requestId: crypto.randomUUID() }),
    ),
  ]
  const first = await gateway.fetch(new Request(url))
  const sample = await first.text()
  if (first.status !== 200 || JSON.parse(sample).id !== '7')
    throw new Error(`pipeline answered ${first.status} ${sample}`)
  const run = async (name: string, once: () => Promise<Response | undefined>) => {
    for (let i = 0; i < 2000; i++) await (await once())?.text()
    const until = performance.now() + SECONDS * 500
    let n = 0
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    while (performance.now() < until) {
      for (let i = 0; i < 100; i++) await (await once())?.text()
      n += 100
    }
    const ops = n / ((performance.now() - t0) / 1000)
    const c = process.cpuUsage(c0)
    const cpuUs = (c.user + c.system) / n
    console.log(
      `${name.padEnd(48)} ${ops.toFixed(0).padStart(7)} req/s ${(1e6 / ops).toFixed(1).padStart(8)} µs/req wall ${cpuUs.toFixed(1).padStart(7)} µs/req CPU`,
    )
    return { ops, cpuUs }
  }
  console.log('In-process (one request at a time):')
  const ours = await run('pipeline fetch, MOCK + VTL response template', () =>
    gateway.fetch(new Request(url)),
  )
  const peer = await run('bare msw handler (getResponse, no interception)', () =>
    getResponse(handlers, new Request('https://bench.example/dev/pets/7')),
  )
  console.log(
    `  pipeline/msw: ${((ours.ops / peer.ops) * 100).toFixed(0)} % of its req/s, ${((peer.cpuUs / ours.cpuUs) * 100).toFixed(0)} % by CPU per request (goal ≥ 50 %)`,
  )
  await gateway.close()
}

await httpBench()
await inProcessBench()
