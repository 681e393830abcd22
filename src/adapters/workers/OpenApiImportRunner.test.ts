import { describe, expect, it } from 'vitest'
import { buildProject } from '../../testing/builders'
import { FakeWorker as TestWorker } from '../../testing/FakeWorker'
import { createOpenApiImportRunner, ImportCancelled } from './OpenApiImportRunner'
import type { ImportOutcome, ImportRequest, ImportWorkerMessage } from './openApiImportProtocol'

class FakeWorker extends TestWorker<ImportRequest, ImportWorkerMessage> {}

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
    worker.answer({ type: 'progress', progress: { phase: 'paths', done: 50, total: 100 } })
    expect(progress).toEqual([{ phase: 'paths', done: 50, total: 100 }])
    expect(worker.terminated).toBe(false)
    worker.answer({ type: 'result', outcome })
    await expect(run.outcome).resolves.toBe(outcome)
    expect(worker.terminated).toBe(true)
    worker.answer({ type: 'progress', progress: { phase: 'done', done: 1, total: 1 } })
    expect(progress).toHaveLength(1)
  })

  it('cancel terminates the worker and rejects with ImportCancelled; later messages are ignored', async () => {
    const { worker, run } = start()
    run.cancel()
    expect(worker.terminated).toBe(true)
    await expect(run.outcome).rejects.toBeInstanceOf(ImportCancelled)
    worker.answer({ type: 'result', outcome })
    run.cancel()
  })

  it('rejects with the reason when the worker crashes or fails to load', async () => {
    const a = start()
    a.worker.answer({ type: 'crash', message: 'out of memory' })
    await expect(a.run.outcome).rejects.toThrow('The import stopped unexpectedly: out of memory')
    expect(a.worker.terminated).toBe(true)
    const b = start()
    b.worker.fail('script error')
    await expect(b.run.outcome).rejects.toThrow('The import worker failed: script error.')
  })
})
