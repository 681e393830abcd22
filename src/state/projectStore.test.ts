import { describe, expect, it } from 'vitest'
import { CommandError, defineCommand } from '../core/model/commands/defineCommand'
import { renameProject } from '../core/model/commands/project/renameProject'
import { createEmptyProject, type Project } from '../core/model/project'
import { FakeClock, SequentialIds } from '../testing/fakes'
import { createProjectStore, HISTORY_LIMIT, MERGE_WINDOW_MS, redoLabel, undoLabel } from './projectStore'

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

  it('refuses edits before a project is open', () => {
    const store = createProjectStore({ clock: new FakeClock(), ids: new SequentialIds() })
    const result = store.getState().dispatch(renameProject, { name: 'x' })
    expect(result.ok).toBe(false)
    expect(store.getState().lastError?.message).toBe('No project is open.')
  })
})
