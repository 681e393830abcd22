import { describe, expect, it } from 'vitest'
import {
  ancestorsOf,
  comparePathParts,
  indexResourceTree,
  initialCollapsed,
  searchPaths,
  sortMethods,
  visibleResourceIds,
} from './indexResourceTree'
import { apiFromPaths, generatedPaths } from './testApi'

const paths = (api: ReturnType<typeof apiFromPaths>, ids: string[]) =>
  ids.map((id) => indexResourceTree(api).entries.get(id)!.path)

describe('indexResourceTree', () => {
  const api = apiFromPaths(['/pets/{petId}/toys', '/pets/search', '/{proxy+}', '/orders', '/pets/{petId}'])

  it('gives every resource its full path and depth, depth first, static before {param} before {proxy+}', () => {
    const index = indexResourceTree(api)
    expect(index.order.map((id) => index.entries.get(id)!.path)).toEqual([
      '/',
      '/orders',
      '/pets',
      '/pets/search',
      '/pets/{petId}',
      '/pets/{petId}/toys',
      '/{proxy+}',
    ])
    expect(index.entries.get(index.byPath.get('/pets/{petId}/toys')!)!.depth).toBe(3)
  })

  it('counts descendants', () => {
    const index = indexResourceTree(api)
    expect(index.entries.get(index.rootId)!.descendantCount).toBe(6)
    expect(index.entries.get(index.byPath.get('/pets')!)!.descendantCount).toBe(3)
    expect(index.entries.get(index.byPath.get('/orders')!)!.descendantCount).toBe(0)
  })

  it('attaches a resource whose parent is missing to the root instead of losing it', () => {
    const broken = apiFromPaths(['/a'])
    broken.resources.orphan = { id: 'orphan', parentId: 'gone', pathPart: 'lost', methods: {} }
    const index = indexResourceTree(broken)
    expect(index.entries.get('orphan')!.path).toBe('/lost')
  })

  it('lists ancestors root first', () => {
    const index = indexResourceTree(api)
    const toys = index.byPath.get('/pets/{petId}/toys')!
    expect(paths(api, ancestorsOf(index, toys))).toEqual(['/', '/pets', '/pets/{petId}'])
  })

  it('hides folded subtrees but keeps the folded resource itself', () => {
    const index = indexResourceTree(api)
    const pets = index.byPath.get('/pets')!
    expect(paths(api, visibleResourceIds(index, new Set([pets])))).toEqual([
      '/',
      '/orders',
      '/pets',
      '/{proxy+}',
    ])
  })
})

describe('comparePathParts and sortMethods', () => {
  it('orders path parts like the console', () => {
    expect(['{proxy+}', '{id}', 'b', 'a'].sort(comparePathParts)).toEqual(['a', 'b', '{id}', '{proxy+}'])
  })
  it('puts ANY last', () => {
    expect(sortMethods(['POST', 'ANY', 'GET', 'DELETE'])).toEqual(['DELETE', 'GET', 'POST', 'ANY'])
  })
})

describe('initialCollapsed', () => {
  it('folds nothing in a small API', () => {
    expect(initialCollapsed(indexResourceTree(apiFromPaths(['/a/b/c'])))).toEqual([])
  })
  it('keeps a 2,000-resource API within the budget by folding whole levels', () => {
    const index = indexResourceTree(apiFromPaths(generatedPaths(2000)))
    expect(index.entries.size).toBe(2001)
    const folded = new Set(initialCollapsed(index, 150))
    const visible = visibleResourceIds(index, folded)
    expect(visible.length).toBeLessThanOrEqual(150)
    expect(visible.length).toBeGreaterThan(20)
    // Every visible resource with hidden children is folded, so nothing disappears silently.
    for (const id of visible) {
      const entry = index.entries.get(id)!
      const childrenShown = entry.childIds.every((c) => visible.includes(c))
      expect(childrenShown || folded.has(id)).toBe(true)
    }
  })
})

describe('searchPaths', () => {
  const index = indexResourceTree(apiFromPaths(['/pets/{petId}', '/petstore', '/orders/pets']))
  it('puts the exact path first, then shorter partial matches', () => {
    expect(searchPaths(index, '/pets').map((id) => index.entries.get(id)!.path)).toEqual([
      '/pets',
      '/petstore',
      '/orders/pets',
      '/pets/{petId}',
    ])
  })
  it('is case-insensitive and accepts a path without its leading slash', () => {
    expect(searchPaths(index, 'ORDERS').map((id) => index.entries.get(id)!.path)).toEqual([
      '/orders',
      '/orders/pets',
    ])
  })
  it('finds nothing for a blank query', () => {
    expect(searchPaths(index, '  ')).toEqual([])
  })
})
