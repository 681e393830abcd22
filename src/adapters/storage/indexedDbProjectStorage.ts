import { createStore, del, delMany, get, getMany, keys, set, setMany, type UseStore } from 'idb-keyval'
import type { Project } from '../../core/model/project'
import type { ProjectStorage, ProjectSummary } from '../../core/ports/ProjectStorage'

/** IndexedDB database and object store holding the projects. */
export const PROJECTS_DB = 'gatewright'
export const PROJECTS_STORE = 'projects'

const PROJECT = 'project:'
const SUMMARY = 'summary:'
const LAST_OPENED = 'meta:lastOpened'

/**
 * Projects in IndexedDB (via idb-keyval), one key per project document plus a small summary
 * key, written together in one transaction so the list never disagrees with the documents.
 * Documents are stored as structured-clone copies of the JSON, exactly as exported.
 */
export function createIndexedDbProjectStorage(db = PROJECTS_DB, storeName = PROJECTS_STORE): ProjectStorage {
  const store = lazyStore(db, storeName)
  return {
    async list() {
      const s = store()
      const summaryKeys = (await keys<string>(s)).filter(
        (k) => typeof k === 'string' && k.startsWith(SUMMARY),
      )
      const summaries = await getMany<ProjectSummary | undefined>(summaryKeys, s)
      return summaries.filter((x): x is ProjectSummary => x !== undefined)
    },
    load: async (id) => get(PROJECT + id, store()),
    async save(project: Project) {
      const summary: ProjectSummary = { id: project.id, name: project.name, updatedAt: project.updatedAt }
      await setMany(
        [
          [PROJECT + project.id, project],
          [SUMMARY + project.id, summary],
        ],
        store(),
      )
    },
    remove: async (id) => delMany([PROJECT + id, SUMMARY + id], store()),
    getLastOpened: async () => get<string>(LAST_OPENED, store()),
    setLastOpened: async (id) => set(LAST_OPENED, id, store()),
  }
}

/** Opened lazily so an IndexedDB failure surfaces as a rejected call, never at import time. */
function lazyStore(db: string, storeName: string): () => UseStore {
  let handle: UseStore | null = null
  return () => {
    if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB')
    handle ??= createStore(db, storeName)
    return handle
  }
}

/** A document kept per project beside it (e.g. the console's history), under `{kind}:{projectId}`. */
export interface ProjectRecords<T> {
  load(projectId: string): Promise<T | undefined>
  save(projectId: string, value: T): Promise<void>
  remove(projectId: string): Promise<void>
}

/** Per-project records in the projects' own database and store (no second database). */
export function createIndexedDbProjectRecords<T>(
  kind: string,
  db = PROJECTS_DB,
  storeName = PROJECTS_STORE,
): ProjectRecords<T> {
  const store = lazyStore(db, storeName)
  const key = (projectId: string) => `${kind}:${projectId}`
  return {
    load: async (projectId) => get<T>(key(projectId), store()),
    save: async (projectId, value) => set(key(projectId), value, store()),
    remove: async (projectId) => del(key(projectId), store()),
  }
}
