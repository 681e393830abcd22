import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import {
  buildHttpApi,
  buildMethod,
  buildProject,
  buildRestApi,
  mockIntegration,
} from '../../testing/builders'
import { runOpenApiExport } from './runOpenApiExport'

const api = buildRestApi({
  id: 'api1234567',
  name: 'Pets',
  paths: { '/pets': { GET: buildMethod('GET', { integration: mockIntegration() }) } },
})

describe('runOpenApiExport', () => {
  it('returns the text and the omissions, timed', () => {
    let t = 0
    const outcome = runOpenApiExport(
      {
        project: buildProject({ restApis: [api] }),
        apiId: api.id,
        options: { flavour: 'swagger2', format: 'yaml', extensions: 'none' },
      },
      () => (t += 7),
    )
    if (!outcome.ok) throw new Error(outcome.message)
    const doc = load(outcome.text) as Record<string, unknown>
    expect(doc.swagger).toBe('2.0')
    expect(Object.keys(doc.paths as object)).toEqual(['/pets'])
    expect(outcome.text).not.toContain('x-amazon-apigateway-integration')
    expect(outcome.omitted.map((o) => o.what)).toContain('Integrations')
    expect(outcome.durationMs).toBe(7)
  })

  it('turns what cannot be exported into a message', () => {
    const project = buildProject({ httpApis: [buildHttpApi({ id: 'http000001' })] })
    expect(
      runOpenApiExport({ project, apiId: 'http000001', options: { flavour: 'swagger2' } }, () => 0),
    ).toEqual({
      ok: false,
      message: expect.stringMatching(/OpenAPI 3\.0 only/),
    })
  })
})
