import type { ImportedApi } from '../../core/model/commands/import/applyImportedApi'
import type { Project } from '../../core/model/project'
import type { ImportIssue, ImportOptions, ImportProgress, OpenApiFlavour } from '../../core/openapi'

/*
 * What the import panel needs from whoever runs imports. The studio passes in the Web Worker
 * runner of `adapters/workers` (features may not import adapters; `app/App.tsx` wires it, and
 * TypeScript checks there that the adapter fits these types).
 */

export type ImportJobSource = { kind: 'text'; text: string } | { kind: 'file'; file: Blob }

export interface ImportJob {
  project: Project
  source: ImportJobSource
  options: Omit<ImportOptions, 'onProgress'>
}

/** Progress: reading the file, then the importer's phases (parse, models, paths, done). */
export type ImportJobProgress = ImportProgress | { phase: 'read'; done: number; total: number }

export interface ImportJobOutcome {
  ok: boolean
  imported?: ImportedApi
  apiType?: 'rest' | 'http'
  flavour?: OpenApiFlavour
  format?: 'json' | 'yaml'
  issues: ImportIssue[]
  failedOnWarnings?: boolean
  size: number
  durationMs: number
}

export type ImportRunner = (
  job: ImportJob,
  onProgress: (progress: ImportJobProgress) => void,
) => { outcome: Promise<ImportJobOutcome>; cancel(): void }
