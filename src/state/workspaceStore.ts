import { createStore, type StoreApi } from 'zustand/vanilla'
import { createEmptyProject, type Project } from '../core/model/project'
import {
  type ProjectFileError,
  parseProjectFile,
  projectFileName,
  readProjectDocument,
  serializeProject,
} from '../core/model/projectFile'
import type { ProjectStorage, ProjectSummary } from '../core/ports/ProjectStorage'
import type { ProjectStore } from './projectStore'
import { isQuotaError, storageErrorMessage } from './storageErrorMessage'

/** Autosave writes at most this long after the first unsaved change (more edits never postpone it). */
export const AUTOSAVE_DELAY_MS = 200
export const DEFAULT_PROJECT_NAME = 'Untitled project'

export type SaveStatus =
  | { state: 'saved' }
  /** A change waits for the autosave timer. */
  | { state: 'pending' }
  | { state: 'saving' }
  /** The last write failed (or storage is unavailable): the work is only in this tab. */
  | { state: 'failed'; message: string; quota: boolean }

export type ImportResult = { ok: true; project: Project } | { ok: false; error: ProjectFileError }

export interface WorkspaceState {
  phase: 'loading' | 'ready'
  /** Every project, most recently edited first. */
  projects: ProjectSummary[]
  currentId: string | null
  save: SaveStatus
  /** Set when storage could not be read at start-up: everything stays in memory. */
  storageUnavailable: string | null
  /** Why a project could not be opened (e.g. saved by a newer Gatewright); shown as a warning. */
  openError: string | null
  /** The last project file that could not be imported, and why. */
  importError: { fileName: string; error: ProjectFileError } | null

  /** Loads the project list and reopens the last project (or makes a first one). */
  init(): Promise<void>
  createProject(name?: string): Promise<void>
  /** Saves the open project, then opens `id`. False (and `openError`) when it cannot be read. */
  openProject(id: string): Promise<boolean>
  /** Copies the open project under a new id and opens the copy. */
  duplicateProject(): Promise<void>
  /** Deletes a project; deleting the open one opens the most recent other (or a new one). */
  deleteProject(id: string): Promise<void>
  /**
   * Reads a `.gatewright.json` file into a new project and opens it. On error nothing changes
   * but `importError`.
   */
  importProjectFile(text: string, fileName?: string): Promise<ImportResult>
  /** The open project as a file. */
  exportProject(): { fileName: string; text: string } | null
  /** Writes any unsaved change now (Ctrl+S, page hide, before switching, Retry). */
  saveNow(): Promise<void>
  dismissOpenError(): void
  dismissImportError(): void
  /**
   * Another tab saved project `id`. If it is open here without unsaved changes, reload it so
   * this tab shows (and later saves on top of) the latest version; if this tab has unsaved
   * changes too, warn that the last tab to save wins. Other projects: refresh the list.
   */
  projectChangedElsewhere(id: string): Promise<void>
}

export interface Timers {
  set(fn: () => void, ms: number): unknown
  clear(handle: unknown): void
}

export interface WorkspaceDeps {
  projectStore: ProjectStore
  storage: ProjectStorage
  timers?: Timers
  /** Told after each successful write or delete of a project (the app tells other tabs). */
  onStored?: (projectId: string) => void
}

export type WorkspaceStore = StoreApi<WorkspaceState> & { dispose(): void }

const browserTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

const byRecent = (a: ProjectSummary, b: ProjectSummary) =>
  a.updatedAt === b.updatedAt ? a.name.localeCompare(b.name) : a.updatedAt < b.updatedAt ? 1 : -1

const summaryOf = (p: Project): ProjectSummary => ({ id: p.id, name: p.name, updatedAt: p.updatedAt })

const failed = (error: unknown): SaveStatus => ({
  state: 'failed',
  message: storageErrorMessage(error),
  quota: isQuotaError(error),
})

/**
 * The user's projects: which exist, which is open, and keeping the open one saved.
 * Autosave: every change of the open project is written to storage at most
 * `AUTOSAVE_DELAY_MS` later. A failed write keeps the work in memory, sets `save.state` to
 * `'failed'` (the UI offers a download) and is retried on the next change or `saveNow()`.
 */
export function createWorkspaceStore({
  projectStore,
  storage,
  timers = browserTimers,
  onStored = () => {},
}: WorkspaceDeps): WorkspaceStore {
  const env = projectStore.env
  let timer: unknown = null
  /** The project-store revision last written to storage. */
  let savedRevision = -1
  let writing: Promise<void> | null = null
  let memoryOnly = false
  /** The project `init` made in an empty browser, while nothing has changed it (see `dropUntouchedStarter`). */
  let starter: string | null = null

  const store = createStore<WorkspaceState>()(() => ({
    phase: 'loading',
    projects: [],
    currentId: null,
    save: { state: 'saved' },
    storageUnavailable: null,
    openError: null,
    importError: null,
    init,
    createProject: async (name = DEFAULT_PROJECT_NAME) => addAndOpen(newProject(name)),
    openProject,
    duplicateProject,
    deleteProject,
    importProjectFile,
    exportProject,
    saveNow: flush,
    dismissOpenError: () => store.setState({ openError: null }),
    dismissImportError: () => store.setState({ importError: null }),
    projectChangedElsewhere,
  }))
  const set = (patch: Partial<WorkspaceState>) => store.setState(patch)
  const get = () => store.getState()

  function cancelTimer() {
    if (timer !== null) timers.clear(timer)
    timer = null
  }

  function schedule() {
    if (timer !== null) return
    timer = timers.set(() => {
      timer = null
      void flush()
    }, AUTOSAVE_DELAY_MS)
  }

  function upsertSummary(summary: ProjectSummary) {
    set({ projects: [...get().projects.filter((p) => p.id !== summary.id), summary].sort(byRecent) })
  }

  /** Writes the open project if it changed since the last write; one write at a time. */
  async function flush(): Promise<void> {
    cancelTimer()
    while (writing) await writing
    const { project, revision } = projectStore.getState()
    if (!project || revision === savedRevision || memoryOnly) return
    // A failure stays on screen until a write succeeds, rather than flickering with each retry.
    if (get().save.state !== 'failed') set({ save: { state: 'saving' } })
    writing = storage
      .save(project)
      .then(
        () => {
          savedRevision = revision
          onStored(project.id)
          const upToDate = projectStore.getState().revision === revision
          set({ save: upToDate ? { state: 'saved' } : { state: 'pending' } })
          if (!upToDate) schedule()
        },
        (error: unknown) => set({ save: failed(error) }),
      )
      .finally(() => {
        writing = null
      })
    await writing
  }

  /** Makes `project` the open project. `saved`: storage already holds exactly this document. */
  function open(project: Project, saved: boolean) {
    projectStore.getState().load(project)
    savedRevision = saved ? projectStore.getState().revision : -1
    set({ currentId: project.id })
    if (!memoryOnly) set({ save: saved ? { state: 'saved' } : { state: 'pending' } })
    upsertSummary(summaryOf(project))
    if (!memoryOnly) {
      storage.setLastOpened(project.id).catch(() => {})
      if (!saved) schedule()
    }
  }

  function newProject(name: string) {
    return createEmptyProject(name, env.ids, env.clock)
  }

  /** Saves a project that is not open yet, then opens it (in memory if the save fails). */
  async function addAndOpen(project: Project) {
    await flush()
    if (memoryOnly) return open(project, true)
    try {
      await storage.save(project)
      onStored(project.id)
    } catch (error) {
      open(project, false)
      cancelTimer()
      set({ save: failed(error) })
      return
    }
    open(project, true)
  }

  /** Reads a stored project, migrating it; a string says why it cannot be opened. */
  async function loadStored(id: string): Promise<{ project: Project; migrated: boolean } | string> {
    let doc: unknown
    try {
      doc = await storage.load(id)
    } catch (error) {
      return storageErrorMessage(error)
    }
    if (doc === undefined) return "it is no longer in this browser's storage."
    const result = readProjectDocument(doc)
    if (!result.ok) return result.error.message
    return { project: result.project, migrated: result.migrations.length > 0 }
  }

  async function init() {
    let summaries: ProjectSummary[]
    let lastOpened: string | undefined
    try {
      summaries = await storage.list()
      lastOpened = await storage.getLastOpened()
    } catch (error) {
      memoryOnly = true
      set({ storageUnavailable: storageErrorMessage(error), save: failed(error) })
      open(newProject(DEFAULT_PROJECT_NAME), true)
      set({ phase: 'ready' })
      return
    }
    const sorted = [...summaries].sort(byRecent)
    set({ projects: sorted })
    const candidates = [
      ...sorted.filter((s) => s.id === lastOpened),
      ...sorted.filter((s) => s.id !== lastOpened),
    ]
    const problems: string[] = []
    for (const candidate of candidates) {
      const loaded = await loadStored(candidate.id)
      if (typeof loaded !== 'string') {
        // A migrated project is written back in the current schema on the next autosave.
        open(loaded.project, !loaded.migrated)
        break
      }
      problems.push(`“${candidate.name}” could not be opened: ${loaded}`)
    }
    if (get().currentId === null) {
      const first = newProject(DEFAULT_PROJECT_NAME)
      await addAndOpen(first)
      // in an empty browser, the project made here gives way to the first one imported
      if (sorted.length === 0) starter = first.id
    }
    set({ phase: 'ready', openError: problems.length > 0 ? problems.join(' ') : null })
  }

  /**
   * After an import: the empty project the studio made itself in an empty browser goes if no
   * edit ever reached it, so opening a project file or a shared link there leaves one project,
   * not that one plus an "Untitled project".
   */
  async function dropUntouchedStarter() {
    const id = starter
    starter = null
    if (id === null || id === get().currentId || get().save.state === 'failed') return
    if (get().projects.some((p) => p.id === id)) await deleteProject(id)
  }

  async function projectChangedElsewhere(id: string): Promise<void> {
    if (memoryOnly) return
    if (id !== get().currentId) {
      try {
        set({ projects: [...(await storage.list())].sort(byRecent) })
      } catch {
        // the list stays as it was
      }
      return
    }
    const { revision } = projectStore.getState()
    if (revision !== savedRevision || writing) {
      set({
        openError:
          'This project was also changed in another tab. Both tabs save to the same project: the tab that ' +
          'saves last wins. Close one of them to be sure to keep what you want.',
      })
      return
    }
    const loaded = await loadStored(id)
    // Only replace what the user sees if nothing changed here while reading.
    if (typeof loaded === 'string' || projectStore.getState().revision !== revision) return
    if (loaded.project.updatedAt === projectStore.getState().project?.updatedAt) return
    open(loaded.project, true)
  }

  async function openProject(id: string): Promise<boolean> {
    if (id === get().currentId) return true
    await flush()
    const loaded = await loadStored(id)
    if (typeof loaded === 'string') {
      const name = get().projects.find((p) => p.id === id)?.name ?? id
      set({ openError: `“${name}” could not be opened: ${loaded}` })
      return false
    }
    open(loaded.project, !loaded.migrated)
    set({ openError: null })
    return true
  }

  async function duplicateProject() {
    const current = projectStore.getState().project
    if (!current) return
    const now = new Date(env.clock.now()).toISOString()
    await addAndOpen({
      ...structuredClone(current),
      id: env.ids.uuid(),
      name: `${current.name} (copy)`.slice(0, 100),
      createdAt: now,
      updatedAt: now,
    })
  }

  async function deleteProject(id: string) {
    const wasCurrent = id === get().currentId
    if (wasCurrent) cancelTimer()
    while (writing) await writing
    if (!memoryOnly) {
      try {
        await storage.remove(id)
        onStored(id)
      } catch (error) {
        set({ openError: `The project could not be deleted: ${storageErrorMessage(error)}` })
        return
      }
    }
    const remaining = get().projects.filter((p) => p.id !== id)
    set({ projects: remaining })
    if (wasCurrent) await openAnotherThan(remaining)
    // Its undo history goes too (opening the next project has just put it aside).
    projectStore.getState().forgetHistory(id)
  }

  /** After the open project was deleted: the first of `remaining` that opens, or a new one. */
  async function openAnotherThan(remaining: readonly ProjectSummary[]) {
    // The deleted project's unsaved edits must not be written back.
    savedRevision = projectStore.getState().revision
    set({ currentId: null })
    for (const next of remaining) {
      if (await openProject(next.id)) return
    }
    await addAndOpen(newProject(DEFAULT_PROJECT_NAME))
  }

  async function importProjectFile(text: string, fileName = 'The file'): Promise<ImportResult> {
    const result = parseProjectFile(text)
    if (!result.ok) {
      set({ importError: { fileName, error: result.error } })
      return result
    }
    const project: Project = { ...result.project, id: env.ids.uuid() }
    await addAndOpen(project)
    await dropUntouchedStarter()
    set({ importError: null })
    return { ok: true, project }
  }

  function exportProject() {
    const project = projectStore.getState().project
    return project ? { fileName: projectFileName(project), text: serializeProject(project) } : null
  }

  const unsubscribe = projectStore.subscribe((state, previous) => {
    const project = state.project
    if (state.revision === previous.revision || !project || project.id !== get().currentId) return
    if (project.id === starter) starter = null // an edit (or a reload) reached it: it stays
    if (project.name !== previous.project?.name || project.updatedAt !== previous.project?.updatedAt)
      upsertSummary(summaryOf(project))
    if (state.revision === savedRevision || memoryOnly) return
    if (get().save.state === 'saved') set({ save: { state: 'pending' } })
    schedule()
  })

  return Object.assign(store, {
    dispose() {
      unsubscribe()
      cancelTimer()
    },
  })
}
