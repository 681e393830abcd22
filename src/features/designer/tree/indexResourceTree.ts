import type { HttpMethod, Resource, RestApi } from '../../../core/model/rest/RestApi'

/** One resource seen as a tree node: its full path, depth, children in display order and subtree size. */
export interface TreeEntry {
  resource: Resource
  /** `/`, `/pets`, `/pets/{petId}`. */
  path: string
  depth: number
  parentId?: string
  childIds: string[]
  /** Number of resources below this one (not counting itself). */
  descendantCount: number
}

export interface ResourceTreeIndex {
  rootId: string
  entries: Map<string, TreeEntry>
  /** Resource ids in depth-first display order (children sorted by path part). */
  order: string[]
  byPath: Map<string, string>
}

/** The order AWS's console lists methods in: ANY last, the rest alphabetically. */
export function sortMethods(methods: readonly HttpMethod[]): HttpMethod[] {
  return [...methods].sort((a, b) => (a === 'ANY' ? 1 : b === 'ANY' ? -1 : a.localeCompare(b)))
}

/**
 * Path parts sort like the AWS console's resource list: static parts before `{param}`
 * parts, `{proxy+}` last, each group alphabetically.
 */
export function comparePathParts(a: string, b: string): number {
  const rank = (p: string) => (p.endsWith('+}') ? 2 : p.startsWith('{') ? 1 : 0)
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)
}

/**
 * Builds the navigable tree of an API's flat resource map once, so the canvas, the list
 * view and search share it. Resources whose parent is missing are attached to the root
 * (the model's validation reports them; the designer still shows them).
 */
export function indexResourceTree(api: RestApi): ResourceTreeIndex {
  const children = new Map<string, string[]>()
  for (const r of Object.values(api.resources)) {
    if (r.id === api.rootResourceId) continue
    const parent = r.parentId !== undefined && api.resources[r.parentId] ? r.parentId : api.rootResourceId
    const list = children.get(parent)
    if (list) list.push(r.id)
    else children.set(parent, [r.id])
  }
  for (const list of children.values()) {
    list.sort((x, y) => comparePathParts(api.resources[x]!.pathPart, api.resources[y]!.pathPart))
  }

  const entries = new Map<string, TreeEntry>()
  const order: string[] = []
  const byPath = new Map<string, string>()
  const root = api.resources[api.rootResourceId]
  if (!root) return { rootId: api.rootResourceId, entries, order, byPath }

  // Iterative DFS (deep trees must not overflow the stack).
  const stack: { id: string; path: string; depth: number; parentId?: string }[] = [
    { id: root.id, path: '/', depth: 0 },
  ]
  const visited = new Set<string>()
  while (stack.length > 0) {
    const item = stack.pop()!
    if (visited.has(item.id)) continue
    visited.add(item.id)
    const resource = api.resources[item.id]!
    const childIds = (children.get(item.id) ?? []).filter((c) => !visited.has(c))
    const entry: TreeEntry = {
      resource,
      path: item.path,
      depth: item.depth,
      childIds,
      descendantCount: 0,
      ...(item.parentId === undefined ? {} : { parentId: item.parentId }),
    }
    entries.set(item.id, entry)
    order.push(item.id)
    if (!byPath.has(item.path)) byPath.set(item.path, item.id)
    for (let i = childIds.length - 1; i >= 0; i--) {
      const childId = childIds[i]!
      const part = api.resources[childId]!.pathPart
      stack.push({
        id: childId,
        path: item.path === '/' ? `/${part}` : `${item.path}/${part}`,
        depth: item.depth + 1,
        parentId: item.id,
      })
    }
  }
  // Subtree sizes, children before parents (reverse DFS order).
  for (let i = order.length - 1; i >= 0; i--) {
    const entry = entries.get(order[i]!)!
    let count = 0
    for (const c of entry.childIds) count += 1 + (entries.get(c)?.descendantCount ?? 0)
    entry.descendantCount = count
  }
  return { rootId: root.id, entries, order, byPath }
}

/** Ids of the resource's ancestors, root first (not including the resource). */
export function ancestorsOf(index: ResourceTreeIndex, resourceId: string): string[] {
  const out: string[] = []
  let cur = index.entries.get(resourceId)?.parentId
  while (cur !== undefined) {
    out.unshift(cur)
    cur = index.entries.get(cur)?.parentId
  }
  return out
}

/** Resources shown when the given ones are folded: depth-first, skipping folded subtrees. */
export function visibleResourceIds(index: ResourceTreeIndex, collapsed: ReadonlySet<string>): string[] {
  const out: string[] = []
  const stack = [index.rootId]
  while (stack.length > 0) {
    const id = stack.pop()!
    const entry = index.entries.get(id)
    if (!entry) continue
    out.push(id)
    if (collapsed.has(id)) continue
    for (let i = entry.childIds.length - 1; i >= 0; i--) stack.push(entry.childIds[i]!)
  }
  return out
}

/**
 * Which subtrees to fold when a big API is first opened, so the canvas starts readable:
 * expands breadth-first, level by level, while the visible count stays within `budget`.
 */
export function initialCollapsed(index: ResourceTreeIndex, budget = 150): string[] {
  if (index.entries.size <= budget) return []
  let visible = 1
  let frontier = [index.rootId]
  const expanded = new Set<string>()
  while (frontier.length > 0) {
    const next: string[] = []
    let levelCost = 0
    for (const id of frontier) levelCost += index.entries.get(id)?.childIds.length ?? 0
    if (visible + levelCost > budget && expanded.size > 0) break
    for (const id of frontier) {
      expanded.add(id)
      next.push(...(index.entries.get(id)?.childIds ?? []))
    }
    visible += levelCost
    frontier = next
  }
  return index.order.filter((id) => !expanded.has(id) && (index.entries.get(id)?.childIds.length ?? 0) > 0)
}

/** Case-insensitive path search: exact path first, then paths containing the query, shortest first. */
export function searchPaths(index: ResourceTreeIndex, query: string, limit = 20): string[] {
  const q = query.trim().toLowerCase()
  if (q === '') return []
  const exact: string[] = []
  const partial: { id: string; path: string }[] = []
  for (const id of index.order) {
    const path = index.entries.get(id)!.path
    const lower = path.toLowerCase()
    if (lower === q || lower === `/${q}`) exact.push(id)
    else if (lower.includes(q)) partial.push({ id, path })
  }
  partial.sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1))
  return [...exact, ...partial.map((p) => p.id)].slice(0, limit)
}
