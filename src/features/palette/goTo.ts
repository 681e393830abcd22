import type { Project } from '../../core/model/project'
import { type SelectionStore, selectionStore } from '../../state/selectionStore'
import { ancestorsOf, indexResourceTree, initialCollapsed } from '../designer/tree/indexResourceTree'
import type { PaletteTarget } from './paletteItems'

interface StoreLike {
  getState(): SelectionStore
}

/**
 * Takes the studio to a palette entry: selects the API, unfolds the resource's ancestors on
 * the canvas and in the list (folds the user made elsewhere stay), and selects the resource
 * (resource view), the method (its flow) or the API screen in the inspector.
 */
export function goTo(target: PaletteTarget, project: Project, store: StoreLike = selectionStore): void {
  const api = project.restApis.find((a) => a.id === target.apiId)
  if (!api) return
  store.getState().selectApi(api.id)
  switch (target.kind) {
    case 'api':
      store.getState().selectResource(undefined)
      store.getState().setView('resources')
      return
    case 'screen':
      store.getState().inspect(target.target)
      return
    case 'resource':
    case 'method': {
      if (!api.resources[target.resourceId]) return
      const index = indexResourceTree(api)
      const folded = store.getState().collapsed[api.id] ?? initialCollapsed(index)
      const ancestors = new Set(ancestorsOf(index, target.resourceId))
      if (folded.some((id) => ancestors.has(id))) {
        store.getState().setCollapsed(
          api.id,
          folded.filter((id) => !ancestors.has(id)),
        )
      }
      if (target.kind === 'method') {
        store.getState().selectMethod(target.resourceId, target.httpMethod, true)
      } else {
        store.getState().selectResource(target.resourceId)
        store.getState().setView('resources')
      }
    }
  }
}
