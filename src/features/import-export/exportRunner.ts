import type { Project } from '../../core/model/project'
import type { ExportOmission, ExportOptions } from '../../core/openapi'

/*
 * What the export panel needs from whoever writes the file. The studio passes in the Web
 * Worker runner of `adapters/workers` (wired in `app/App.tsx`), so a huge API is written off
 * the main thread. A newer export may make a pending one reject; the panel ignores those.
 */

export interface ExportJob {
  project: Project
  apiId: string
  options: ExportOptions
}

export type ExportJobOutcome =
  | { ok: true; text: string; omitted: ExportOmission[]; durationMs: number }
  | { ok: false; message: string }

export type ExportRunner = (job: ExportJob) => Promise<ExportJobOutcome>
