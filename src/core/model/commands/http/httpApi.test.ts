import { describe, expect, it } from 'vitest'
import { buildHttpApi, buildProject, buildRestApi, buildStage } from '../../../../testing/builders'
import { putRestApi } from '../rest/restApi'
import { deleteHttpApi, putHttpApi, renameHttpApi } from './httpApi'

describe('HTTP API commands', () => {
  const api = buildHttpApi({ name: 'H' })
  const project = putHttpApi.apply(buildProject({ stages: [buildStage(api.id, '$default')] }), { api })
  it('adds, replaces, renames and deletes (with its stages)', () => {
    expect(project.httpApis).toEqual([api])
    expect(putHttpApi.apply(project, { api: { ...api, name: 'H2' } }).httpApis.map((a) => a.name)).toEqual([
      'H2',
    ])
    expect(renameHttpApi.apply(project, { apiId: api.id, name: 'Renamed' }).httpApis[0]!.name).toBe('Renamed')
    const gone = deleteHttpApi.apply(project, { apiId: api.id })
    expect(gone.httpApis).toEqual([])
    expect(gone.stages).toEqual([])
  })
  it('refuses id clashes between REST and HTTP APIs', () => {
    const rest = buildRestApi({ id: api.id })
    expect(() => putRestApi.apply(project, { api: rest })).toThrow(/HTTP API already uses the id/)
    expect(() => renameHttpApi.apply(project, { apiId: 'nope', name: 'x' })).toThrow(/no HTTP API/)
  })
})
