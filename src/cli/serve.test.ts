import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeProject } from '../core/model/projectFile'
import { buildMethod, buildProject, buildRestApi, deployed, mockIntegration } from '../testing/builders'
import { serve } from './serve'

function capture() {
  let out = ''
  let err = ''
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } },
    out: () => out,
    err: () => err,
  }
}

function projectFile(responseTemplate = '{"pets":["Rex"]}'): string {
  const api = buildRestApi({
    id: 'abc123defg',
    name: 'Pets',
    paths: {
      '/pets': {
        GET: buildMethod('GET', {
          integration: mockIntegration({ responses: { '200': responseTemplate } }),
        }),
      },
    },
  })
  const project = deployed(buildProject({ restApis: [api] }), api.id, 'dev')
  const dir = mkdtempSync(join(tmpdir(), 'gatewright-serve-'))
  const file = join(dir, 'pets.gatewright.json')
  writeFileSync(file, serializeProject(project))
  return file
}

describe('gatewright serve', () => {
  it('a template that does not compile still lets the server start (its stage is compiled ahead) and fails only its request', async () => {
    const c = capture()
    const stop = new AbortController()
    let port = 0
    const done = serve([projectFile('#if($x'), '--port', '0'], c.io, {
      signal: stop.signal,
      onListening: (p) => (port = p),
    })
    while (port === 0) await new Promise((r) => setTimeout(r, 10))
    const res = await fetch(`http://127.0.0.1:${port}/dev/pets`)
    expect([res.status, await res.text()]).toEqual([500, '{"message": "Internal server error"}'])
    stop.abort()
    expect(await done).toBe(0)
  })

  it('serves a project file over HTTP, prints invoke URLs and a line per request, and stops cleanly', async () => {
    const c = capture()
    const stop = new AbortController()
    let port = 0
    const done = serve([projectFile(), '--port', '0'], c.io, {
      signal: stop.signal,
      onListening: (p) => (port = p),
    })
    while (port === 0) await new Promise((r) => setTimeout(r, 10))
    const byPath = await fetch(`http://127.0.0.1:${port}/dev/pets`)
    expect(byPath.status).toBe(200)
    expect(byPath.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/)
    const missing = await fetch(`http://127.0.0.1:${port}/dev/cats`)
    expect([missing.status, await missing.text()]).toEqual([
      403,
      '{"message":"Missing Authentication Token"}',
    ])
    stop.abort()
    expect(await done).toBe(0)
    expect(c.out()).toContain(`Gatewright serving 1 stage on http://127.0.0.1:${port}`)
    expect(c.out()).toContain(`http://127.0.0.1:${port}/dev/`)
    expect(c.out()).toContain('Host: abc123defg.execute-api.us-east-1.amazonaws.com')
    expect(c.out()).toMatch(/GET \/dev\/pets 200 \d+\.\d ms/)
    expect(c.out()).toMatch(/GET \/dev\/cats 403 \d+\.\d ms/)
    expect(c.out()).toContain('Stopped.')
  })
  it('serves an OpenAPI file deployed to --stage with --stage-variables', async () => {
    const backend = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ backendSaw: req.url }))
    })
    await new Promise<void>((r) => backend.listen(0, '127.0.0.1', r))
    const backendPort = (backend.address() as AddressInfo).port
    const dir = mkdtempSync(join(tmpdir(), 'gatewright-serve-'))
    const file = join(dir, 'orders.yaml')
    writeFileSync(
      file,
      [
        'openapi: 3.0.1',
        'info: { title: Orders, version: "1" }',
        'paths:',
        '  /orders/{id}:',
        '    get:',
        '      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]',
        "      responses: { '200': { description: ok } }",
        '      x-amazon-apigateway-integration:',
        '        type: http',
        '        httpMethod: GET',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS's stage-variable syntax, not a JS template
        "        uri: 'http://${stageVariables.backend}/v2/orders/{id}'",
        '        requestParameters: { integration.request.path.id: method.request.path.id }',
        "        responses: { default: { statusCode: '200' } }",
        '',
      ].join('\n'),
    )
    const c = capture()
    const stop = new AbortController()
    let port = 0
    const done = serve(
      [
        file,
        '--port',
        '0',
        '--stage',
        'prod',
        '--stage-variables',
        JSON.stringify({ backend: `127.0.0.1:${backendPort}` }),
        '--quiet',
      ],
      c.io,
      { signal: stop.signal, onListening: (p) => (port = p) },
    )
    try {
      while (port === 0) await new Promise((r) => setTimeout(r, 10))
      const res = await fetch(`http://127.0.0.1:${port}/prod/orders/42`)
      expect(await res.json()).toEqual({ backendSaw: '/v2/orders/42' })
      expect(c.out()).toContain(`http://127.0.0.1:${port}/prod/`)
      expect(c.out()).not.toMatch(/GET \/prod/)
    } finally {
      stop.abort()
      await done
      backend.close()
    }
  })
  it('rejects bad options with usage and exit code 2', async () => {
    const c = capture()
    expect(await serve(['--port', 'x', 'a.json'], c.io)).toBe(2)
    expect(c.err()).toContain('--port must be a port number')
    expect(await serve([], c.io)).toBe(2)
    expect(await serve(['a.json', '--stage-variables', '[1]'], c.io)).toBe(2)
  })
})
