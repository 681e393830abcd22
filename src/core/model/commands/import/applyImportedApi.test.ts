import { describe, expect, it } from 'vitest'
import { buildHttpApi, buildMethod, buildProject, buildRestApi } from '../../../../testing/builders'
import { CommandError } from '../defineCommand'
import { applyImportedApi } from './applyImportedApi'

const existing = buildRestApi({
  id: 'existing01',
  name: 'Shop',
  paths: { '/a': { GET: buildMethod('GET') } },
})
const other = buildRestApi({ id: 'other00001', name: 'Other' })

describe('applyImportedApi', () => {
  it('adds a new REST API at the end, leaving the input untouched', () => {
    const before = buildProject({ restApis: [existing] })
    const imported = buildRestApi({
      id: 'new0000001',
      name: 'Pets',
      paths: { '/pets': { GET: buildMethod('GET') } },
    })
    const after = applyImportedApi.apply(before, {
      projectId: before.id,
      imported: { kind: 'rest', api: imported },
    })
    expect(after.restApis.map((a) => a.name)).toEqual(['Shop', 'Pets'])
    expect(after.restApis[1]).toBe(imported)
    expect(before.restApis).toEqual([existing])
    expect(after.httpApis).toBe(before.httpApis)
  })

  it('adds a new HTTP API to the HTTP APIs', () => {
    const before = buildProject()
    const api = buildHttpApi({ id: 'http000001', name: 'Hooks' })
    const after = applyImportedApi.apply(before, { projectId: before.id, imported: { kind: 'http', api } })
    expect(after.httpApis).toEqual([api])
    expect(after.restApis).toEqual([])
  })

  it('replaces the overwritten or merged API in place when it is unchanged since the import was prepared', () => {
    const before = buildProject({ restApis: [existing, other] })
    const merged = buildRestApi({
      id: 'existing01',
      name: 'Shop',
      paths: { '/a': { GET: buildMethod('GET') }, '/b': { POST: buildMethod('POST') } },
    })
    const after = applyImportedApi.apply(before, {
      projectId: before.id,
      imported: { kind: 'rest', api: merged },
      base: existing,
    })
    expect(after.restApis).toHaveLength(2)
    expect(after.restApis[0]).toBe(merged)
    expect(after.restApis[1]).toBe(other)
  })

  it('refuses when the target API was edited after the import was prepared', () => {
    const edited = { ...existing, name: 'Shop v2' }
    const project = buildProject({ restApis: [edited] })
    expect(() =>
      applyImportedApi.apply(project, {
        projectId: project.id,
        imported: { kind: 'rest', api: { ...existing, description: 'x' } },
        base: existing,
      }),
    ).toThrow(/changed after the import was checked/)
  })

  it('refuses when the target API was deleted, or the import belongs to another project', () => {
    const project = buildProject({ restApis: [other] })
    expect(() =>
      applyImportedApi.apply(project, {
        projectId: project.id,
        imported: { kind: 'rest', api: existing },
        base: existing,
      }),
    ).toThrow(/no longer exists/)
    expect(() =>
      applyImportedApi.apply(project, {
        projectId: 'another-project',
        imported: { kind: 'rest', api: existing },
      }),
    ).toThrow(CommandError)
  })

  it('refuses a new API whose id is already taken by a REST or an HTTP API', () => {
    const http = buildHttpApi({ id: 'existing01' })
    const withRest = buildProject({ restApis: [existing] })
    const withHttp = buildProject({ httpApis: [http] })
    const api = buildRestApi({ id: 'existing01' })
    expect(() =>
      applyImportedApi.apply(withRest, { projectId: withRest.id, imported: { kind: 'rest', api } }),
    ).toThrow(/already has an API with id "existing01"/)
    expect(() =>
      applyImportedApi.apply(withHttp, { projectId: withHttp.id, imported: { kind: 'rest', api } }),
    ).toThrow(/already has an API with id "existing01"/)
  })
})
