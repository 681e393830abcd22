import { mkdtempSync, writeFileSync } from 'node:fs'
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

function projectFile(): string {
  const api = buildRestApi({
    id: 'abc123defg',
    name: 'Pets',
    paths: {
      '/pets': {
        GET: buildMethod('GET', {
          integration: mockIntegration({ responses: { '200': '{"pets":["Rex"]}' } }),
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
  it('rejects bad options with usage and exit code 2', async () => {
    const c = capture()
    expect(await serve(['--port', 'x', 'a.json'], c.io)).toBe(2)
    expect(c.err()).toContain('--port must be a port number')
    expect(await serve([], c.io)).toBe(2)
    expect(await serve(['a.json', '--stage-variables', '[1]'], c.io)).toBe(2)
  })
})
