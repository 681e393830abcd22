import { createContext, type ReactNode, useContext } from 'react'
import { useStore } from 'zustand'
import type { Project } from '../core/model/project'
import type { ProjectState, ProjectStore } from './projectStore'

const ProjectStoreContext = createContext<ProjectStore | null>(null)

/** Makes `store` the project store for everything below it (the app wraps the studio in one). */
export function ProjectStoreProvider({ store, children }: { store: ProjectStore; children: ReactNode }) {
  return <ProjectStoreContext.Provider value={store}>{children}</ProjectStoreContext.Provider>
}

/** The project store itself, for event handlers: `useProjectStoreApi().getState().dispatch(…)`. */
export function useProjectStoreApi(): ProjectStore {
  const store = useContext(ProjectStoreContext)
  if (!store) throw new Error('useProjectStore: wrap the component in <ProjectStoreProvider store={…}>')
  return store
}

/** Subscribes to a slice of the project store; re-renders when the slice changes (Object.is). */
export function useProjectStore<T>(selector: (state: ProjectState) => T): T {
  return useStore(useProjectStoreApi(), selector)
}

/** The open project. Components rendered inside the studio can rely on it being loaded. */
export function useProject(): Project {
  const project = useProjectStore((s) => s.project)
  if (!project) throw new Error('useProject: no project is open yet')
  return project
}

/** `dispatch(command, params, options?)` of the project store. */
export function useDispatch(): ProjectState['dispatch'] {
  return useProjectStore((s) => s.dispatch)
}
