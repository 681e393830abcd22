import { describe, expect, it } from 'vitest'
import type { Method } from '../../core/model/rest/RestApi'
import { indexResourceTree } from '../designer/tree/indexResourceTree'
import { apiFromPaths } from '../designer/tree/testApi'
import { explorerRows } from './explorerRows'

const get: Method = {
  httpMethod: 'GET',
  authorizationType: 'NONE',
  apiKeyRequired: false,
  requestParameters: {},
  requestModels: {},
  methodResponses: {},
}
const api = apiFromPaths(['/pets/{petId}', '/orders'], (path) =>
  path === '/pets' ? { GET: get, POST: { ...get, httpMethod: 'POST' } } : {},
)
const index = indexResourceTree(api)
const keys = (rows: ReturnType<typeof explorerRows>) =>
  rows.map((r) =>
    r.kind === 'resource'
      ? `${'  '.repeat(r.level - 1)}${r.label}`
      : `${'  '.repeat(r.level - 1)}${r.method}`,
  )

describe('explorerRows', () => {
  it('lists resources depth first with their methods before their children', () => {
    expect(keys(explorerRows(index, new Set()))).toEqual([
      '/',
      '  orders',
      '  pets',
      '    GET',
      '    POST',
      '    {petId}',
    ])
  })

  it('hides what a folded resource contains and says it is folded', () => {
    const pets = index.byPath.get('/pets')!
    const rows = explorerRows(index, new Set([pets]))
    expect(keys(rows)).toEqual(['/', '  orders', '  pets'])
    expect(rows[2]).toMatchObject({ kind: 'resource', expandable: true, expanded: false })
    expect(rows[1]).toMatchObject({ expandable: false, expanded: false })
  })

  it('filters by path, keeping ancestors and unfolding them', () => {
    const root = index.rootId
    expect(keys(explorerRows(index, new Set([root]), 'petid'))).toEqual([
      '/',
      '  pets',
      '    GET',
      '    POST',
      '    {petId}',
    ])
  })

  it('gives each row its parent for Left-arrow navigation', () => {
    const rows = explorerRows(index, new Set())
    const get = rows.find((r) => r.kind === 'method')!
    expect(get.parentKey).toBe(`r:${index.byPath.get('/pets')}`)
  })
})
