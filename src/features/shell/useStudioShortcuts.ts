import { useEffect } from 'react'
import type { ProjectStore } from '../../state/projectStore'
import { isEditableTarget } from './isEditableTarget'
import { layoutStore } from './layout'

export interface StudioShortcutHandlers {
  /** Ctrl/Cmd+S: write now (autosave runs anyway). */
  save: () => void
}

/**
 * The studio-wide keys: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redo, Ctrl/Cmd+B
 * explorer, Ctrl/Cmd+J console, Ctrl/Cmd+S save (`?` belongs to `ShortcutSheet`). Text fields
 * keep their own undo; Ctrl+T/W/N stay with the browser. List new keys in `shortcuts.ts`.
 */
export function useStudioShortcuts(store: ProjectStore, handlers: StudioShortcutHandlers): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const mod = event.metaKey || event.ctrlKey
      const key = event.key.toLowerCase()
      const editable = isEditableTarget(event.target)
      if (mod && !event.altKey) {
        if (key === 'z' || (key === 'y' && event.ctrlKey && !event.metaKey)) {
          if (editable) return
          event.preventDefault()
          const redo = key === 'y' || event.shiftKey
          if (redo) store.getState().redo()
          else store.getState().undo()
          return
        }
        if (event.shiftKey) return
        if (key === 's') {
          event.preventDefault()
          handlers.save()
        } else if (key === 'b') {
          event.preventDefault()
          layoutStore.getState().toggle('explorer')
        } else if (key === 'j') {
          event.preventDefault()
          layoutStore.getState().toggle('dock')
        }
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [store, handlers])
}
