import type { Project } from '../../core/model/project'
import type { Diagnostic } from '../../core/model/validate/Diagnostic'
import type { ValidateWorkerMessage, ValidateWorkerRequest } from './validateProjectProtocol'
import type { WorkerLike } from './WorkerLike'

/** Validates a project somewhere else (a worker in the studio). */
export type ProjectValidationRunner = (project: Project) => Promise<Diagnostic[]>

/** The slice of a Worker the runner uses, so tests can hand in a fake. */
export type ValidateWorkerLike = WorkerLike<ValidateWorkerRequest, ValidateWorkerMessage>

/**
 * One warm worker from `spawn`, answering validations by id (several may be in flight: each
 * promise gets its own answer). When the worker fails, every pending validation rejects with
 * the reason and the next one starts a fresh worker.
 */
export function createProjectValidationRunner(spawn: () => ValidateWorkerLike): ProjectValidationRunner {
  let worker: ValidateWorkerLike | null = null
  let nextId = 0
  const pending = new Map<number, { resolve(list: Diagnostic[]): void; reject(e: Error): void }>()

  const start = (): ValidateWorkerLike => {
    const w = spawn()
    w.addEventListener('message', ({ data }) => {
      const p = pending.get(data.id)
      if (w !== worker || p === undefined) return
      pending.delete(data.id)
      if ('diagnostics' in data) p.resolve(data.diagnostics)
      else p.reject(new Error(`Validation stopped unexpectedly: ${data.crash}`))
    })
    w.addEventListener('error', (event) => {
      if (w !== worker) return
      worker = null
      w.terminate()
      const failed = [...pending.values()]
      pending.clear()
      const error = new Error(`The validation worker failed${event.message ? `: ${event.message}` : ''}.`)
      for (const p of failed) p.reject(error)
    })
    return w
  }

  return (project) => {
    worker ??= start()
    const id = ++nextId
    const w = worker
    return new Promise<Diagnostic[]>((resolve, reject) => {
      pending.set(id, { resolve, reject })
      w.postMessage({ id, project })
    })
  }
}
