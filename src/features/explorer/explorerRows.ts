import type { HttpMethod } from '../../core/model/rest/RestApi'
import { type ResourceTreeIndex, sortMethods } from '../designer/tree/indexResourceTree'

export type ExplorerRow =
  | {
      kind: 'resource'
      key: string
      resourceId: string
      /** 1-based, as `aria-level` wants it. */
      level: number
      label: string
      path: string
      expandable: boolean
      expanded: boolean
      parentKey?: string
    }
  | {
      kind: 'method'
      key: string
      resourceId: string
      method: HttpMethod
      level: number
      path: string
      parentKey: string
    }

/**
 * The rows of the keyboard-operable resource list: each resource, then (when unfolded) its
 * methods and its child resources, depth first. A filter keeps the resources whose path
 * contains it plus their ancestors, unfolded.
 */
export function explorerRows(
  index: ResourceTreeIndex,
  collapsed: ReadonlySet<string>,
  filter = '',
): ExplorerRow[] {
  const q = filter.trim().toLowerCase()
  let keep: Set<string> | undefined
  if (q !== '') {
    keep = new Set()
    for (const id of index.order) {
      const entry = index.entries.get(id)!
      if (!entry.path.toLowerCase().includes(q)) continue
      let cur: string | undefined = id
      while (cur !== undefined && !keep.has(cur)) {
        keep.add(cur)
        cur = index.entries.get(cur)?.parentId
      }
    }
  }
  const rows: ExplorerRow[] = []
  const stack: string[] = [index.rootId]
  while (stack.length > 0) {
    const id = stack.pop()!
    const entry = index.entries.get(id)
    if (!entry || (keep && !keep.has(id))) continue
    const methods = sortMethods(Object.keys(entry.resource.methods) as HttpMethod[])
    const children = keep ? entry.childIds.filter((c) => keep.has(c)) : entry.childIds
    const expandable = methods.length > 0 || children.length > 0
    const expanded = expandable && (keep !== undefined || !collapsed.has(id))
    const key = `r:${id}`
    rows.push({
      kind: 'resource',
      key,
      resourceId: id,
      level: entry.depth + 1,
      label: entry.depth === 0 ? '/' : entry.resource.pathPart,
      path: entry.path,
      expandable,
      expanded,
      ...(entry.parentId !== undefined ? { parentKey: `r:${entry.parentId}` } : {}),
    })
    if (!expanded) continue
    for (const m of methods) {
      rows.push({
        kind: 'method',
        key: `m:${id}:${m}`,
        resourceId: id,
        method: m,
        level: entry.depth + 2,
        path: entry.path,
        parentKey: key,
      })
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  return rows
}
