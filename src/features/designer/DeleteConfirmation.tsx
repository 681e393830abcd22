import type { RestApi } from '../../core/model/rest/RestApi'
import { selectionStore, useSelection } from '../../state/selectionStore'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { resourcePathOf } from './resourcePathOf'
import { indexResourceTree } from './tree/indexResourceTree'
import { useDesignerActions } from './useDesignerActions'

/** Asks before deleting a resource (with everything below it) or a method. Undo brings it back. */
export function DeleteConfirmation({ api }: { api: RestApi }) {
  const pending = useSelection((s) => s.pendingDelete)
  const actions = useDesignerActions(api.id)
  const open =
    pending !== undefined && pending.apiId === api.id && api.resources[pending.resourceId] !== undefined
  if (!open) return null
  const path = resourcePathOf(api, pending.resourceId)
  const below = pending.httpMethod
    ? 0
    : (indexResourceTree(api).entries.get(pending.resourceId)?.descendantCount ?? 0)
  const methodCount = pending.httpMethod ? 0 : Object.keys(api.resources[pending.resourceId]!.methods).length
  return (
    <ConfirmDialog
      open
      destructive
      title={pending.httpMethod ? `Delete ${pending.httpMethod} ${path}?` : `Delete resource ${path}?`}
      confirmLabel="Delete"
      onConfirm={() => actions.confirmDelete(pending.resourceId, pending.httpMethod)}
      onCancel={() => selectionStore.getState().requestDelete(undefined)}
    >
      {pending.httpMethod
        ? 'The method, its integration and its responses are removed.'
        : `The resource${methodCount > 0 ? `, its ${methodCount} method${methodCount === 1 ? '' : 's'}` : ''}${
            below > 0 ? ` and the ${below} resource${below === 1 ? '' : 's'} below it` : ''
          } are removed.`}{' '}
      Undo (Ctrl+Z) brings {pending.httpMethod ? 'it' : 'them'} back.
    </ConfirmDialog>
  )
}
