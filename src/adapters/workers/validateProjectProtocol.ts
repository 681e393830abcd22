import type { Project } from '../../core/model/project'
import type { Diagnostic } from '../../core/model/validate/Diagnostic'

/** Page → worker: validate this project; the id finds the answer its question. */
export interface ValidateWorkerRequest {
  id: number
  project: Project
}

/** Worker → page: the project's diagnostics, or why validation stopped. */
export type ValidateWorkerMessage = { id: number; diagnostics: Diagnostic[] } | { id: number; crash: string }
