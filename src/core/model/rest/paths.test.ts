import { describe, expect, it } from 'vitest'
import { buildMethod, buildRestApi } from '../../../testing/builders'
import { checkPathPart, parsePathPart } from './pathPart'
import {
  childResources,
  findResourceByPath,
  resourcePath,
  resourcePaths,
  splitPath,
  subtreeIds,
} from './paths'

const api = buildRestApi({
  paths: { '/pets/{petId}/toys': { GET: buildMethod('GET') }, '/owners': { GET: buildMethod('GET') } },
})

describe('resource paths', () => {
  it('builds a path from the flat tree and finds a resource by its path', () => {
    const toys = findResourceByPath(api, '/pets/{petId}/toys')
    expect(toys?.pathPart).toBe('toys')
    expect(resourcePath(api, toys!.id)).toBe('/pets/{petId}/toys')
    expect(resourcePath(api, api.rootResourceId)).toBe('/')
    expect(findResourceByPath(api, '/pets/')?.pathPart).toBe('pets')
    expect(findResourceByPath(api, '/cats')).toBeUndefined()
    expect(resourcePath(api, 'nope')).toBeUndefined()
  })
  it('computes every path in one pass', () => {
    const all = resourcePaths(api)
    expect([...all.values()].sort()).toEqual(['/', '/owners', '/pets', '/pets/{petId}', '/pets/{petId}/toys'])
  })
  it('lists children sorted and whole subtrees', () => {
    expect(childResources(api, api.rootResourceId).map((r) => r.pathPart)).toEqual(['owners', 'pets'])
    const pets = findResourceByPath(api, '/pets')!
    expect(subtreeIds(api, pets.id).size).toBe(3)
    expect(splitPath('/a//b/')).toEqual(['a', 'b'])
  })
})

describe('path parts', () => {
  it('accepts AWS path parts', () => {
    for (const ok of ['pets', 'v1.0', 'a-b_c', 'events:batch', '{id}', '{proxy+}'])
      expect(checkPathPart(ok)).toBeUndefined()
    expect(parsePathPart('{proxy+}')).toEqual({ kind: 'greedy', name: 'proxy' })
    expect(parsePathPart('{id}')).toEqual({ kind: 'variable', name: 'id' })
  })
  it('rejects what AWS rejects, with its message', () => {
    expect(checkPathPart('{id}.json')).toMatch(
      /^Resource's path part only allow a-zA-Z0-9._- and curly braces/,
    )
    expect(checkPathPart('token#refresh')).toMatch(/path part only allow/)
    expect(checkPathPart('a b')).toMatch(/path part only allow/)
    expect(checkPathPart('')).toMatch(/empty/)
    expect(checkPathPart('a/b')).toMatch(/one segment/)
  })
})
