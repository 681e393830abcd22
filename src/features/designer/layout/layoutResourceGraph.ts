import dagre from '@dagrejs/dagre'
import type { ResourceTreeIndex } from '../tree/indexResourceTree'

export const RESOURCE_NODE_WIDTH = 232
export const RESOURCE_NODE_HEIGHT = 66

export interface LaidOutNode {
  id: string
  /** Top-left corner, as React Flow positions nodes. */
  x: number
  y: number
}

export interface ResourceGraphLayout {
  nodes: LaidOutNode[]
  edges: { id: string; source: string; target: string }[]
  width: number
  height: number
}

/**
 * Lays out the visible part of the resource tree left to right with dagre. A tree has a
 * crossing-free order (depth-first, children sorted as in the list view), so we hand dagre
 * that order and skip its crossing-minimisation sweeps: same picture, a fraction of the time.
 */
export function layoutResourceGraph(
  index: ResourceTreeIndex,
  visibleIds: readonly string[],
): ResourceGraphLayout {
  const g = new dagre.graphlib.Graph()
  g.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 56, marginx: 16, marginy: 16, ranker: 'tight-tree' })
  g.setDefaultEdgeLabel(() => ({}))
  const visible = new Set(visibleIds)
  const edges: ResourceGraphLayout['edges'] = []
  for (const id of visibleIds) g.setNode(id, { width: RESOURCE_NODE_WIDTH, height: RESOURCE_NODE_HEIGHT })
  for (const id of visibleIds) {
    const parent = index.entries.get(id)?.parentId
    if (parent !== undefined && visible.has(parent)) {
      g.setEdge(parent, id)
      edges.push({ id: `${parent}->${id}`, source: parent, target: id })
    }
  }
  const position = new Map(visibleIds.map((id, i) => [id, i]))
  dagre.layout(g, {
    disableOptimalOrderHeuristic: true,
    customOrder: (graph) => {
      // Within each rank, order nodes by their depth-first position: no crossings in a tree.
      const byRank = new Map<number, string[]>()
      for (const v of graph.nodes()) {
        const rank = graph.node(v).rank ?? 0
        const list = byRank.get(rank)
        if (list) list.push(v)
        else byRank.set(rank, [v])
      }
      for (const list of byRank.values()) {
        list.sort((a, b) => dfsKey(graph, a, position) - dfsKey(graph, b, position))
        list.forEach((v, i) => {
          graph.node(v).order = i
        })
      }
    },
  })
  const nodes: LaidOutNode[] = visibleIds.map((id) => {
    const n = g.node(id)
    return { id, x: (n.x ?? 0) - RESOURCE_NODE_WIDTH / 2, y: (n.y ?? 0) - RESOURCE_NODE_HEIGHT / 2 }
  })
  const label = g.graph()
  return { nodes, edges, width: label.width ?? 0, height: label.height ?? 0 }
}

/**
 * dagre adds dummy nodes for long edges (none in a tree, whose edges span one rank) and keeps
 * the real ones under their own ids; dummies fall back to their edge's source position.
 */
function dfsKey(
  graph: { node(v: string): { edgeObj?: { v: string } } },
  v: string,
  position: Map<string, number>,
): number {
  const direct = position.get(v)
  if (direct !== undefined) return direct
  const source = graph.node(v).edgeObj?.v
  return (source !== undefined ? position.get(source) : undefined) ?? Number.MAX_SAFE_INTEGER
}
