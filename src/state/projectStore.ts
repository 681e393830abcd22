import { createStore, type StoreApi } from 'zustand/vanilla'
import { type Command, CommandError } from '../core/model/commands/defineCommand'
import type { Project } from '../core/model/project'
import type { Clock } from '../core/ports/Clock'
import type { IdSource } from '../core/ports/IdSource'

/** Where the store takes time and ids from when a caller needs them for a command's params. */
export interface StoreEnv {
  clock: Clock
  ids: IdSource
}

/** What a params factory receives: the store's ports plus the current time as ISO-8601. */
export interface ParamsContext extends StoreEnv {
  nowIso: string
  project: Project
}

/** Params, or a function building them from the store's clock/ids and the current project. */
export type ParamsInput<P> = P | ((context: ParamsContext) => P)

export interface DispatchOptions {
  /**
   * Consecutive edits with the same key, less than `MERGE_WINDOW_MS` apart, become one undo
   * step (for example typing in a name field dispatches on every keystroke).
   */
  mergeKey?: string
}

export type DispatchResult = { ok: true; changed: boolean } | { ok: false; error: CommandError }

/** One undoable step: the project before and after a command. */
export interface HistoryEntry {
  commandName: string
  /** The command's label, shown as "Undo Rename project". */
  label: string
  before: Project
  after: Project
  mergeKey?: string
  /** `clock.monotonic()` when the step was recorded, for merging. */
  at: number
}

/** A command that failed: the project is unchanged and the user sees `message`. */
export interface CommandFailure {
  command: string
  label: string
  message: string
  /** Increases with every failure, so the same message twice still shows twice. */
  seq: number
}

export interface ProjectState {
  /** The open project, or `null` before one is loaded. */
  project: Project | null
  past: HistoryEntry[]
  future: HistoryEntry[]
  /** Increases on every change of `project` (edit, undo, redo, load). Autosave watches it. */
  revision: number
  lastError: CommandFailure | null
  dispatch<P>(command: Command<P>, params: ParamsInput<P>, options?: DispatchOptions): DispatchResult
  undo(): boolean
  redo(): boolean
  /**
   * Opens `project` in place of the current one. The project left keeps its undo/redo history
   * for the session (see `KEPT_HISTORIES`); `project` gets back the history it had when it was
   * left, if it is still that version (same `updatedAt`), else a fresh one.
   */
  load(project: Project): void
  /** Drops the history kept for a project that is not open (it was deleted). */
  forgetHistory(projectId: string): void
  clearError(): void
}

export type ProjectStore = StoreApi<ProjectState> & { readonly env: StoreEnv }

export const HISTORY_LIMIT = 200
export const MERGE_WINDOW_MS = 1000
/**
 * How many projects besides the open one keep their undo/redo history when another is opened
 * (the most recently left first); each keeps at most `HISTORY_LIMIT` steps.
 */
export const KEPT_HISTORIES = 4

/** The history of a project that is not open, and the version of it that was left. */
interface KeptHistory {
  left: Project
  past: HistoryEntry[]
  future: HistoryEntry[]
}

function isParamsFactory<P>(input: ParamsInput<P>): input is (context: ParamsContext) => P {
  return typeof input === 'function'
}

/**
 * The open project and its undo/redo history, as a vanilla zustand store (no React needed).
 * Every edit goes through `dispatch(command, params)`: the command is pure, the store records
 * the before/after pair for undo, stamps `updatedAt` from the clock, and turns a thrown
 * `CommandError` into `lastError` without touching the project.
 */
export function createProjectStore(env: StoreEnv): ProjectStore {
  let failureSeq = 0
  /** Histories of projects left this session, least recently left first. */
  const kept = new Map<string, KeptHistory>()
  const store = createStore<ProjectState>()((set, get) => ({
    project: null,
    past: [],
    future: [],
    revision: 0,
    lastError: null,

    dispatch<P>(command: Command<P>, input: ParamsInput<P>, options: DispatchOptions = {}): DispatchResult {
      const { project, past, revision } = get()
      if (!project) {
        const error = new CommandError(command.name, 'No project is open.')
        set({
          lastError: {
            command: command.name,
            label: command.label,
            message: error.message,
            seq: ++failureSeq,
          },
        })
        return { ok: false, error }
      }
      let next: Project
      try {
        const params = isParamsFactory(input)
          ? input({ ...env, nowIso: new Date(env.clock.now()).toISOString(), project })
          : input
        next = command.apply(project, params)
      } catch (e) {
        const error =
          e instanceof CommandError
            ? e
            : new CommandError(command.name, `${command.label} failed: ${errorText(e)}`)
        if (!(e instanceof CommandError)) console.error(e)
        set({
          lastError: {
            command: command.name,
            label: command.label,
            message: error.message,
            seq: ++failureSeq,
          },
        })
        return { ok: false, error }
      }
      if (next === project) return { ok: true, changed: false }
      const after: Project = { ...next, updatedAt: new Date(env.clock.now()).toISOString() }
      const at = env.clock.monotonic()
      const last = past[past.length - 1]
      const merge =
        options.mergeKey !== undefined &&
        last !== undefined &&
        last.mergeKey === options.mergeKey &&
        last.after === project &&
        at - last.at < MERGE_WINDOW_MS
      const entry: HistoryEntry = merge
        ? { ...last, after, at }
        : {
            commandName: command.name,
            label: command.label,
            before: project,
            after,
            at,
            ...(options.mergeKey === undefined ? {} : { mergeKey: options.mergeKey }),
          }
      const kept = merge ? past.slice(0, -1) : past
      set({
        project: after,
        past: [...kept, entry].slice(-HISTORY_LIMIT),
        future: [],
        revision: revision + 1,
        lastError: null,
      })
      return { ok: true, changed: true }
    },

    undo() {
      const { past, future, revision } = get()
      const entry = past[past.length - 1]
      if (!entry) return false
      // After an undo, the step now on top must not absorb the next edit.
      const rest = past.slice(0, -1)
      const top = rest[rest.length - 1]
      if (top?.mergeKey !== undefined) {
        const { mergeKey: _, ...unmergeable } = top
        rest[rest.length - 1] = unmergeable
      }
      set({
        project: entry.before,
        past: rest,
        future: [...future, entry],
        revision: revision + 1,
      })
      return true
    },

    redo() {
      const { past, future, revision } = get()
      const entry = future[future.length - 1]
      if (!entry) return false
      // A redone step never merges with the next edit.
      const { mergeKey: _, ...redone } = entry
      set({
        project: entry.after,
        past: [...past, redone],
        future: future.slice(0, -1),
        revision: revision + 1,
      })
      return true
    },

    load(project) {
      const { project: current, past, future, revision } = get()
      if (current && current.id !== project.id && (past.length > 0 || future.length > 0)) {
        kept.delete(current.id)
        kept.set(current.id, { left: current, past, future })
        for (const id of kept.keys()) {
          if (kept.size <= KEPT_HISTORIES) break
          kept.delete(id)
        }
      }
      const resumed = current?.id === project.id ? undefined : kept.get(project.id)
      kept.delete(project.id)
      // Another tab (or an import) may have changed the stored project meanwhile: its history
      // would then undo into a version that never followed this one.
      const same =
        resumed !== undefined &&
        resumed.left.updatedAt === project.updatedAt &&
        resumed.left.createdAt === project.createdAt
      set({
        project,
        past: same ? resumed.past : [],
        future: same ? resumed.future : [],
        revision: revision + 1,
        lastError: null,
      })
    },

    forgetHistory(projectId) {
      kept.delete(projectId)
    },

    clearError() {
      set({ lastError: null })
    },
  }))
  return Object.assign(store, { env })
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** "Undo Rename project", or `null` when there is nothing to undo. */
export function undoLabel(state: Pick<ProjectState, 'past'>): string | null {
  const entry = state.past[state.past.length - 1]
  return entry ? `Undo ${entry.label}` : null
}

/** "Redo Rename project", or `null` when there is nothing to redo. */
export function redoLabel(state: Pick<ProjectState, 'future'>): string | null {
  const entry = state.future[state.future.length - 1]
  return entry ? `Redo ${entry.label}` : null
}
