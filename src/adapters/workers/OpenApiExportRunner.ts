import type {
  ExportRequest,
  ExportTextOutcome,
  ExportWorkerMessage,
  ExportWorkerRequest,
} from './openApiExportProtocol'
import type { WorkerLike } from './WorkerLike'

/** Exports somewhere (a worker in the studio). A newer export makes a pending one reject with `ExportSuperseded`. */
export type OpenApiExportRunner = (request: ExportRequest) => Promise<ExportTextOutcome>

export class ExportSuperseded extends Error {
  constructor() {
    super('A newer export replaced this one.')
    this.name = 'ExportSuperseded'
  }
}

/** The slice of a Worker the runner uses, so tests can hand in a fake. */
export type ExportWorkerLike = WorkerLike<ExportWorkerRequest, ExportWorkerMessage>

/**
 * One warm worker from `spawn`, one export at a time: when a new export is asked for while one
 * is still running (the person changed an option), the running one is abandoned — its worker
 * terminated, its promise rejected with `ExportSuperseded` — and a fresh worker takes the new one.
 */
export function createOpenApiExportRunner(spawn: () => ExportWorkerLike): OpenApiExportRunner {
  let worker: ExportWorkerLike | null = null
  let nextId = 0
  let pending: { id: number; resolve(o: ExportTextOutcome): void; reject(e: Error): void } | null = null

  const start = (): ExportWorkerLike => {
    const w = spawn()
    w.addEventListener('message', ({ data }) => {
      if (w !== worker || !pending || data.id !== pending.id) return
      const p = pending
      pending = null
      if ('outcome' in data) p.resolve(data.outcome)
      else p.reject(new Error(`The export stopped unexpectedly: ${data.crash}`))
    })
    w.addEventListener('error', (event) => {
      if (w !== worker) return
      worker = null
      w.terminate()
      const p = pending
      pending = null
      p?.reject(new Error(`The export worker failed${event.message ? `: ${event.message}` : ''}.`))
    })
    return w
  }

  return (request) => {
    if (pending && worker) {
      worker.terminate()
      worker = null
      pending.reject(new ExportSuperseded())
      pending = null
    }
    worker ??= start()
    const id = ++nextId
    const w = worker
    return new Promise<ExportTextOutcome>((resolve, reject) => {
      pending = { id, resolve, reject }
      w.postMessage({ id, request })
    })
  }
}
