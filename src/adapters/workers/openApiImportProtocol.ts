import type { ImportedApi } from '../../core/model/commands/import/applyImportedApi'
import type { Project } from '../../core/model/project'
import type { ImportIssue, ImportOptions, ImportProgress, OpenApiFlavour } from '../../core/openapi'

/** The document to import: text (pasted), or a file the worker reads itself. */
export type ImportSource = { kind: 'text'; text: string } | { kind: 'file'; file: Blob }

/** What the page asks the import worker to do. */
export interface ImportRequest {
  project: Project
  source: ImportSource
  options: Omit<ImportOptions, 'onProgress'>
}

/** What an import produced: the API to commit (when `ok`) and every finding, with JSON pointers. */
export interface ImportOutcome {
  ok: boolean
  imported?: ImportedApi
  apiType?: 'rest' | 'http'
  flavour?: OpenApiFlavour
  format?: 'json' | 'yaml'
  issues: ImportIssue[]
  /** True when `failOnWarnings` turned warnings into a refusal. */
  failedOnWarnings?: boolean
  /** Size of the document in characters. */
  size: number
  /** Time spent reading and importing, in the worker. */
  durationMs: number
}

/** Worker → page. `read` is the progress of reading the file before the import proper starts. */
export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress | { phase: 'read'; done: number; total: number } }
  | { type: 'result'; outcome: ImportOutcome }
  | { type: 'crash'; message: string }
