import { describe, expect, it } from 'vitest'
import { indexResourceTree, visibleResourceIds } from '../tree/indexResourceTree'
import { apiFromPaths, generatedPaths, apiFromPaths as pathsApi } from '../tree/testApi'
import {
  DAGRE_MAX_NODES,
  layoutResourceGraph,
  layoutTreeLinear,
  RESOURCE_NODE_HEIGHT,
  RESOURCE_NODE_WIDTH,
} from './layoutResourceGraph'

describe('layoutResourceGraph', () => {
  const api = apiFromPaths(['/pets/{petId}/toys', '/pets/search', '/orders', '/users/{id}'])
  const index = indexResourceTree(api)
  const layout = layoutResourceGraph(index, visibleResourceIds(index, new Set()))
  const pos = (path: string) => layout.nodes.find((n) => n.id === index.byPath.get(path))!

  it('places each level one column to the right of its parent', () => {
    expect(pos('/pets').x).toBeGreaterThan(pos('/').x + RESOURCE_NODE_WIDTH)
    expect(pos('/pets/{petId}').x).toBeGreaterThan(pos('/pets').x + RESOURCE_NODE_WIDTH)
    expect(pos('/orders').x).toBe(pos('/pets').x)
  })

  it('keeps siblings in list order from top to bottom without overlapping', () => {
    const ys = ['/orders', '/pets', '/users'].map((p) => pos(p).y)
    expect(ys[0]! + RESOURCE_NODE_HEIGHT).toBeLessThanOrEqual(ys[1]!)
    expect(ys[1]! + RESOURCE_NODE_HEIGHT).toBeLessThanOrEqual(ys[2]!)
  })

  it('has one edge per parent-child pair that is visible', () => {
    expect(layout.edges).toHaveLength(index.entries.size - 1)
    const folded = layoutResourceGraph(
      index,
      visibleResourceIds(index, new Set([index.byPath.get('/pets')!])),
    )
    expect(folded.nodes.map((n) => index.entries.get(n.id)!.path)).not.toContain('/pets/search')
    expect(folded.edges).toHaveLength(folded.nodes.length - 1)
  })
})

describe('layoutTreeLinear (very large trees)', () => {
  const index = indexResourceTree(pathsApi(generatedPaths(2000)))
  const ids = visibleResourceIds(index, new Set())
  const layout = layoutTreeLinear(index, ids)
  const at = new Map(layout.nodes.map((n) => [n.id, n]))

  it('is what layoutResourceGraph uses above the dagre limit', () => {
    expect(ids.length).toBeGreaterThan(DAGRE_MAX_NODES)
    expect(layoutResourceGraph(index, ids)).toEqual(layout)
  })

  it('puts each depth in its own column and never overlaps nodes of a column', () => {
    const byColumn = new Map<number, number[]>()
    for (const n of layout.nodes) {
      const depth = index.entries.get(n.id)!.depth
      expect(n.x).toBe(16 + depth * (RESOURCE_NODE_WIDTH + 48))
      byColumn.set(n.x, [...(byColumn.get(n.x) ?? []), n.y])
    }
    for (const ys of byColumn.values()) {
      ys.sort((a, b) => a - b)
      for (let i = 1; i < ys.length; i++)
        expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(RESOURCE_NODE_HEIGHT)
    }
  })

  it('centres each parent on its children and keeps one edge per child', () => {
    for (const id of ids) {
      const children = index.entries.get(id)!.childIds
      if (children.length === 0) continue
      const ys = children.map((c) => at.get(c)!.y)
      expect(at.get(id)!.y).toBeCloseTo((ys[0]! + ys[ys.length - 1]!) / 2)
    }
    expect(layout.edges).toHaveLength(ids.length - 1)
  })
})
