import { createIndexedDbProjectStorage } from '../adapters/storage/indexedDbProjectStorage'
import { cryptoIds } from '../adapters/system/cryptoIds'
import { systemClock } from '../adapters/system/systemClock'
import { createProjectStore, type ProjectStore } from '../state/projectStore'
import { createWorkspaceStore, type WorkspaceStore } from '../state/workspaceStore'
import { createTabSync } from './tabSync'

/** The stores the studio runs on, wired to the real clock, ids and IndexedDB. */
export interface Studio {
  projectStore: ProjectStore
  workspace: WorkspaceStore
}

export function createStudio(): Studio {
  const projectStore = createProjectStore({ clock: systemClock, ids: cryptoIds })
  const tabs = createTabSync()
  const workspace = createWorkspaceStore({
    projectStore,
    storage: createIndexedDbProjectStorage(),
    onStored: tabs.announce,
  })
  tabs.listen(workspace)
  return { projectStore, workspace }
}
