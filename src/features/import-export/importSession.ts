import { createStore, type StoreApi } from 'zustand/vanilla'
import { applyImportedApi } from '../../core/model/commands/import/applyImportedApi'
import type { HttpApi } from '../../core/model/http/HttpApi'
import type { RestApi } from '../../core/model/rest/RestApi'
import type { ImportMode, ImportOptions } from '../../core/openapi'
import type { ProjectStore } from '../../state/projectStore'
import { importModeProblem, importTargets } from './importModes'
import type { ImportJobOutcome, ImportJobProgress, ImportJobSource, ImportRunner } from './importRunner'

/** A chosen or dropped file: what the panel shows and what the worker reads. */
export interface ChosenFile {
  name: string
  size: number
  blob: Blob
}

export interface ImportSettings {
  mode: ImportMode
  /** The API to overwrite or merge into ('' when none is chosen). */
  targetApiId: string
  failOnWarnings: boolean
  /** Gatewright only: import what AWS would refuse, repaired, each repair a warning. */
  repair: boolean
  /** AWS's `endpointConfigurationTypes` for a new REST API. */
  endpointType: NonNullable<ImportOptions['endpointType']>
  /** AWS's `basepath` import parameter. */
  basepath: NonNullable<ImportOptions['basepath']>
  /** AWS's `ignore=documentation`. */
  ignoreDocumentation: boolean
}

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ImportJobProgress | null }
  /** The import ran; nothing is committed yet. `base` is the target API as it was when checked. */
  | { kind: 'checked'; outcome: ImportJobOutcome; projectId: string; base?: RestApi | HttpApi }
  | { kind: 'committed'; apiId: string; apiName: string; apiType: 'rest' | 'http'; warnings: number }
  /** The import could not run (the worker failed) or its result could not be committed. */
  | { kind: 'failed'; message: string }

export interface ImportSessionState {
  tab: 'file' | 'text'
  file: ChosenFile | null
  text: string
  settings: ImportSettings
  status: ImportStatus
  setTab(tab: 'file' | 'text'): void
  chooseFile(file: ChosenFile): void
  setText(text: string): void
  updateSettings(patch: Partial<ImportSettings>): void
  /** Runs the import without changing the project, so its findings can be read first. */
  check(): void
  cancel(): void
  /** Applies the checked import as one undoable edit. */
  commit(): void
  /** From the findings back to the form, to change the file or the options. */
  back(): void
  /** Back to an empty form (after an import, to import another file). */
  reset(): void
}

export type ImportSession = StoreApi<ImportSessionState>

export interface ImportSessionDeps {
  projectStore: ProjectStore
  runImport: ImportRunner
  /** Called after a commit, e.g. to select the imported API in the explorer. */
  onImported?: (apiId: string, kind: 'rest' | 'http') => void
}

export const DEFAULT_IMPORT_SETTINGS: ImportSettings = {
  mode: 'new',
  targetApiId: '',
  failOnWarnings: false,
  repair: false,
  endpointType: 'EDGE',
  basepath: 'ignore',
  ignoreDocumentation: false,
}

/** Why Check cannot run yet, or `null` when it can. */
export function checkProblem(
  state: Pick<ImportSessionState, 'tab' | 'file' | 'text' | 'settings'>,
  projectStore: ProjectStore,
): string | null {
  const project = projectStore.getState().project
  if (!project) return 'No project is open.'
  if (state.tab === 'file' && !state.file) return 'Choose or drop an OpenAPI file.'
  if (state.tab === 'text' && state.text.trim() === '') return 'Paste an OpenAPI document.'
  const target = importTargets(project).find((t) => t.id === state.settings.targetApiId)
  return importModeProblem(state.settings.mode, target)
}

/**
 * The import panel's state and steps: choose a source and options, check (the import runs in
 * the runner — a worker in the studio — with progress and Cancel), read the findings, commit.
 * Changing the source or an option after a check discards the checked result.
 */
export function createImportSession({
  projectStore,
  runImport,
  onImported,
}: ImportSessionDeps): ImportSession {
  let running: { cancel(): void } | null = null
  let runSeq = 0
  return createStore<ImportSessionState>()((set, get) => {
    /** Any edit of the form makes a checked result stale. */
    const edited = (patch: Partial<ImportSessionState>) => {
      const { status } = get()
      const keep = status.kind === 'running' || status.kind === 'idle'
      set(keep ? patch : { ...patch, status: { kind: 'idle' } })
    }
    return {
      tab: 'file',
      file: null,
      text: '',
      settings: DEFAULT_IMPORT_SETTINGS,
      status: { kind: 'idle' },

      setTab: (tab) => edited({ tab }),
      chooseFile: (file) => edited({ file, tab: 'file' }),
      setText: (text) => edited({ text }),
      updateSettings: (patch) => {
        const settings = { ...get().settings, ...patch }
        if (patch.mode === 'new') settings.targetApiId = ''
        else if (patch.mode !== undefined && settings.targetApiId === '') {
          const project = projectStore.getState().project
          const first = project ? importTargets(project)[0] : undefined
          if (first) settings.targetApiId = first.id
        }
        edited({ settings })
      },

      check() {
        const state = get()
        if (state.status.kind === 'running') return
        const problem = checkProblem(state, projectStore)
        const project = projectStore.getState().project
        if (problem || !project) {
          set({ status: { kind: 'failed', message: problem ?? 'No project is open.' } })
          return
        }
        const { settings } = state
        const source: ImportJobSource =
          state.tab === 'file' && state.file
            ? { kind: 'file', file: state.file.blob }
            : { kind: 'text', text: state.text }
        const options: Omit<ImportOptions, 'onProgress'> = {
          mode: settings.mode,
          failOnWarnings: settings.failOnWarnings,
          repair: settings.repair,
          basepath: settings.basepath,
          ignoreDocumentation: settings.ignoreDocumentation,
          endpointType: settings.endpointType,
          ...(settings.mode === 'new' ? {} : { targetApiId: settings.targetApiId }),
        }
        const base =
          settings.mode === 'new'
            ? undefined
            : (project.restApis.find((a) => a.id === settings.targetApiId) ??
              project.httpApis.find((a) => a.id === settings.targetApiId))
        const seq = ++runSeq
        const current = (): boolean => seq === runSeq
        set({ status: { kind: 'running', progress: null } })
        const run = runImport({ project, source, options }, (progress) => {
          if (current()) set({ status: { kind: 'running', progress } })
        })
        running = run
        run.outcome.then(
          (outcome) => {
            if (!current()) return
            running = null
            set({
              status: { kind: 'checked', outcome, projectId: project.id, ...(base ? { base } : {}) },
            })
          },
          (error: unknown) => {
            if (!current()) return
            running = null
            set({
              status: { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
            })
          },
        )
      },

      cancel() {
        if (get().status.kind !== 'running') return
        runSeq++
        running?.cancel()
        running = null
        set({ status: { kind: 'idle' } })
      },

      commit() {
        const { status } = get()
        if (status.kind !== 'checked' || !status.outcome.ok || !status.outcome.imported) return
        const { imported, issues, apiType } = status.outcome
        const result = projectStore.getState().dispatch(applyImportedApi, {
          projectId: status.projectId,
          imported,
          ...(status.base ? { base: status.base } : {}),
        })
        if (!result.ok) {
          set({ status: { kind: 'failed', message: result.error.message } })
          return
        }
        set({
          status: {
            kind: 'committed',
            apiId: imported.api.id,
            apiName: imported.api.name,
            apiType: apiType ?? imported.kind,
            warnings: issues.filter((i) => i.severity === 'warning').length,
          },
        })
        onImported?.(imported.api.id, imported.kind)
      },

      back() {
        const { kind } = get().status
        if (kind === 'checked' || kind === 'failed') set({ status: { kind: 'idle' } })
      },

      reset() {
        get().cancel()
        set({ file: null, text: '', status: { kind: 'idle' } })
      },
    }
  })
}
