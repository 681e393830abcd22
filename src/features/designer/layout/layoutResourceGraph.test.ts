import { describe, expect, it } from 'vitest'
import { indexResourceTree, visibleResourceIds } from '../tree/indexResourceTree'
import { apiFromPaths } from '../tree/testApi'
import { layoutResourceGraph, RESOURCE_NODE_HEIGHT, RESOURCE_NODE_WIDTH } from './layoutResourceGraph'

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
