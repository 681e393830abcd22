import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import yaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { serializeProject } from '../core/model/projectFile'
import {
  buildMethod,
  buildProject,
  buildRestApi,
  deployed,
  methodResponse,
  mockIntegration,
} from '../testing/builders'
import { runCli } from './runCli'

function capture() {
  let out = ''
  let err = ''
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } },
    out: () => out,
    err: () => err,
  }
}

const api = buildRestApi({
  name: 'Pets',
  paths: {
    '/pets': {
      GET: buildMethod('GET', {
        integration: mockIntegration(),
        methodResponses: { '200': methodResponse('200') },
      }),
    },
  },
})
const dir = mkdtempSync(join(tmpdir(), 'gw-export-'))
const file = join(dir, 'pets.gatewright.json')
writeFileSync(file, serializeProject(deployed(buildProject({ restApis: [api] }), api.id, 'dev')))

describe('gatewright export', () => {
  it('prints OpenAPI 3.0 JSON with all extensions by default, and lists what stays in the project', async () => {
    const c = capture()
    expect(await runCli(['export', file], c.io)).toBe(0)
    const doc = JSON.parse(c.out())
    expect(doc.openapi).toBe('3.0.1')
    expect(doc.paths['/pets'].get['x-amazon-apigateway-integration'].type).toBe('mock')
    expect(c.err()).toContain('Not in this export (kept in the project file):\n  - Stages (dev)')
  })
  it('prints Swagger 2.0 YAML with a chosen extension set and stage', async () => {
    const c = capture()
    expect(
      await runCli(
        [
          'export',
          file,
          '--api',
          'Pets',
          '--flavour',
          'swagger2',
          '--format',
          'yaml',
          '--extensions',
          'none',
          '--stage',
          'dev',
        ],
        c.io,
      ),
    ).toBe(0)
    const doc = yaml.load(c.out()) as Record<string, unknown>
    expect(doc).toMatchObject({ swagger: '2.0', basePath: '/dev' })
    expect(c.out()).not.toContain('x-amazon-apigateway')
    expect(c.err()).toContain(
      '  - Integrations: The "none" extension set leaves out x-amazon-apigateway-integration.',
    )
  })
  it('explains a wrong API name or option', async () => {
    const c = capture()
    expect(await runCli(['export', file, '--api', 'Cats'], c.io)).toBe(1)
    expect(c.err()).toContain('There is no API "Cats" in the project; it has "Pets" (api1234567).')
    expect(await runCli(['export', file, '--format', 'xml'], c.io)).toBe(2)
    expect(c.err()).toContain('--format must be one of json, yaml')
  })
})
