import { describe, expect, it } from 'vitest'
import { buildProject } from '../../testing/builders'
import { createOpenApiImportRunner, ImportCancelled, type ImportWorkerLike } from './OpenApiImportRunner'
import type { ImportOutcome, ImportRequest, ImportWorkerMessage } from './openApiImportProtocol'

/** A worker the test drives by hand. */
class FakeWorker implements ImportWorkerLike {
  posted: ImportRequest[] = []
  terminated = false
  private messageListeners: ((event: { data: ImportWorkerMessage }) => void)[] = []
  private errorListeners: ((event: { message?: string }) => void)[] = []
  postMessage(request: ImportRequest): void {
    this.posted.push(request)
  }
  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.messageListeners.push(listener)
    else this.errorListeners.push(listener)
  }
  terminate(): void {
    this.terminated = true
  }
  send(data: ImportWorkerMessage): void {
    for (const l of this.messageListeners) l({ data })
  }
  fail(message: string): void {
    for (const l of this.errorListeners) l({ message })
  }
}

const request: ImportRequest = { project: buildProject(), source: { kind: 'text', text: '{}' }, options: {} }
const outcome: ImportOutcome = { ok: false, issues: [], size: 2, durationMs: 1 }

function start() {
  const worker = new FakeWorker()
  const progress: unknown[] = []
  const run = createOpenApiImportRunner(() => worker)(request, (p) => progress.push(p))
  return { worker, progress, run }
}

describe('createOpenApiImportRunner', () => {
  it('posts the request, forwards progress, resolves with the outcome and terminates the worker', async () => {
    const { worker, progress, run } = start()
    expect(worker.posted).toEqual([request])
    worker.send({ type: 'progress', progress: { phase: 'paths', done: 50, total: 100 } })
    expect(progress).toEqual([{ phase: 'paths', done: 50, total: 100 }])
    expect(worker.terminated).toBe(false)
    worker.send({ type: 'result', outcome })
    await expect(run.outcome).resolves.toBe(outcome)
    expect(worker.terminated).toBe(true)
    worker.send({ type: 'progress', progress: { phase: 'done', done: 1, total: 1 } })
    expect(progress).toHaveLength(1)
  })

  it('cancel terminates the worker and rejects with ImportCancelled; later messages are ignored', async () => {
    const { worker, run } = start()
    run.cancel()
    expect(worker.terminated).toBe(true)
    await expect(run.outcome).rejects.toBeInstanceOf(ImportCancelled)
    worker.send({ type: 'result', outcome })
    run.cancel()
  })

  it('rejects with the reason when the worker crashes or fails to load', async () => {
    const a = start()
    a.worker.send({ type: 'crash', message: 'out of memory' })
    await expect(a.run.outcome).rejects.toThrow('The import stopped unexpectedly: out of memory')
    expect(a.worker.terminated).toBe(true)
    const b = start()
    b.worker.fail('script error')
    await expect(b.run.outcome).rejects.toThrow('The import worker failed: script error.')
  })
})
