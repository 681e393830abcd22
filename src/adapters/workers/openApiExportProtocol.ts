import type { Project } from '../../core/model/project'
import type { ExportOmission, ExportOptions } from '../../core/openapi'

/** What the page asks the export worker for: one API of a project, as OpenAPI text. */
export interface ExportRequest {
  project: Project
  apiId: string
  options: ExportOptions
}

/** The exported text and what it cannot hold, or why there is no export. */
export type ExportTextOutcome =
  | { ok: true; text: string; omitted: ExportOmission[]; durationMs: number }
  | { ok: false; message: string }

/** Page → worker: requests carry an id so each answer finds its question. */
export interface ExportWorkerRequest {
  id: number
  request: ExportRequest
}

/** Worker → page. */
export type ExportWorkerMessage = { id: number; outcome: ExportTextOutcome } | { id: number; crash: string }
