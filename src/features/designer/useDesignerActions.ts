import { useMemo } from 'react'
import { deleteMethod, deleteResource, moveResource, renameResource } from '../../core/model/commands'
import type { HttpMethod } from '../../core/model/rest/RestApi'
import { selectionStore } from '../../state/selectionStore'
import { useDispatch } from '../../state/useProjectStore'

/**
 * Edits of the resource tree shared by the canvas, its context menu, the list view and the
 * keyboard. Creating and renaming happen in the inspector's inline forms; deleting asks first.
 * Every edit is a named command dispatched through the project store, hence undoable.
 */
export function useDesignerActions(apiId: string) {
  const dispatch = useDispatch()
  return useMemo(
    () => ({
      createChild(parentId: string) {
        selectionStore.getState().selectResource(parentId)
        selectionStore.getState().inspect({ kind: 'createResource', parentId })
      },
      addMethod(resourceId: string) {
        selectionStore.getState().selectResource(resourceId)
        selectionStore.getState().inspect({ kind: 'createMethod', resourceId })
      },
      startRename(resourceId: string) {
        selectionStore.getState().selectResource(resourceId)
        selectionStore.getState().inspect({ kind: 'resource', focus: 'pathPart' })
        focusField('resource-name')
      },
      startMove(resourceId: string) {
        selectionStore.getState().selectResource(resourceId)
        selectionStore.getState().inspect({ kind: 'resource', focus: 'parent' })
        focusField('resource-parent')
      },
      rename(resourceId: string, pathPart: string) {
        return dispatch(renameResource, { apiId, resourceId, pathPart })
      },
      move(resourceId: string, newParentId: string) {
        return dispatch(moveResource, { apiId, resourceId, newParentId })
      },
      requestDelete(resourceId: string, httpMethod?: HttpMethod) {
        selectionStore.getState().requestDelete({ apiId, resourceId, ...(httpMethod ? { httpMethod } : {}) })
      },
      confirmDelete(resourceId: string, httpMethod?: HttpMethod) {
        const result = httpMethod
          ? dispatch(deleteMethod, { apiId, resourceId, httpMethod })
          : dispatch(deleteResource, { apiId, resourceId })
        if (result.ok) {
          const s = selectionStore.getState()
          if (httpMethod) {
            if (s.resourceId === resourceId && s.httpMethod === httpMethod) s.selectResource(resourceId)
            if (s.view === 'flow') s.setView('resources')
          } else if (s.resourceId === resourceId) s.selectResource(undefined)
        }
        selectionStore.getState().requestDelete(undefined)
        return result
      },
    }),
    [apiId, dispatch],
  )
}

/** Puts the cursor in an inspector field once it is rendered (also when its form was already open). */
function focusField(name: string): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>(`#gw-inspector [name="${name}"]`)
      el?.focus()
      if (el instanceof HTMLInputElement) el.select()
    }),
  )
}

export type DesignerActions = ReturnType<typeof useDesignerActions>
