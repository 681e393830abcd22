import { describe, expect, it } from 'vitest'
import { buildMethod, buildProject, buildRestApi } from '../../../../testing/builders'
import { findResourceByPath, resourcePath } from '../../rest/paths'
import { CommandError } from '../defineCommand'
import { createResource, deleteResource, moveResource, renameResource } from './resource'

const api = buildRestApi({ paths: { '/pets/{petId}': { GET: buildMethod('GET') }, '/owners': {} } })
const project = buildProject({ restApis: [api] })
const apiId = api.id
const pets = findResourceByPath(api, '/pets')!

function apiOf(p: typeof project) {
  return p.restApis[0]!
}

describe('resource commands', () => {
  it('creates a child resource without touching the input', () => {
    const next = createResource.apply(project, { apiId, id: 'new1', parentId: pets.id, pathPart: 'toys' })
    expect(resourcePath(apiOf(next), 'new1')).toBe('/pets/toys')
    expect(apiOf(project).resources.new1).toBeUndefined()
  })
  it('refuses invalid path parts and duplicate siblings with AWS wording', () => {
    expect(() =>
      createResource.apply(project, { apiId, id: 'x', parentId: pets.id, pathPart: '{id}.json' }),
    ).toThrow(/path part only allow/)
    expect(() =>
      createResource.apply(project, { apiId, id: 'x', parentId: api.rootResourceId, pathPart: 'pets' }),
    ).toThrow('Another resource with the same parent already has this name: pets')
    expect(() =>
      createResource.apply(project, { apiId, id: 'x', parentId: pets.id, pathPart: '{other}' }),
    ).toThrow('A sibling ({petId}) of this resource already has a variable path part -- only one is allowed')
    expect(() =>
      createResource.apply(project, { apiId, id: 'x', parentId: pets.id, pathPart: '{proxy+}' }),
    ).toThrow(/already has a variable path part/)
  })
  it('keeps {proxy+} the last segment', () => {
    const withProxy = createResource.apply(project, {
      apiId,
      id: 'px',
      parentId: api.rootResourceId,
      pathPart: '{proxy+}',
    })
    expect(() =>
      createResource.apply(withProxy, { apiId, id: 'y', parentId: 'px', pathPart: 'deeper' }),
    ).toThrow(/greedy path variable/)
    expect(() => renameResource.apply(project, { apiId, resourceId: pets.id, pathPart: '{proxy+}' })).toThrow(
      /last segment/,
    )
  })
  it('renames, moves and deletes whole subtrees', () => {
    const renamed = renameResource.apply(project, { apiId, resourceId: pets.id, pathPart: 'animals' })
    expect(findResourceByPath(apiOf(renamed), '/animals/{petId}')?.methods.GET).toBeDefined()
    const owners = findResourceByPath(api, '/owners')!
    const moved = moveResource.apply(project, { apiId, resourceId: pets.id, newParentId: owners.id })
    expect(findResourceByPath(apiOf(moved), '/owners/pets/{petId}')).toBeDefined()
    const petId = findResourceByPath(api, '/pets/{petId}')!
    expect(() => moveResource.apply(project, { apiId, resourceId: pets.id, newParentId: petId.id })).toThrow(
      /under itself/,
    )
    const deleted = deleteResource.apply(project, { apiId, resourceId: pets.id })
    expect(Object.keys(apiOf(deleted).resources).sort()).toEqual([api.rootResourceId, owners.id].sort())
    expect(() => deleteResource.apply(project, { apiId, resourceId: api.rootResourceId })).toThrow(
      CommandError,
    )
  })
  it('returns the same project when nothing changes', () => {
    expect(renameResource.apply(project, { apiId, resourceId: pets.id, pathPart: 'pets' })).toBe(project)
  })
})
