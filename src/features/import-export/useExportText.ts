import { useEffect, useState } from 'react'
import type { ExportJob, ExportJobOutcome, ExportRunner } from './exportRunner'

/** An export and the job it answers (its format and API decide how the preview shows it). */
export interface ExportAnswer {
  job: ExportJob
  outcome: ExportJobOutcome
}

export type ExportTextState =
  | { kind: 'pending'; previous?: ExportAnswer }
  | ({ kind: 'done' } & ExportAnswer)
  | { kind: 'failed'; message: string }

type Answer = ExportAnswer | { job: ExportJob; message: string }

/**
 * Runs `job` through the runner whenever it changes (pass a memoised job) and returns the
 * answer for that very job; answers to jobs replaced meanwhile are dropped. While a new export
 * is being written, the previous one stays available to show, dimmed.
 */
export function useExportText(runExport: ExportRunner, job: ExportJob | undefined): ExportTextState {
  const [answer, setAnswer] = useState<Answer | null>(null)
  useEffect(() => {
    if (!job) return
    let live = true
    runExport(job).then(
      (outcome) => {
        if (live) setAnswer({ job, outcome })
      },
      (error: unknown) => {
        if (live) setAnswer({ job, message: error instanceof Error ? error.message : String(error) })
      },
    )
    return () => {
      live = false
    }
  }, [runExport, job])
  if (answer && answer.job === job) {
    return 'outcome' in answer ? { kind: 'done', ...answer } : { kind: 'failed', message: answer.message }
  }
  return answer && 'outcome' in answer ? { kind: 'pending', previous: answer } : { kind: 'pending' }
}
