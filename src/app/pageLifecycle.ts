import type { WorkspaceStore } from '../state/workspaceStore'

/**
 * Saves when the page is hidden or left (tab switch, close, reload, mobile backgrounding) —
 * `pagehide` and `visibilitychange` are the events browsers reliably fire then — and asks
 * the browser to warn before leaving while the latest changes could not be saved.
 */
export function bindPageLifecycle(workspace: WorkspaceStore): () => void {
  const save = () => void workspace.getState().saveNow()
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') save()
  }
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (workspace.getState().save.state === 'failed') event.preventDefault()
  }
  window.addEventListener('pagehide', save)
  document.addEventListener('visibilitychange', onVisibility)
  window.addEventListener('beforeunload', onBeforeUnload)
  return () => {
    window.removeEventListener('pagehide', save)
    document.removeEventListener('visibilitychange', onVisibility)
    window.removeEventListener('beforeunload', onBeforeUnload)
  }
}
