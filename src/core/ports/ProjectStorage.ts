import type { Project } from '../model/project'

/** What the project list shows without loading whole projects. */
export interface ProjectSummary {
  id: string
  name: string
  /** ISO-8601, from the project's `updatedAt`. */
  updatedAt: string
}

/**
 * Where projects are kept between visits (IndexedDB in the browser). Every method may reject,
 * e.g. with a `QuotaExceededError` `DOMException` when the browser's storage is full.
 */
export interface ProjectStorage {
  /** Every stored project, in no particular order. */
  list(): Promise<ProjectSummary[]>
  /** The stored document as saved — possibly an older schema version — or `undefined`. */
  load(id: string): Promise<unknown>
  /** Saves the project and its summary together (atomically). */
  save(project: Project): Promise<void>
  remove(id: string): Promise<void>
  /** The project to reopen on the next visit. */
  getLastOpened(): Promise<string | undefined>
  setLastOpened(id: string): Promise<void>
}
