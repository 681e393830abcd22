import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { enableCors } from '../src/core/model/commands/rest/enableCors'
import type { Project } from '../src/core/model/project'
import { serializeProject } from '../src/core/model/projectFile'
import {
  buildFunction,
  buildMethod,
  buildProject,
  buildRestApi,
  deployed,
  lambdaProxyIntegration,
  mockIntegration,
  resourceIdFor,
} from '../src/testing/builders'
import { expect, test } from './support/fixtures'

/**
 * CORS proven with a real browser preflight. A service worker answers fetches without any
 * preflight, so this runs `gatewright serve` on a loopback port — a different origin from the
 * studio page — and has a page script `fetch` with a custom header: Chromium sends the real
 * OPTIONS preflight, which the OPTIONS MOCK method made by the Enable CORS command answers.
 */

const PORT = Number(process.env.E2E_SERVE_PORT ?? 4391)
const API_ID = 'corsapi001'
const pets = '[{"name":"Rex"}]'

function corsProject(): Project {
  const api = buildRestApi({
    id: API_ID,
    name: 'Pets',
    paths: {
      '/pets': { GET: buildMethod('GET', { integration: mockIntegration({ responses: { '200': pets } }) }) },
      '/plain': { GET: buildMethod('GET', { integration: mockIntegration({ responses: { '200': pets } }) }) },
    },
  })
  const withCors = enableCors.apply(buildProject({ restApis: [api] }), {
    apiId: API_ID,
    resourceId: resourceIdFor('/pets'),
    methods: ['GET'],
    gatewayResponses: ['DEFAULT_4XX', 'DEFAULT_5XX'],
  })
  return deployed(withCors, API_ID, 'dev')
}

let serve: ChildProcess
let serveLog = ''

test.beforeAll(async () => {
  const cli = join(process.cwd(), 'lib', 'cli.js')
  if (!existsSync(cli))
    throw new Error('lib/cli.js is missing: run `npm run build:lib` before the browser tests')
  const dir = mkdtempSync(join(tmpdir(), 'gatewright-cors-'))
  const file = join(dir, 'cors.gatewright.json')
  writeFileSync(file, serializeProject(corsProject()))
  serve = spawn(process.execPath, ['bin/gatewright.mjs', 'serve', file, '--port', String(PORT)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      serveLog += d.toString()
      if (serveLog.includes('Press Ctrl+C')) resolve()
    }
    serve.stdout!.on('data', onData)
    serve.stderr!.on('data', onData)
    serve.on('exit', (code) => reject(new Error(`gatewright serve exited (${code}):\n${serveLog}`)))
  })
})

test.afterAll(async () => {
  if (serve.exitCode === null) {
    const exited = new Promise((r) => serve.once('exit', r))
    serve.kill('SIGINT')
    await exited
  }
  expect(serveLog).toContain('Stopped.')
})

test.describe('CORS with a real browser preflight', () => {
  test('the OPTIONS MOCK method made by Enable CORS lets the preflight and the request through', async ({
    studio,
    page,
  }) => {
    await studio.open()
    const url = `http://127.0.0.1:${PORT}/dev/pets`
    expect(new URL(url).origin).not.toBe(new URL(page.url()).origin)
    const from = serveLog.length
    const result = await page.evaluate(async (u) => {
      const res = await fetch(u, { headers: { 'X-Api-Key': 'secret-key' } })
      return { status: res.status, body: await res.text() }
    }, url)
    // The page can read the body only because the browser's CORS checks passed.
    expect(result).toEqual({ status: 200, body: pets })
    // serve logs a request after answering it, so its line may still be on its way.
    await expect.poll(() => serveLog.slice(from)).toMatch(/GET \/dev\/pets 200 /)
    const lines = serveLog.slice(from)
    expect(lines).toMatch(/OPTIONS \/dev\/pets 200 /)
    expect(lines.indexOf('OPTIONS /dev/pets')).toBeLessThan(lines.indexOf('GET /dev/pets'))
  })

  test('without Enable CORS the browser refuses the answer: the preflight hits no method', async ({
    studio,
    page,
    problems,
  }) => {
    problems.ignore(/CORS|ERR_FAILED|127\.0\.0\.1/)
    await studio.open()
    const from = serveLog.length
    const outcome = await page.evaluate(async (u) => {
      try {
        await fetch(u, { headers: { 'X-Api-Key': 'secret-key' } })
        return 'answered'
      } catch (e) {
        return `refused: ${(e as Error).name}`
      }
    }, `http://127.0.0.1:${PORT}/dev/plain`)
    expect(outcome).toBe('refused: TypeError')
    await expect.poll(() => serveLog.slice(from)).toMatch(/OPTIONS \/dev\/plain 403 /)
    expect(serveLog.slice(from)).not.toMatch(/GET \/dev\/plain/)
  })
})

test.describe('the studio emulator in the page', () => {
  test('the service worker answers an invoke URL of the open project, running its Lambda function in a Web Worker', async ({
    studio,
    page,
  }) => {
    const api = buildRestApi({
      id: 'pageapi001',
      name: 'Greeter',
      paths: { '/hello': { GET: buildMethod('GET', { integration: lambdaProxyIntegration('greet') }) } },
    })
    const project = deployed(
      buildProject({
        name: 'Greeter project',
        restApis: [api],
        functions: [
          buildFunction(
            'greet',
            "export const handler = async (event) => { console.log('greeting', event.queryStringParameters.name); return { statusCode: 200, body: 'Hello ' + event.queryStringParameters.name + ' from ' + process.env.AWS_LAMBDA_FUNCTION_NAME } }",
          ),
        ],
      }),
      api.id,
      'dev',
    )
    await studio.open()
    const chooser = page.waitForEvent('filechooser')
    await studio.chooseProjectMenuItem('Import project file…')
    await (await chooser).setFiles({
      name: 'greeter.gatewright.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeProject(project)),
    })
    await expect(studio.projectName).toHaveText(/Greeter project/)
    const responsePromise = page.waitForResponse((r) => r.url().includes('pageapi001.execute-api'))
    const result = await page.evaluate(async () => {
      const res = await fetch('https://pageapi001.execute-api.us-east-1.amazonaws.com/dev/hello?name=Ann')
      return { status: res.status, body: await res.text(), requestId: res.headers.get('x-amzn-requestid') }
    })
    expect(result.status).toBe(200)
    expect(result.body).toBe('Hello Ann from greet')
    expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect((await responsePromise).fromServiceWorker()).toBe(true)
  })
})
