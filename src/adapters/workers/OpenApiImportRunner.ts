import type { ImportProgress } from '../../core/openapi'
import type { ImportOutcome, ImportRequest, ImportWorkerMessage } from './openApiImportProtocol'
import type { WorkerLike } from './WorkerLike'

/** Progress of one import: reading the file, then the importer's own phases. */
export type ImportRunProgress = ImportProgress | { phase: 'read'; done: number; total: number }

/** A started import: its outcome, and a way to stop it (the outcome then rejects with `ImportCancelled`). */
export interface ImportRun {
  outcome: Promise<ImportOutcome>
  cancel(): void
}

/** Starts an import somewhere (a worker in the studio) and reports its progress. */
export type OpenApiImportRunner = (
  request: ImportRequest,
  onProgress: (progress: ImportRunProgress) => void,
) => ImportRun

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.')
    this.name = 'ImportCancelled'
  }
}

/** The slice of a Worker the runner uses, so tests can hand in a fake. */
export type ImportWorkerLike = WorkerLike<ImportRequest, ImportWorkerMessage>

/**
 * Runs each import in its own worker from `spawn`: posts the request, forwards progress,
 * resolves with the outcome and terminates the worker. `cancel()` terminates it at once, so a
 * runaway import of a huge file never holds the page.
 */
export function createOpenApiImportRunner(spawn: () => ImportWorkerLike): OpenApiImportRunner {
  return (request, onProgress) => {
    const worker = spawn()
    let settled = false
    let cancel: () => void = () => {}
    const outcome = new Promise<ImportOutcome>((resolve, reject) => {
      const finish = () => {
        settled = true
        worker.terminate()
      }
      worker.addEventListener('message', ({ data }) => {
        if (settled) return
        if (data.type === 'progress') onProgress(data.progress)
        else if (data.type === 'result') {
          finish()
          resolve(data.outcome)
        } else {
          finish()
          reject(new Error(`The import stopped unexpectedly: ${data.message}`))
        }
      })
      worker.addEventListener('error', (event) => {
        if (settled) return
        finish()
        reject(new Error(`The import worker failed${event.message ? `: ${event.message}` : ''}.`))
      })
      cancel = () => {
        if (settled) return
        finish()
        reject(new ImportCancelled())
      }
    })
    worker.postMessage(request)
    return { outcome, cancel: () => cancel() }
  }
}
