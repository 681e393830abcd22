import { parsePathPart } from '../../../core/model/rest/pathPart'
import type { HttpMethod, RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { sortMethods } from '../tree/indexResourceTree'
import { useDesignerActions } from '../useDesignerActions'
import { FloatingMenu, type FloatingMenuItem } from './FloatingMenu'

/** Right-click (or Shift+F10) on a resource: the console's resource actions, with their keys. */
export function ResourceContextMenu({
  api,
  resourceId,
  x,
  y,
  onClose,
}: {
  api: RestApi
  resourceId: string
  x: number
  y: number
  onClose(): void
}) {
  const actions = useDesignerActions(api.id)
  const resource = api.resources[resourceId]
  if (!resource) return null
  const isRoot = resource.parentId === undefined
  const greedy = parsePathPart(resource.pathPart)?.kind === 'greedy'
  const methods = sortMethods(Object.keys(resource.methods) as HttpMethod[])
  const items: FloatingMenuItem[] = [
    {
      id: 'create-resource',
      label: 'Create resource',
      shortcut: 'N',
      disabled: greedy,
      onSelect: () => actions.createChild(resourceId),
    },
    {
      id: 'create-method',
      label: 'Create method',
      shortcut: 'M',
      onSelect: () => actions.addMethod(resourceId),
    },
    {
      id: 'enable-cors',
      label: 'Enable CORS',
      disabled: methods.length === 0,
      onSelect: () => {
        selectionStore.getState().selectResource(resourceId)
        selectionStore.getState().inspect({ kind: 'resource' })
        requestAnimationFrame(() =>
          document.getElementById('enable-cors')?.scrollIntoView({ block: 'nearest' }),
        )
      },
    },
    { kind: 'separator', id: 's1' },
    {
      id: 'rename',
      label: 'Rename',
      shortcut: 'F2',
      disabled: isRoot,
      onSelect: () => actions.startRename(resourceId),
    },
    { id: 'move', label: 'Move to…', disabled: isRoot, onSelect: () => actions.startMove(resourceId) },
  ]
  if (methods.length > 0) {
    items.push({ kind: 'separator', id: 's2' }, { kind: 'heading', id: 'h-methods', label: 'Methods' })
    for (const m of methods) {
      items.push({
        id: `open-${m}`,
        label: `Open ${m} flow`,
        onSelect: () => selectionStore.getState().selectMethod(resourceId, m, true),
      })
    }
    for (const m of methods) {
      items.push({
        id: `delete-${m}`,
        label: `Delete ${m} method`,
        danger: true,
        onSelect: () => actions.requestDelete(resourceId, m),
      })
    }
  }
  if (!isRoot) {
    items.push(
      { kind: 'separator', id: 's3' },
      {
        id: 'delete',
        label: 'Delete resource',
        shortcut: 'Del',
        danger: true,
        onSelect: () => actions.requestDelete(resourceId),
      },
    )
  }
  return (
    <FloatingMenu
      items={items}
      x={x}
      y={y}
      label={`Actions for ${resource.pathPart || '/'}`}
      onClose={onClose}
    />
  )
}
