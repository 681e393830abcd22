import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ImportedApi } from '../../core/model/commands/import/applyImportedApi'
import type { Project } from '../../core/model/project'
import { importOpenApi } from '../../core/openapi'
import { createProjectStore } from '../../state/projectStore'
import { buildProject, buildRestApi, corpusPath } from '../../testing/builders'
import { FakeClock, SequentialIds } from '../../testing/fakes'
import type { ImportJob, ImportJobOutcome, ImportRunner } from './importRunner'
import { createImportSession } from './importSession'

const corpus = (name: string) => readFileSync(corpusPath(`openapi/${name}`), 'utf8')

/** Runs the real importer in-process, as the worker does, and reports its progress. */
const inProcessRunner: ImportRunner = (job, onProgress) => {
  const run = async (): Promise<ImportJobOutcome> => {
    const text = job.source.kind === 'text' ? job.source.text : await job.source.file.text()
    const result = importOpenApi(job.project, text, { ...job.options, onProgress }, new SequentialIds(7))
    const api = result.project.restApis.find((a) => a.id === result.apiId)
    const http = result.project.httpApis.find((a) => a.id === result.apiId)
    const imported: ImportedApi | undefined = api
      ? { kind: 'rest', api }
      : http
        ? { kind: 'http', api: http }
        : undefined
    return {
      ok: result.ok,
      issues: result.issues,
      size: text.length,
      durationMs: 1,
      ...(result.apiType ? { apiType: result.apiType } : {}),
      ...(result.failedOnWarnings ? { failedOnWarnings: true } : {}),
      ...(result.ok && imported ? { imported } : {}),
    }
  }
  return { outcome: run(), cancel: () => {} }
}

/** A runner that never finishes on its own: the test cancels it. */
function pendingRunner(): { runner: ImportRunner; cancelled: () => number; jobs: ImportJob[] } {
  let cancelled = 0
  const jobs: ImportJob[] = []
  const runner: ImportRunner = (job, onProgress) => {
    jobs.push(job)
    onProgress({ phase: 'read', done: 0, total: 10 })
    return { outcome: new Promise(() => {}), cancel: () => cancelled++ }
  }
  return { runner, cancelled: () => cancelled, jobs }
}

function setup(project: Project = buildProject(), runImport: ImportRunner = inProcessRunner) {
  const projectStore = createProjectStore({ clock: new FakeClock(), ids: new SequentialIds() })
  projectStore.getState().load(project)
  const selected: string[] = []
  const session = createImportSession({ projectStore, runImport, onImported: (id) => selected.push(id) })
  return { projectStore, session, selected }
}

async function settled(session: ReturnType<typeof setup>['session']) {
  for (let i = 0; i < 50 && session.getState().status.kind === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 5))
  }
  return session.getState().status
}

describe('import session', () => {
  it('checks pasted text without touching the project, then commits it as one undoable edit', async () => {
    const { projectStore, session, selected } = setup()
    const before = projectStore.getState().project
    session.getState().setTab('text')
    session.getState().setText(corpus('awsdocs-request-validators.swagger.json'))
    session.getState().check()
    expect(session.getState().status.kind).toBe('running')
    const checked = await settled(session)
    if (checked.kind !== 'checked') throw new Error(JSON.stringify(checked))
    expect(checked.outcome.ok).toBe(true)
    expect(checked.outcome.issues.some((i) => i.severity === 'warning')).toBe(true)
    expect(projectStore.getState().project).toBe(before)

    session.getState().commit()
    const status = session.getState().status
    expect(status.kind).toBe('committed')
    const project = projectStore.getState().project
    expect(project?.restApis).toHaveLength(1)
    expect(status.kind === 'committed' && status.apiName).toBe(project?.restApis[0]?.name)
    expect(selected).toEqual([project?.restApis[0]?.id])
    expect(projectStore.getState().past.map((e) => e.label)).toEqual(['Import OpenAPI'])
    projectStore.getState().undo()
    expect(projectStore.getState().project?.restApis).toEqual([])
  })

  it('reads a chosen file and reports an error, leaving nothing to commit', async () => {
    const { projectStore, session } = setup()
    const text = corpus('sam-translator-disable-execute-api.oas30.json')
    session.getState().chooseFile({ name: 'x.json', size: text.length, blob: new Blob([text]) })
    session.getState().check()
    const status = await settled(session)
    expect(status.kind === 'checked' && status.outcome.ok).toBe(false)
    expect(status.kind === 'checked' && status.outcome.issues.filter((i) => i.severity === 'error')).toEqual([
      expect.objectContaining({ pointer: '/info/title' }),
    ])
    session.getState().commit()
    expect(projectStore.getState().past).toEqual([])
    // The same file with repairs imports, each repair a warning.
    session.getState().updateSettings({ repair: true })
    expect(session.getState().status.kind).toBe('idle')
    session.getState().check()
    const repaired = await settled(session)
    expect(repaired.kind === 'checked' && repaired.outcome.ok).toBe(true)
  })

  it('merges into the chosen API, and refuses to commit when that API changed after the check', async () => {
    const api = buildRestApi({ id: 'target0001', name: 'Kinesis' })
    const { projectStore, session } = setup(buildProject({ restApis: [api] }))
    session.getState().setTab('text')
    session.getState().setText(corpus('awsdocs-kinesis-proxy.oas30.json'))
    session.getState().updateSettings({ mode: 'merge' })
    expect(session.getState().settings.targetApiId).toBe('target0001')
    session.getState().check()
    await settled(session)
    // Someone renames the API while the findings are being read.
    const project = projectStore.getState().project as Project
    projectStore.getState().load({ ...project, restApis: [{ ...api, name: 'Renamed' }] })
    session.getState().commit()
    const status = session.getState().status
    expect(status.kind === 'failed' && status.message).toMatch(/changed after the import was checked/)
    expect(projectStore.getState().project?.restApis[0]?.name).toBe('Renamed')
  })

  it('cancels a running import and ignores whatever it reports afterwards', () => {
    const pending = pendingRunner()
    const { session } = setup(buildProject(), pending.runner)
    session.getState().setTab('text')
    session.getState().setText('{"swagger": "2.0"}')
    session.getState().check()
    expect(session.getState().status).toEqual({
      kind: 'running',
      progress: { phase: 'read', done: 0, total: 10 },
    })
    expect(pending.jobs[0]?.options).toMatchObject({ mode: 'new', failOnWarnings: false, repair: false })
    session.getState().cancel()
    expect(pending.cancelled()).toBe(1)
    expect(session.getState().status).toEqual({ kind: 'idle' })
  })

  it('says what is missing instead of running', () => {
    const { session } = setup()
    session.getState().check()
    expect(session.getState().status).toEqual({ kind: 'failed', message: 'Choose or drop an OpenAPI file.' })
    session.getState().setTab('text')
    session.getState().setText('openapi: 3.0.1')
    session.getState().updateSettings({ mode: 'overwrite' })
    session.getState().check()
    expect(session.getState().status).toEqual({ kind: 'failed', message: 'Choose the API to overwrite.' })
  })

  it('reports a runner failure', async () => {
    const failing: ImportRunner = () => ({
      outcome: Promise.reject(new Error('The import worker failed.')),
      cancel() {},
    })
    const { session } = setup(buildProject(), failing)
    session.getState().setTab('text')
    session.getState().setText('{}')
    session.getState().check()
    expect(await settled(session)).toEqual({ kind: 'failed', message: 'The import worker failed.' })
  })
})

describe('import session navigation', () => {
  it('goes back from the findings to the form, and reset forgets the source', async () => {
    const { session } = setup()
    session.getState().setTab('text')
    session.getState().setText(corpus('awsdocs-kinesis-proxy.oas30.json'))
    session.getState().check()
    expect((await settled(session)).kind).toBe('checked')
    session.getState().back()
    expect(session.getState().status).toEqual({ kind: 'idle' })
    expect(session.getState().text).not.toBe('')
    session.getState().reset()
    expect(session.getState().text).toBe('')
    expect(session.getState().file).toBeNull()
  })
})
