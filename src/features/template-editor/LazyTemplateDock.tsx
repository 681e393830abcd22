import { lazy, Suspense } from 'react'
import { useSelection } from '../../state/selectionStore'

const TemplateDock = lazy(() => import('./dock/TemplateDock'))

/** The docked editor, loaded on first use (it brings Monaco, the VTL engine's preview and ajv). */
export function LazyTemplateDock() {
  const open = useSelection((s) => s.editor !== undefined)
  if (!open) return null
  return (
    <Suspense fallback={<div style={{ padding: 12, color: 'var(--color-text-muted)' }}>Loading editor…</div>}>
      <TemplateDock />
    </Suspense>
  )
}

/** Whether the dock has something to show (for the layout around it). */
export function useDockOpen(): boolean {
  return useSelection((s) => s.editor !== undefined)
}
