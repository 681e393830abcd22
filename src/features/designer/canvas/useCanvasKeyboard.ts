import type { KeyboardEvent } from 'react'
import type { RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { type ResourceTreeIndex, sortMethods, visibleResourceIds } from '../tree/indexResourceTree'
import { useDesignerActions } from '../useDesignerActions'

/** True when a key press belongs to a text field rather than to the canvas. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

/**
 * The canvas keyboard: arrows walk the tree (Left/Right fold and unfold), Enter opens the
 * selected method's flow, N creates a child resource, M a method, F2 renames, Delete asks to
 * delete, Shift+F10 or the Menu key opens the context menu, `/` jumps to the path search.
 */
export function useCanvasKeyboard({
  api,
  index,
  collapsed,
  defaults,
  reveal,
  openMenu,
}: {
  api: RestApi
  index: ResourceTreeIndex
  collapsed: ReadonlySet<string>
  defaults: readonly string[]
  reveal(resourceId: string): void
  openMenu(resourceId: string): void
}) {
  const actions = useDesignerActions(api.id)
  return (e: KeyboardEvent<HTMLElement>, closeMenu: () => void) => {
    if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return
    const s = selectionStore.getState()
    const current = s.resourceId && index.entries.has(s.resourceId) ? s.resourceId : undefined
    const entry = current ? index.entries.get(current) : undefined
    const visible = () => visibleResourceIds(index, collapsed)
    const handled = () => {
      e.preventDefault()
      e.stopPropagation()
      closeMenu()
    }
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        handled()
        const order = visible()
        const i = current ? order.indexOf(current) : -1
        const next =
          e.key === 'ArrowDown' ? order[Math.min(i + 1, order.length - 1)] : order[Math.max(i - 1, 0)]
        if (next) reveal(next)
        return
      }
      case 'Home':
      case 'End': {
        handled()
        const order = visible()
        const target = e.key === 'Home' ? order[0] : order[order.length - 1]
        if (target) reveal(target)
        return
      }
      case 'ArrowRight':
        handled()
        if (!entry) return reveal(index.rootId)
        if (entry.childIds.length === 0) return
        if (collapsed.has(entry.resource.id)) s.toggleCollapsed(api.id, entry.resource.id, defaults)
        else reveal(entry.childIds[0]!)
        return
      case 'ArrowLeft':
        handled()
        if (!entry) return reveal(index.rootId)
        if (entry.childIds.length > 0 && !collapsed.has(entry.resource.id)) {
          s.toggleCollapsed(api.id, entry.resource.id, defaults)
        } else if (entry.parentId !== undefined) reveal(entry.parentId)
        return
      case 'Enter': {
        if (!entry) return
        handled()
        const method = s.httpMethod ?? sortMethods(Object.keys(entry.resource.methods) as never[])[0]
        if (method) s.selectMethod(entry.resource.id, method, true)
        else s.inspect({ kind: 'resource' })
        return
      }
      case 'n':
      case 'N':
        if (!entry) return
        handled()
        return actions.createChild(entry.resource.id)
      case 'm':
      case 'M':
        if (!entry) return
        handled()
        return actions.addMethod(entry.resource.id)
      case 'F2':
        if (!entry || entry.parentId === undefined) return
        handled()
        return actions.startRename(entry.resource.id)
      case 'Delete':
      case 'Backspace':
        if (!entry) return
        if (!s.httpMethod && entry.parentId === undefined) return
        handled()
        return actions.requestDelete(entry.resource.id, s.httpMethod)
      case 'ContextMenu':
        if (!entry) return
        handled()
        return openMenu(entry.resource.id)
      case 'F10':
        if (!e.shiftKey || !entry) return
        handled()
        return openMenu(entry.resource.id)
      case '/': {
        handled()
        const input = (e.currentTarget as HTMLElement).querySelector<HTMLInputElement>('[data-canvas-search]')
        input?.focus()
        return
      }
    }
  }
}
