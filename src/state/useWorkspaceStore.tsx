import { createContext, type ReactNode, useContext } from 'react'
import { useStore } from 'zustand'
import type { WorkspaceState, WorkspaceStore } from './workspaceStore'

const WorkspaceContext = createContext<WorkspaceStore | null>(null)

/** Makes `store` the workspace (project list, autosave) for everything below it. */
export function WorkspaceProvider({ store, children }: { store: WorkspaceStore; children: ReactNode }) {
  return <WorkspaceContext.Provider value={store}>{children}</WorkspaceContext.Provider>
}

export function useWorkspaceStoreApi(): WorkspaceStore {
  const store = useContext(WorkspaceContext)
  if (!store) throw new Error('useWorkspace: wrap the component in <WorkspaceProvider store={…}>')
  return store
}

/** Subscribes to a slice of the workspace (re-renders when it changes, compared with Object.is). */
export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(useWorkspaceStoreApi(), selector)
}
