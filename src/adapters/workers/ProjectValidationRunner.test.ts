import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../core/model/validate/Diagnostic'
import { buildProject } from '../../testing/builders'
import { FakeWorker as TestWorker } from '../../testing/FakeWorker'
import { createProjectValidationRunner } from './ProjectValidationRunner'
import type { ValidateWorkerMessage, ValidateWorkerRequest } from './validateProjectProtocol'

class FakeWorker extends TestWorker<ValidateWorkerRequest, ValidateWorkerMessage> {}

const diagnostic = (message: string): Diagnostic => ({
  severity: 'warning',
  message,
  location: { apiId: 'a' },
})

function setup() {
  const workers: FakeWorker[] = []
  const run = createProjectValidationRunner(() => {
    const w = new FakeWorker()
    workers.push(w)
    return w
  })
  return { workers, run }
}

describe('createProjectValidationRunner', () => {
  it('keeps one warm worker and gives each validation its own answer, in any order', async () => {
    const { workers, run } = setup()
    const a = buildProject({ name: 'A' })
    const b = buildProject({ name: 'B' })
    const first = run(a)
    const second = run(b)
    expect(workers).toHaveLength(1)
    expect(workers[0]?.posted).toEqual([
      { id: 1, project: a },
      { id: 2, project: b },
    ])
    workers[0]?.answer({ id: 2, diagnostics: [diagnostic('b')] })
    workers[0]?.answer({ id: 1, diagnostics: [diagnostic('a')] })
    await expect(first).resolves.toEqual([diagnostic('a')])
    await expect(second).resolves.toEqual([diagnostic('b')])
  })

  it('rejects with the reason when validation throws inside the worker', async () => {
    const { workers, run } = setup()
    const pending = run(buildProject())
    workers[0]?.answer({ id: 1, crash: 'out of memory' })
    await expect(pending).rejects.toThrow('Validation stopped unexpectedly: out of memory')
  })

  it('rejects everything pending when the worker fails, and starts a fresh one next time', async () => {
    const { workers, run } = setup()
    const one = run(buildProject())
    const two = run(buildProject())
    workers[0]?.fail('script error')
    await expect(one).rejects.toThrow('The validation worker failed: script error.')
    await expect(two).rejects.toThrow('The validation worker failed: script error.')
    expect(workers[0]?.terminated).toBe(true)
    const three = run(buildProject())
    expect(workers).toHaveLength(2)
    workers[1]?.answer({ id: 3, diagnostics: [] })
    await expect(three).resolves.toEqual([])
  })
})
