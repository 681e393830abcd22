import { describe, expect, it } from 'vitest'
import {
  buildHttpApi,
  buildMethod,
  buildProject,
  buildRestApi,
  deployed,
  mockIntegration,
} from '../../testing/builders'
import { exportApi, exportFileName } from './exportApi'

const api = buildRestApi({
  id: 'api1234567',
  name: 'Pet Store',
  paths: { '/pets': { GET: buildMethod('GET', { integration: mockIntegration() }) } },
})

function paths(outcome: ReturnType<typeof exportApi>): string[] {
  if (!outcome.ok) throw new Error(outcome.message)
  return Object.keys(outcome.result.document.paths as Record<string, unknown>)
}

describe('exportApi', () => {
  it('exports the working copy when no stage is chosen', () => {
    const project = buildProject({ restApis: [api] })
    const outcome = exportApi(project, api.id, { flavour: 'oas30', format: 'json' })
    expect(outcome.ok && outcome.source).toEqual({ kind: 'working-copy' })
    expect(paths(outcome)).toEqual(['/pets'])
    expect(outcome.ok && JSON.parse(outcome.result.text).openapi).toMatch(/^3\.0/)
  })

  it('exports what a stage serves (its deployment), not later edits, as AWS exports a deployed stage', () => {
    const project = deployed(buildProject({ restApis: [api] }), api.id, 'dev')
    const edited = {
      ...project,
      restApis: [
        buildRestApi({
          ...api,
          paths: { '/pets': { GET: buildMethod('GET') }, '/owners': { GET: buildMethod('GET') } },
        }),
      ],
    }
    const dev = exportApi(edited, api.id, { stageName: 'dev', flavour: 'swagger2', format: 'json' })
    expect(dev.ok && dev.source.kind).toBe('deployment')
    expect(paths(dev)).toEqual(['/pets'])
    expect(dev.ok && dev.result.document.basePath).toBe('/dev')
    expect(paths(exportApi(edited, api.id, { flavour: 'swagger2' })).sort()).toEqual(['/owners', '/pets'])
  })

  it('reports what the export cannot do instead of throwing', () => {
    const project = buildProject({ httpApis: [buildHttpApi({ id: 'http000001' })] })
    expect(exportApi(project, 'http000001', { flavour: 'swagger2' })).toEqual({
      ok: false,
      message: expect.stringMatching(/HTTP APIs export as OpenAPI 3\.0 only/),
    })
    expect(exportApi(project, 'nope', {})).toEqual({
      ok: false,
      message: expect.stringMatching(/no REST or HTTP API/),
    })
  })
})

describe('exportFileName', () => {
  it('names the file after the API, stage, flavour and format', () => {
    expect(exportFileName('Pet Store', 'dev', 'oas30', 'yaml')).toBe('pet-store-dev-oas30.yaml')
    expect(exportFileName('Pet Store', undefined, 'swagger2', 'json')).toBe('pet-store-swagger.json')
    expect(exportFileName('¡¡!!', '$default', 'oas30', 'json')).toBe('api-default-oas30.json')
  })
})
