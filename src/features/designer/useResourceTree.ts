import { useMemo } from 'react'
import type { RestApi } from '../../core/model/rest/RestApi'
import { useSelection } from '../../state/selectionStore'
import { indexResourceTree, initialCollapsed, type ResourceTreeIndex } from './tree/indexResourceTree'

const NO_FOLDS: readonly string[] = []

/**
 * The API's resource tree and which subtrees are folded. Until the user folds something,
 * big APIs start folded level by level (see `initialCollapsed`), so they open readable and fast.
 */
export function useResourceTree(api: RestApi): {
  index: ResourceTreeIndex
  collapsed: ReadonlySet<string>
  defaults: readonly string[]
} {
  const index = useMemo(() => indexResourceTree(api), [api])
  const stored = useSelection((s) => s.collapsed[api.id])
  const defaults = useMemo(() => (stored ? NO_FOLDS : initialCollapsed(index)), [stored, index])
  const collapsed = useMemo(() => new Set(stored ?? defaults), [stored, defaults])
  return { index, collapsed, defaults }
}
