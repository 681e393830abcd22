import { beforeEach, describe, expect, it } from 'vitest'
import { renameProject } from '../core/model/commands/project/renameProject'
import { createEmptyProject, type Project } from '../core/model/project'
import { serializeProject } from '../core/model/projectFile'
import type { ProjectStorage, ProjectSummary } from '../core/ports/ProjectStorage'
import { FakeClock, SequentialIds } from '../testing/fakes'
import { createProjectStore } from './projectStore'
import { AUTOSAVE_DELAY_MS, createWorkspaceStore, DEFAULT_PROJECT_NAME, type Timers } from './workspaceStore'

/** Storage in a Map, with switches to make it fail the way IndexedDB can. */
class MemoryStorage implements ProjectStorage {
  docs = new Map<string, unknown>()
  lastOpened: string | undefined
  writes = 0
  failWrites: Error | null = null
  failReads: Error | null = null
  async list(): Promise<ProjectSummary[]> {
    if (this.failReads) throw this.failReads
    return [...this.docs.values()].map((d) => {
      const p = d as Project
      return { id: p.id, name: p.name, updatedAt: p.updatedAt }
    })
  }
  async load(id: string) {
    if (this.failReads) throw this.failReads
    return structuredClone(this.docs.get(id))
  }
  async save(project: Project) {
    if (this.failWrites) throw this.failWrites
    this.writes++
    this.docs.set(project.id, structuredClone(project))
  }
  async remove(id: string) {
    this.docs.delete(id)
  }
  async getLastOpened() {
    if (this.failReads) throw this.failReads
    return this.lastOpened
  }
  async setLastOpened(id: string) {
    this.lastOpened = id
  }
}

/** Timers that run only when the test says so. */
class ManualTimers implements Timers {
  private next = 1
  pending = new Map<number, { fn: () => void; ms: number }>()
  set(fn: () => void, ms: number) {
    const id = this.next++
    this.pending.set(id, { fn, ms })
    return id
  }
  clear(handle: unknown) {
    this.pending.delete(handle as number)
  }
  runAll() {
    const due = [...this.pending.values()]
    this.pending.clear()
    for (const t of due) t.fn()
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0))

let clock: FakeClock
let ids: SequentialIds
let storage: MemoryStorage
let timers: ManualTimers

let announced: string[]

function start() {
  const projectStore = createProjectStore({ clock, ids })
  const workspace = createWorkspaceStore({
    projectStore,
    storage,
    timers,
    onStored: (id) => announced.push(id),
  })
  return { projectStore, workspace }
}

function stored(name: string): Project {
  clock.advance(1000)
  const p = createEmptyProject(name, ids, clock)
  storage.docs.set(p.id, p)
  return p
}

beforeEach(() => {
  clock = new FakeClock()
  ids = new SequentialIds()
  storage = new MemoryStorage()
  timers = new ManualTimers()
  announced = []
})

describe('workspace start-up', () => {
  it('makes and saves a first project in an empty browser', async () => {
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    const project = projectStore.getState().project
    expect(project?.name).toBe(DEFAULT_PROJECT_NAME)
    expect(storage.docs.has(project?.id ?? '')).toBe(true)
    expect(workspace.getState()).toMatchObject({
      phase: 'ready',
      currentId: project?.id,
      save: { state: 'saved' },
    })
    expect(storage.lastOpened).toBe(project?.id)
  })

  it('reopens the last opened project, else the most recent', async () => {
    const a = stored('A')
    stored('B')
    storage.lastOpened = a.id
    let s = start()
    await s.workspace.getState().init()
    expect(s.projectStore.getState().project?.name).toBe('A')
    expect(s.workspace.getState().projects.map((p) => p.name)).toEqual(['B', 'A'])
    storage.lastOpened = 'gone'
    s = start()
    await s.workspace.getState().init()
    expect(s.projectStore.getState().project?.name).toBe('B')
  })

  it('skips a stored project it cannot read and says so', async () => {
    stored('Old')
    const future = { ...stored('Future'), schemaVersion: 99 }
    storage.docs.set(future.id, future)
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    expect(projectStore.getState().project?.name).toBe('Old')
    expect(workspace.getState().openError).toMatch(/“Future” could not be opened: .*schema version 99/)
    expect(storage.docs.get(future.id)).toEqual(future)
  })

  it('keeps working in memory when storage cannot be read', async () => {
    storage.failReads = new Error('IndexedDB is disabled')
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    expect(projectStore.getState().project?.name).toBe(DEFAULT_PROJECT_NAME)
    expect(workspace.getState().storageUnavailable).toMatch(/IndexedDB is disabled/)
    expect(workspace.getState().save.state).toBe('failed')
    projectStore.getState().dispatch(renameProject, { name: 'Still editable' })
    expect(projectStore.getState().project?.name).toBe('Still editable')
    expect(timers.pending.size).toBe(0)
  })
})

describe('autosave', () => {
  it('writes a change once after the delay, however many edits come first', async () => {
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    const writes = storage.writes
    projectStore.getState().dispatch(renameProject, { name: 'One' })
    projectStore.getState().dispatch(renameProject, { name: 'Two' })
    expect(workspace.getState().save.state).toBe('pending')
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([AUTOSAVE_DELAY_MS])
    timers.runAll()
    await settle()
    expect(storage.writes).toBe(writes + 1)
    expect((storage.docs.get(projectStore.getState().project?.id ?? '') as Project).name).toBe('Two')
    expect(workspace.getState().save.state).toBe('saved')
    expect(workspace.getState().projects[0]?.name).toBe('Two')
  })

  it('saves immediately on saveNow, and undo is saved too', async () => {
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    const id = projectStore.getState().project?.id ?? ''
    projectStore.getState().dispatch(renameProject, { name: 'Edited' })
    await workspace.getState().saveNow()
    expect((storage.docs.get(id) as Project).name).toBe('Edited')
    projectStore.getState().undo()
    await workspace.getState().saveNow()
    expect((storage.docs.get(id) as Project).name).toBe(DEFAULT_PROJECT_NAME)
    expect(timers.pending.size).toBe(0)
  })

  it('reports a full quota, keeps the work, and saves once storage works again', async () => {
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    const id = projectStore.getState().project?.id ?? ''
    storage.failWrites = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    projectStore.getState().dispatch(renameProject, { name: 'Big' })
    await workspace.getState().saveNow()
    expect(workspace.getState().save).toMatchObject({ state: 'failed', quota: true })
    expect(projectStore.getState().project?.name).toBe('Big')
    expect(workspace.getState().exportProject()?.text).toContain('"name": "Big"')
    storage.failWrites = null
    await workspace.getState().saveNow()
    expect(workspace.getState().save.state).toBe('saved')
    expect((storage.docs.get(id) as Project).name).toBe('Big')
  })
})

describe('several tabs', () => {
  it('reloads the open project when another tab saved it and this tab has no unsaved change', async () => {
    const tabA = start()
    await tabA.workspace.getState().init()
    const tabB = start()
    await tabB.workspace.getState().init()
    const id = tabA.projectStore.getState().project?.id ?? ''
    expect(tabB.projectStore.getState().project?.id).toBe(id)

    clock.advance(1000)
    tabA.projectStore.getState().dispatch(renameProject, { name: 'From tab A' })
    await tabA.workspace.getState().saveNow()
    await tabB.workspace.getState().projectChangedElsewhere(id)
    expect(tabB.projectStore.getState().project?.name).toBe('From tab A')
    expect(tabB.workspace.getState().save.state).toBe('saved')
    // Reloading is not a change of its own: nothing is written back.
    const writes = storage.writes
    timers.runAll()
    await settle()
    expect(storage.writes).toBe(writes)
  })

  it('warns instead of reloading when this tab has unsaved changes', async () => {
    const tabA = start()
    await tabA.workspace.getState().init()
    const tabB = start()
    await tabB.workspace.getState().init()
    const id = tabA.projectStore.getState().project?.id ?? ''
    tabA.projectStore.getState().dispatch(renameProject, { name: 'A' })
    await tabA.workspace.getState().saveNow()
    tabB.projectStore.getState().dispatch(renameProject, { name: 'B' })
    await tabB.workspace.getState().projectChangedElsewhere(id)
    expect(tabB.projectStore.getState().project?.name).toBe('B')
    expect(tabB.workspace.getState().openError).toMatch(/also changed in another tab/)
  })

  it('announces every write and delete so other tabs can follow', async () => {
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    const first = projectStore.getState().project?.id ?? ''
    projectStore.getState().dispatch(renameProject, { name: 'x' })
    await workspace.getState().saveNow()
    await workspace.getState().createProject('Second')
    const second = projectStore.getState().project?.id ?? ''
    await workspace.getState().deleteProject(second)
    expect(announced).toEqual([first, first, second, second])
  })

  it('refreshes the project list when another tab saved a different project', async () => {
    const tabA = start()
    await tabA.workspace.getState().init()
    const tabB = start()
    await tabB.workspace.getState().init()
    await tabA.workspace.getState().createProject('Made in A')
    await tabB.workspace.getState().projectChangedElsewhere(tabA.projectStore.getState().project?.id ?? '')
    expect(tabB.workspace.getState().projects.map((p) => p.name)).toContain('Made in A')
    expect(tabB.projectStore.getState().project?.name).toBe(DEFAULT_PROJECT_NAME)
  })
})

describe('managing projects', () => {
  it('creates, switches and keeps each project’s edits', async () => {
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    const first = projectStore.getState().project?.id ?? ''
    projectStore.getState().dispatch(renameProject, { name: 'First' })
    await workspace.getState().createProject('Second')
    expect(projectStore.getState().project?.name).toBe('Second')
    expect((storage.docs.get(first) as Project).name).toBe('First')
    expect(
      workspace
        .getState()
        .projects.map((p) => p.name)
        .sort(),
    ).toEqual(['First', 'Second'])
    expect(await workspace.getState().openProject(first)).toBe(true)
    expect(projectStore.getState().project?.name).toBe('First')
    // Its undo history came back with it (the new project had none of its own).
    expect(projectStore.getState().past.map((e) => e.label)).toEqual(['Rename project'])
  })

  it('keeps each project’s undo and redo history across switches, and undo after coming back is saved', async () => {
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    const first = projectStore.getState().project?.id ?? ''
    projectStore.getState().dispatch(renameProject, { name: 'First' })
    projectStore.getState().dispatch(renameProject, { name: 'First!' })
    projectStore.getState().undo()
    await workspace.getState().createProject('Second')
    const second = projectStore.getState().project?.id ?? ''
    clock.advance(1000)
    projectStore.getState().dispatch(renameProject, { name: 'Second edited' })

    await workspace.getState().openProject(first)
    expect(projectStore.getState().project?.name).toBe('First')
    expect(projectStore.getState().future.map((e) => e.after.name)).toEqual(['First!'])
    projectStore.getState().undo()
    await workspace.getState().saveNow()
    expect((storage.docs.get(first) as Project).name).toBe(DEFAULT_PROJECT_NAME)

    await workspace.getState().openProject(second)
    expect(projectStore.getState().undo()).toBe(true)
    expect(projectStore.getState().project?.name).toBe('Second')
    await workspace.getState().openProject(first)
    expect(projectStore.getState().redo()).toBe(true)
    expect(projectStore.getState().project?.name).toBe('First')
  })

  it('starts a fresh history when the project was changed in another tab meanwhile', async () => {
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    const first = projectStore.getState().project?.id ?? ''
    projectStore.getState().dispatch(renameProject, { name: 'First' })
    await workspace.getState().createProject('Second')
    clock.advance(1000)
    const elsewhere = { ...(storage.docs.get(first) as Project), name: 'Other tab', updatedAt: 'later' }
    storage.docs.set(first, elsewhere)
    await workspace.getState().openProject(first)
    expect(projectStore.getState().project?.name).toBe('Other tab')
    expect(projectStore.getState().past).toEqual([])
  })

  it('duplicates the open project under a new id', async () => {
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    const original = projectStore.getState().project
    await workspace.getState().duplicateProject()
    const copy = projectStore.getState().project
    expect(copy?.name).toBe(`${DEFAULT_PROJECT_NAME} (copy)`)
    expect(copy?.id).not.toBe(original?.id)
    expect(storage.docs.size).toBe(2)
  })

  it('deletes the open project and opens the next one, without writing the deleted one back', async () => {
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    const first = projectStore.getState().project?.id ?? ''
    await workspace.getState().createProject('Second')
    const second = projectStore.getState().project?.id ?? ''
    projectStore.getState().dispatch(renameProject, { name: 'Unsaved edit' })
    await workspace.getState().deleteProject(second)
    timers.runAll()
    await settle()
    expect(storage.docs.has(second)).toBe(false)
    expect(projectStore.getState().project?.id).toBe(first)
    await workspace.getState().deleteProject(first)
    expect(projectStore.getState().project?.name).toBe(DEFAULT_PROJECT_NAME)
    expect(storage.docs.size).toBe(1)
    expect(workspace.getState().projects).toHaveLength(1)
  })

  it('forgets the undo history of a deleted project', async () => {
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    const first = projectStore.getState().project!
    projectStore.getState().dispatch(renameProject, { name: 'Edited' })
    const edited = projectStore.getState().project!
    await workspace.getState().createProject('Second')
    await workspace.getState().deleteProject(first.id)
    // Were the same document to come back (e.g. an undo of the delete), it would start afresh.
    projectStore.getState().load(edited)
    expect(projectStore.getState().past).toEqual([])
  })

  it('imports an exported project as a new project', async () => {
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    projectStore.getState().dispatch(renameProject, { name: 'Shared' })
    const file = workspace.getState().exportProject()
    expect(file?.fileName).toBe('Shared.gatewright.json')
    const result = await workspace.getState().importProjectFile(file?.text ?? '')
    expect(result.ok).toBe(true)
    expect(projectStore.getState().project?.name).toBe('Shared')
    expect(workspace.getState().projects).toHaveLength(2)
    expect(new Set(workspace.getState().projects.map((p) => p.id)).size).toBe(2)
  })

  it('in an empty browser, an import replaces the untouched project the studio made at start', async () => {
    const file = serializeProject(createEmptyProject('Payments', ids, clock))
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    const made = workspace.getState().currentId
    const result = await workspace.getState().importProjectFile(file)
    expect(result.ok).toBe(true)
    expect(projectStore.getState().project?.name).toBe('Payments')
    expect(workspace.getState().projects.map((p) => p.name)).toEqual(['Payments'])
    expect([...storage.docs.keys()]).not.toContain(made)
    // only the first import does it
    await workspace.getState().importProjectFile(file)
    expect(workspace.getState().projects.map((p) => p.name)).toEqual(['Payments', 'Payments'])
  })

  it('keeps the project made at start once anything reached it, or when the browser had projects', async () => {
    const file = serializeProject(createEmptyProject('Payments', ids, clock))
    // edited, even if undone
    const a = start()
    await a.workspace.getState().init()
    a.projectStore.getState().dispatch(renameProject, { name: 'Mine' })
    a.projectStore.getState().undo()
    await a.workspace.getState().importProjectFile(file)
    expect(a.workspace.getState().projects).toHaveLength(2)
    a.workspace.dispose()
    // a browser that already had a project: nothing made at start, nothing removed
    storage = new MemoryStorage()
    stored('Kept')
    const b = start()
    await b.workspace.getState().init()
    await b.workspace.getState().importProjectFile(file)
    const names = b.workspace.getState().projects.map((p) => p.name)
    expect(names.sort()).toEqual(['Kept', 'Payments'])
  })

  it('leaves everything untouched when the file is bad', async () => {
    const { projectStore, workspace } = start()
    await workspace.getState().init()
    const before = projectStore.getState().project
    const bad = serializeProject({ ...(before as Project), restApis: 'nope' as never })
    const result = await workspace.getState().importProjectFile(bad, 'bad.gatewright.json')
    expect(result).toMatchObject({ ok: false, error: { field: 'restApis' } })
    expect(workspace.getState().importError).toMatchObject({
      fileName: 'bad.gatewright.json',
      error: { field: 'restApis' },
    })
    expect(projectStore.getState().project).toBe(before)
    expect(workspace.getState().projects).toHaveLength(1)
    expect(storage.docs.size).toBe(1)
  })
})
