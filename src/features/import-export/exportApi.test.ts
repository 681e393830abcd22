import { describe, expect, it } from 'vitest'
import type { Project } from '../../core/model/project'
import { type ExportOptions, exportOpenApi } from '../../core/openapi'
import { buildMethod, buildProject, buildRestApi, deployed, mockIntegration } from '../../testing/builders'
import { exportFileName, exportView } from './exportApi'

const api = buildRestApi({
  id: 'api1234567',
  name: 'Pet Store',
  paths: { '/pets': { GET: buildMethod('GET', { integration: mockIntegration() }) } },
})

/** What the panel does: the view for the stage, then the exporter (in a worker in the studio). */
function exported(project: Project, options: ExportOptions) {
  const { project: view, source } = exportView(project, api.id, options.stageName)
  const result = exportOpenApi(view, api.id, options)
  return { source, paths: Object.keys(result.document.paths as object).sort(), document: result.document }
}

describe('exportView', () => {
  it('is the working copy when no stage is chosen', () => {
    const project = buildProject({ restApis: [api] })
    const view = exportView(project, api.id, undefined)
    expect(view).toEqual({ project, source: { kind: 'working-copy' } })
    expect(view.project).toBe(project)
  })

  it('is what a stage serves (its deployment), not later edits, as AWS exports a deployed stage', () => {
    const project = deployed(buildProject({ restApis: [api] }), api.id, 'dev')
    const edited: Project = {
      ...project,
      restApis: [
        buildRestApi({
          ...api,
          paths: { '/pets': { GET: buildMethod('GET') }, '/owners': { GET: buildMethod('GET') } },
        }),
      ],
    }
    const dev = exported(edited, { stageName: 'dev', flavour: 'swagger2' })
    expect(dev.source.kind).toBe('deployment')
    expect(dev.paths).toEqual(['/pets'])
    expect(dev.document.basePath).toBe('/dev')
    expect(exported(edited, { flavour: 'swagger2' }).paths).toEqual(['/owners', '/pets'])
    expect(edited.restApis[0]?.resources).not.toBe(project.restApis[0]?.resources)
  })

  it('is the working copy for a stage never deployed', () => {
    const project = buildProject({
      restApis: [api],
      stages: [
        {
          apiId: api.id,
          stageName: 'beta',
          variables: {},
          methodSettings: {},
          tags: {},
          createdDate: '2025-01-01T00:00:00.000Z',
          lastUpdatedDate: '2025-01-01T00:00:00.000Z',
        },
      ],
    })
    expect(exportView(project, api.id, 'beta').source).toEqual({ kind: 'working-copy' })
  })
})

describe('exportFileName', () => {
  it('names the file after the API, stage, flavour and format', () => {
    expect(exportFileName('Pet Store', 'dev', 'oas30', 'yaml')).toBe('pet-store-dev-oas30.yaml')
    expect(exportFileName('Pet Store', undefined, 'swagger2', 'json')).toBe('pet-store-swagger.json')
    expect(exportFileName('¡¡!!', '$default', 'oas30', 'json')).toBe('api-default-oas30.json')
  })
})
