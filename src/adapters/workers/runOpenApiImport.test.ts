import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildProject, buildRestApi, corpusPath } from '../../testing/builders'
import { SequentialIds } from '../../testing/fakes'
import type { ImportRequest, ImportWorkerMessage } from './openApiImportProtocol'
import { runOpenApiImport } from './runOpenApiImport'

const corpus = (name: string) => readFileSync(corpusPath(`openapi/${name}`), 'utf8')

async function run(request: ImportRequest) {
  const messages: ImportWorkerMessage[] = []
  let t = 100
  await runOpenApiImport(
    request,
    new SequentialIds(),
    (m) => messages.push(m),
    () => (t += 5),
  )
  const last = messages[messages.length - 1]
  if (last?.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(last)}`)
  return { messages, outcome: last.outcome, progress: messages.filter((m) => m.type === 'progress') }
}

describe('runOpenApiImport', () => {
  it('imports pasted text, reports progress, and returns only the new API', async () => {
    const project = buildProject()
    const { outcome, progress } = await run({
      project,
      source: { kind: 'text', text: corpus('awsdocs-kinesis-proxy.oas30.json') },
      options: { mode: 'new' },
    })
    expect(outcome.ok).toBe(true)
    expect(outcome.apiType).toBe('rest')
    expect(outcome.flavour).toBe('oas30')
    expect(outcome.format).toBe('json')
    expect(outcome.imported?.kind).toBe('rest')
    expect(outcome.imported?.api.name).toBe(JSON.parse(corpus('awsdocs-kinesis-proxy.oas30.json')).info.title)
    expect(outcome.durationMs).toBe(5)
    expect(progress.map((m) => m.type === 'progress' && m.progress.phase)).toContain('paths')
    expect(project.restApis).toEqual([])
  })

  it('reads a file (Blob) itself and reports the read as progress', async () => {
    const text = corpus('sam-example-swagger-cors.swagger.yaml')
    const { outcome, progress } = await run({
      project: buildProject(),
      source: { kind: 'file', file: new Blob([text]) },
      options: { mode: 'new', repair: true },
    })
    expect(progress[0]).toEqual({
      type: 'progress',
      progress: { phase: 'read', done: 0, total: text.length },
    })
    expect(outcome.format).toBe('yaml')
    expect(outcome.size).toBe(text.length)
    expect(outcome.ok).toBe(true)
    expect(outcome.issues.some((i) => i.severity === 'warning' && i.pointer.startsWith('/'))).toBe(true)
  })

  it('returns the errors and no API when AWS would refuse the file', async () => {
    const { outcome } = await run({
      project: buildProject(),
      source: {
        kind: 'text',
        text: '{"openapi": "3.1.0", "info": {"title": "x", "version": "1"}, "paths": {}}',
      },
      options: { mode: 'new' },
    })
    expect(outcome.ok).toBe(false)
    expect(outcome.imported).toBeUndefined()
    expect(outcome.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        pointer: '/openapi',
        message: expect.stringMatching(/^Invalid OpenAPI input/),
      }),
    ])
  })

  it('turns warnings into a refusal with failOnWarnings', async () => {
    const { outcome } = await run({
      project: buildProject(),
      source: { kind: 'text', text: corpus('awsdocs-request-validators.swagger.json') },
      options: { mode: 'new', failOnWarnings: true },
    })
    expect(outcome.ok).toBe(false)
    expect(outcome.failedOnWarnings).toBe(true)
    expect(outcome.issues.filter((i) => i.severity === 'warning').length).toBeGreaterThan(0)
  })

  it('merges into the target API and returns it under the same id', async () => {
    const target = buildRestApi({ id: 'target0001', name: 'Existing' })
    const { outcome } = await run({
      project: buildProject({ restApis: [target] }),
      source: { kind: 'text', text: corpus('awsdocs-kinesis-proxy.oas30.json') },
      options: { mode: 'merge', targetApiId: 'target0001' },
    })
    expect(outcome.ok).toBe(true)
    expect(outcome.imported?.api.id).toBe('target0001')
  })

  it('posts a crash message instead of throwing when reading fails', async () => {
    const messages: ImportWorkerMessage[] = []
    const broken = { size: 3, text: () => Promise.reject(new Error('disk gone')) } as unknown as Blob
    await runOpenApiImport(
      { project: buildProject(), source: { kind: 'file', file: broken }, options: {} },
      new SequentialIds(),
      (m) => messages.push(m),
      () => 0,
    )
    expect(messages[messages.length - 1]).toEqual({ type: 'crash', message: 'disk gone' })
  })
})
