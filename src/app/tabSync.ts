import type { WorkspaceStore } from '../state/workspaceStore'

const CHANNEL = 'gatewright.projects'

/** Tells the studio's other tabs when this one stored a project, and passes theirs on to the workspace. */
export interface TabSync {
  announce(projectId: string): void
  listen(workspace: WorkspaceStore): void
}

/** Tab-to-tab notices over a `BroadcastChannel` (a no-op where the browser has none). */
export function createTabSync(): TabSync {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
  return {
    announce: (projectId) => channel?.postMessage({ projectId }),
    listen(workspace) {
      channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
        const data = event.data
        if (
          typeof data === 'object' &&
          data !== null &&
          'projectId' in data &&
          typeof data.projectId === 'string'
        )
          void workspace.getState().projectChangedElsewhere(data.projectId)
      })
    },
  }
}
