import { describe, expect, it } from 'vitest'
import { CommandError, defineCommand } from '../core/model/commands/defineCommand'
import { renameProject } from '../core/model/commands/project/renameProject'
import { createEmptyProject, type Project } from '../core/model/project'
import { FakeClock, SequentialIds } from '../testing/fakes'
import {
  createProjectStore,
  HISTORY_LIMIT,
  KEPT_HISTORIES,
  MERGE_WINDOW_MS,
  redoLabel,
  undoLabel,
} from './projectStore'

function setup() {
  const clock = new FakeClock()
  const ids = new SequentialIds()
  const store = createProjectStore({ clock, ids })
  store.getState().load(createEmptyProject('Pets', ids, clock))
  return { store, clock, ids }
}

const name = (store: ReturnType<typeof setup>['store']) => store.getState().project?.name

describe('projectStore', () => {
  it('applies a command and stamps updatedAt from the clock', () => {
    const { store, clock } = setup()
    clock.advance(5000)
    expect(store.getState().dispatch(renameProject, { name: 'Shop' })).toEqual({ ok: true, changed: true })
    expect(name(store)).toBe('Shop')
    expect(store.getState().project?.updatedAt).toBe('2025-01-01T00:00:05.000Z')
    expect(undoLabel(store.getState())).toBe('Undo Rename project')
  })

  it('undoes and redoes, and a new edit clears the redo stack', () => {
    const { store } = setup()
    const { dispatch } = store.getState()
    dispatch(renameProject, { name: 'A' })
    dispatch(renameProject, { name: 'B' })
    expect(store.getState().undo()).toBe(true)
    expect(name(store)).toBe('A')
    expect(redoLabel(store.getState())).toBe('Redo Rename project')
    expect(store.getState().redo()).toBe(true)
    expect(name(store)).toBe('B')
    store.getState().undo()
    store.getState().undo()
    expect(name(store)).toBe('Pets')
    expect(store.getState().undo()).toBe(false)
    dispatch(renameProject, { name: 'C' })
    expect(store.getState().future).toEqual([])
    expect(store.getState().redo()).toBe(false)
  })

  it('restores the exact earlier project object on undo', () => {
    const { store } = setup()
    const original = store.getState().project
    store.getState().dispatch(renameProject, { name: 'A' })
    store.getState().undo()
    expect(store.getState().project).toBe(original)
  })

  it('reports a CommandError without changing the project or the history', () => {
    const { store } = setup()
    const before = store.getState().project
    const result = store.getState().dispatch(renameProject, { name: '' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toBeInstanceOf(CommandError)
    expect(store.getState().project).toBe(before)
    expect(store.getState().past).toEqual([])
    expect(store.getState().lastError).toMatchObject({
      command: 'project.rename',
      message: 'Enter a project name.',
    })
    store.getState().dispatch(renameProject, { name: 'ok' })
    expect(store.getState().lastError).toBeNull()
  })

  it('turns an unexpected exception into a failure the user can read', () => {
    const { store } = setup()
    const broken = defineCommand<void>('test.broken', 'Break things', () => {
      throw new TypeError('boom')
    })
    const original = console.error
    console.error = () => {}
    try {
      const result = store.getState().dispatch(broken, undefined)
      expect(result.ok).toBe(false)
    } finally {
      console.error = original
    }
    expect(store.getState().lastError?.message).toBe('Break things failed: boom')
  })

  it('records nothing when a command changes nothing', () => {
    const { store } = setup()
    const revision = store.getState().revision
    expect(store.getState().dispatch(renameProject, { name: 'Pets' })).toEqual({ ok: true, changed: false })
    expect(store.getState().past).toHaveLength(0)
    expect(store.getState().revision).toBe(revision)
  })

  it('builds params from the clock and ids when given a factory', () => {
    const { store } = setup()
    const tag = defineCommand<{ id: string; at: string }>('test.tag', 'Tag', (p, { id, at }) => ({
      ...p,
      name: `${id}@${at}`,
    }))
    store.getState().dispatch(tag, ({ ids, nowIso, project }) => {
      expect(project.name).toBe('Pets')
      return { id: ids.shortId(4), at: nowIso }
    })
    expect(name(store)).toBe('id20@2025-01-01T00:00:00.000Z')
  })

  it('merges quick edits with the same mergeKey into one undo step', () => {
    const { store, clock } = setup()
    const { dispatch } = store.getState()
    dispatch(renameProject, { name: 'P' }, { mergeKey: 'name' })
    clock.advance(100)
    dispatch(renameProject, { name: 'Pe' }, { mergeKey: 'name' })
    clock.advance(100)
    dispatch(renameProject, { name: 'Pet' }, { mergeKey: 'name' })
    expect(store.getState().past).toHaveLength(1)
    clock.advance(MERGE_WINDOW_MS)
    dispatch(renameProject, { name: 'Pets!' }, { mergeKey: 'name' })
    expect(store.getState().past).toHaveLength(2)
    store.getState().undo()
    expect(name(store)).toBe('Pet')
    store.getState().undo()
    expect(name(store)).toBe('Pets')
  })

  it('does not merge into a step that was uncovered by undo', () => {
    const { store } = setup()
    const { dispatch } = store.getState()
    dispatch(renameProject, { name: 'A' }, { mergeKey: 'name' })
    dispatch(renameProject, { name: 'B' })
    store.getState().undo()
    dispatch(renameProject, { name: 'C' }, { mergeKey: 'name' })
    expect(store.getState().past.map((e) => e.after.name)).toEqual(['A', 'C'])
  })

  it('keeps at most HISTORY_LIMIT steps', () => {
    const { store } = setup()
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) store.getState().dispatch(renameProject, { name: `n${i}` })
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT)
    expect(store.getState().past[0]?.after.name).toBe('n5')
  })

  it('starts a fresh history when another project is loaded', () => {
    const { store, clock, ids } = setup()
    store.getState().dispatch(renameProject, { name: 'A' })
    const other: Project = createEmptyProject('Other', ids, clock)
    store.getState().load(other)
    expect(store.getState().project).toBe(other)
    expect(store.getState().past).toEqual([])
    expect(store.getState().undo()).toBe(false)
  })

  it('gives each project its undo and redo history back when it is opened again', () => {
    const { store, clock, ids } = setup()
    const { dispatch } = store.getState()
    dispatch(renameProject, { name: 'A1' })
    dispatch(renameProject, { name: 'A2' })
    store.getState().undo()
    // As the workspace does: the project is saved and read back (an equal copy, not the same object).
    const leftA = structuredClone(store.getState().project!)
    store.getState().load(createEmptyProject('B', ids, clock))
    clock.advance(10)
    store.getState().dispatch(renameProject, { name: 'B1' })
    const leftB = structuredClone(store.getState().project!)

    store.getState().load(leftA)
    expect(name(store)).toBe('A1')
    expect(undoLabel(store.getState())).toBe('Undo Rename project')
    expect(store.getState().redo()).toBe(true)
    expect(name(store)).toBe('A2')
    store.getState().undo()
    store.getState().undo()
    expect(name(store)).toBe('Pets')
    expect(store.getState().undo()).toBe(false)

    store.getState().load(leftB)
    expect(store.getState().undo()).toBe(true)
    expect(name(store)).toBe('B')
    expect(store.getState().redo()).toBe(true)
    expect(name(store)).toBe('B1')
  })

  it('does not merge the first edit after coming back into the step made before leaving', () => {
    const { store, clock, ids } = setup()
    store.getState().dispatch(renameProject, { name: 'P' }, { mergeKey: 'name' })
    const leftA = store.getState().project!
    store.getState().load(createEmptyProject('B', ids, clock))
    store.getState().load(structuredClone(leftA))
    store.getState().dispatch(renameProject, { name: 'Pe' }, { mergeKey: 'name' })
    expect(store.getState().past.map((e) => e.after.name)).toEqual(['P', 'Pe'])
  })

  it('drops a kept history when the project comes back changed (another tab saved it)', () => {
    const { store, clock, ids } = setup()
    store.getState().dispatch(renameProject, { name: 'A1' })
    const leftA = store.getState().project!
    store.getState().load(createEmptyProject('B', ids, clock))
    store.getState().load({ ...leftA, name: 'Renamed elsewhere', updatedAt: '2025-02-02T00:00:00.000Z' })
    expect(store.getState().past).toEqual([])
    expect(store.getState().future).toEqual([])
    // Reloading the open project itself (same id) starts afresh too.
    store.getState().dispatch(renameProject, { name: 'x' })
    store.getState().load(store.getState().project!)
    expect(store.getState().past).toEqual([])
  })

  it(`keeps the histories of the ${KEPT_HISTORIES} projects left most recently`, () => {
    const { store, clock, ids } = setup()
    const left: Project[] = []
    for (let i = 0; i <= KEPT_HISTORIES; i++) {
      const p = createEmptyProject(`P${i}`, ids, clock)
      store.getState().load(p)
      store.getState().dispatch(renameProject, { name: `P${i} edited` })
      left.push(store.getState().project!)
    }
    // Leaving the last one puts aside a fifth history: P0's, left longest ago, is dropped.
    store.getState().load(createEmptyProject('Fresh', ids, clock))
    const undoable = left.map((p) => {
      store.getState().load(p)
      return store.getState().past.length
    })
    expect(undoable).toEqual([0, ...Array.from({ length: KEPT_HISTORIES }, () => 1)])
  })

  it('keeps at most HISTORY_LIMIT steps of a project it puts aside', () => {
    const { store, clock, ids } = setup()
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) store.getState().dispatch(renameProject, { name: `n${i}` })
    const leftA = store.getState().project!
    store.getState().load(createEmptyProject('B', ids, clock))
    store.getState().load(leftA)
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT)
  })

  it('forgets the kept history of a deleted project', () => {
    const { store, clock, ids } = setup()
    store.getState().dispatch(renameProject, { name: 'A1' })
    const leftA = store.getState().project!
    store.getState().load(createEmptyProject('B', ids, clock))
    store.getState().forgetHistory(leftA.id)
    store.getState().load(leftA)
    expect(store.getState().past).toEqual([])
  })

  it('refuses edits before a project is open', () => {
    const store = createProjectStore({ clock: new FakeClock(), ids: new SequentialIds() })
    const result = store.getState().dispatch(renameProject, { name: 'x' })
    expect(result.ok).toBe(false)
    expect(store.getState().lastError?.message).toBe('No project is open.')
  })
})
