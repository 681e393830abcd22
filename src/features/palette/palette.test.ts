import { describe, expect, it } from 'vitest'
import { createSelectionStore } from '../../state/selectionStore'
import { buildMethod, buildProject, buildRestApi, resourceIdFor } from '../../testing/builders'
import { indexResourceTree, initialCollapsed } from '../designer/tree/indexResourceTree'
import { goTo } from './goTo'
import { paletteItems } from './paletteItems'
import { rankPaletteItems } from './rankPaletteItems'

const pets = buildRestApi({
  id: 'pets000001',
  name: 'PetStore',
  paths: {
    '/pets': { GET: buildMethod('GET'), POST: buildMethod('POST') },
    '/pets/{petId}': { GET: buildMethod('GET'), DELETE: buildMethod('DELETE') },
    '/pets/{petId}/toys': { ANY: buildMethod('ANY') },
    '/cats/pets': { GET: buildMethod('GET') },
    '/stores': {},
  },
})
const project = buildProject({ restApis: [pets] })
const labels = (query: string, limit?: number) =>
  rankPaletteItems(paletteItems(project), query, limit).map((i) => i.label)

describe('palette items', () => {
  it('lists the API, its methods (AWS console order), its resources in tree order and its screens', () => {
    const items = paletteItems(project)
    expect(items[0]).toMatchObject({ label: 'PetStore', detail: 'REST API' })
    expect(items.filter((i) => i.target.kind === 'method').map((i) => i.label)).toEqual([
      'GET /cats/pets',
      'GET /pets',
      'POST /pets',
      'DELETE /pets/{petId}',
      'GET /pets/{petId}',
      'ANY /pets/{petId}/toys',
    ])
    expect(items.filter((i) => i.target.kind === 'resource').map((i) => i.label)).toEqual([
      '/',
      '/cats',
      '/cats/pets',
      '/pets',
      '/pets/{petId}',
      '/pets/{petId}/toys',
      '/stores',
    ])
    expect(items.filter((i) => i.target.kind === 'screen').map((i) => i.label)).toContain('Gateway responses')
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length)
  })

  it('names the API in each screen entry only when the project has several', () => {
    const two = buildProject({ restApis: [pets, { ...buildRestApi({ id: 'other00001', name: 'Other' }) }] })
    const stages = paletteItems(two).filter((i) => i.label === 'Stages')
    expect(stages.map((i) => i.detail)).toEqual(['PetStore · API screen', 'Other · API screen'])
    expect(paletteItems(project).find((i) => i.label === 'Stages')?.detail).toBe('API screen')
  })
})

describe('ranking what was typed', () => {
  it('needs every word; a method and a path together find the method first', () => {
    expect(labels('get pets').slice(0, 2)).toEqual(['GET /pets', 'GET /cats/pets'])
    expect(labels('delete petid')).toEqual(['DELETE /pets/{petId}'])
    expect(labels('nothing like this')).toEqual([])
  })

  it('prefers the start of the label or of a path segment, then shorter labels', () => {
    expect(labels('/pets')[0]).toBe('/pets')
    expect(labels('toys')).toEqual(['/pets/{petId}/toys', 'ANY /pets/{petId}/toys'])
    expect(labels('stag')[0]).toBe('Stages')
  })

  it('finds letters in order in the label, after substrings, and words only in the detail last', () => {
    expect(labels('gpid')).toEqual(['GET /pets/{petId}'])
    // "resource" is only in the detail of the resource entries
    const r = labels('resource stores')
    expect(r).toEqual(['/stores'])
  })

  it('keeps the items in order for an empty query, up to the limit', () => {
    expect(labels('', 3)).toEqual(['PetStore', 'GET /cats/pets', 'GET /pets'])
  })
})

describe('going to an entry', () => {
  const toys = resourceIdFor('/pets/{petId}/toys')

  it("selects a method, opens its flow and unfolds the resource's ancestors, keeping other folds", () => {
    const store = createSelectionStore()
    store.getState().setCollapsed(pets.id, [resourceIdFor('/pets'), resourceIdFor('/cats')])
    goTo({ kind: 'method', apiId: pets.id, resourceId: toys, httpMethod: 'ANY' }, project, store)
    const s = store.getState()
    expect([s.apiId, s.resourceId, s.httpMethod, s.view, s.target.kind]).toEqual([
      pets.id,
      toys,
      'ANY',
      'flow',
      'methodRequest',
    ])
    expect(s.collapsed[pets.id]).toEqual([resourceIdFor('/cats')])
  })

  it("unfolds from the canvas's default folds when the user has folded nothing", () => {
    // big enough that the canvas opens it folded
    const paths: Record<string, Record<string, ReturnType<typeof buildMethod>>> = {
      '/pets/{petId}/toys': { GET: buildMethod('GET') },
    }
    for (let i = 0; i < 200; i++) paths[`/pets/{petId}/t${i}/x`] = {}
    const big = buildRestApi({ id: 'big0000001', name: 'Big', paths })
    const bigProject = buildProject({ restApis: [big] })
    const defaults = initialCollapsed(indexResourceTree(big))
    expect(defaults).toContain(resourceIdFor('/pets/{petId}'))
    const store = createSelectionStore()
    goTo({ kind: 'method', apiId: big.id, resourceId: toys, httpMethod: 'GET' }, bigProject, store)
    const stored = store.getState().collapsed[big.id]
    expect(stored).toBeDefined()
    expect(stored).not.toContain(resourceIdFor('/pets/{petId}'))
    expect(stored).not.toContain(resourceIdFor('/pets'))
    // the other default folds stay
    expect(stored).toEqual(
      defaults.filter((id) => id !== resourceIdFor('/pets/{petId}') && id !== resourceIdFor('/pets')),
    )
    expect(store.getState().resourceId).toBe(toys)
  })

  it('selects a resource in the resource view', () => {
    const store = createSelectionStore()
    store.getState().setView('flow')
    goTo({ kind: 'resource', apiId: pets.id, resourceId: toys }, project, store)
    expect([store.getState().resourceId, store.getState().view, store.getState().target.kind]).toEqual([
      toys,
      'resources',
      'resource',
    ])
  })

  it('opens an API screen and the API itself', () => {
    const store = createSelectionStore()
    goTo({ kind: 'screen', apiId: pets.id, target: { kind: 'stages' } }, project, store)
    expect([store.getState().apiId, store.getState().target]).toEqual([pets.id, { kind: 'stages' }])
    store.getState().selectMethod(toys, 'ANY', true)
    goTo({ kind: 'api', apiId: pets.id }, project, store)
    const s = store.getState()
    expect([s.resourceId, s.httpMethod, s.view, s.target.kind]).toEqual([
      undefined,
      undefined,
      'resources',
      'api',
    ])
  })

  it('does nothing for an API or resource that is gone', () => {
    const store = createSelectionStore()
    goTo({ kind: 'resource', apiId: 'nope', resourceId: toys }, project, store)
    goTo({ kind: 'resource', apiId: pets.id, resourceId: 'gone' }, project, store)
    expect(store.getState().resourceId).toBeUndefined()
  })
})
