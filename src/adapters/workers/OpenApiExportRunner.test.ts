import { describe, expect, it } from 'vitest'
import { buildProject } from '../../testing/builders'
import { FakeWorker as TestWorker } from '../../testing/FakeWorker'
import { createOpenApiExportRunner, ExportSuperseded } from './OpenApiExportRunner'
import type {
  ExportRequest,
  ExportTextOutcome,
  ExportWorkerMessage,
  ExportWorkerRequest,
} from './openApiExportProtocol'

class FakeWorker extends TestWorker<ExportWorkerRequest, ExportWorkerMessage> {}

const request: ExportRequest = { project: buildProject(), apiId: 'a', options: {} }
const done: ExportTextOutcome = { ok: true, text: 'openapi: 3.0.1\n', omitted: [], durationMs: 1 }

function setup() {
  const workers: FakeWorker[] = []
  const run = createOpenApiExportRunner(() => {
    const w = new FakeWorker()
    workers.push(w)
    return w
  })
  return { workers, run }
}

describe('createOpenApiExportRunner', () => {
  it('keeps one warm worker for exports that follow each other', async () => {
    const { workers, run } = setup()
    const first = run(request)
    workers[0]?.answer({ id: 1, outcome: done })
    await expect(first).resolves.toBe(done)
    const second = run(request)
    expect(workers).toHaveLength(1)
    expect(workers[0]?.posted.map((p) => p.id)).toEqual([1, 2])
    workers[0]?.answer({ id: 2, outcome: { ok: false, message: 'no' } })
    await expect(second).resolves.toEqual({ ok: false, message: 'no' })
  })

  it('abandons a running export when a newer one is asked for', async () => {
    const { workers, run } = setup()
    const old = run(request)
    const latest = run(request)
    await expect(old).rejects.toBeInstanceOf(ExportSuperseded)
    expect(workers[0]?.terminated).toBe(true)
    expect(workers).toHaveLength(2)
    workers[0]?.answer({ id: 1, outcome: done })
    workers[1]?.answer({ id: 2, outcome: done })
    await expect(latest).resolves.toBe(done)
  })

  it('reports a crash, and a worker that fails is replaced on the next export', async () => {
    const { workers, run } = setup()
    const crashed = run(request)
    workers[0]?.answer({ id: 1, crash: 'boom' })
    await expect(crashed).rejects.toThrow('The export stopped unexpectedly: boom')
    const failed = run(request)
    workers[0]?.fail('script error')
    await expect(failed).rejects.toThrow('The export worker failed: script error.')
    const next = run(request)
    expect(workers).toHaveLength(2)
    workers[1]?.answer({ id: 3, outcome: done })
    await expect(next).resolves.toBe(done)
  })
})
