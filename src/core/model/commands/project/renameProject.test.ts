import { describe, expect, it } from 'vitest'
import { FakeClock, SequentialIds } from '../../../../testing/fakes'
import { createEmptyProject } from '../../project'
import { CommandError } from '../defineCommand'
import { MAX_PROJECT_NAME_LENGTH, projectNameProblem, renameProject } from './renameProject'

const project = () => createEmptyProject('Pets', new SequentialIds(), new FakeClock())

describe('renameProject', () => {
  it('renames and trims, without mutating the input', () => {
    const before = project()
    const after = renameProject.apply(before, { name: '  Pet store  ' })
    expect(after.name).toBe('Pet store')
    expect(before.name).toBe('Pets')
    expect(after.restApis).toBe(before.restApis)
  })

  it('returns the same object when the name does not change', () => {
    const before = project()
    expect(renameProject.apply(before, { name: ' Pets ' })).toBe(before)
  })

  it('rejects empty, too long and control-character names with a CommandError', () => {
    const p = project()
    expect(() => renameProject.apply(p, { name: '   ' })).toThrow(CommandError)
    expect(() => renameProject.apply(p, { name: 'x'.repeat(MAX_PROJECT_NAME_LENGTH + 1) })).toThrow(
      /at most 100 characters/,
    )
    expect(() => renameProject.apply(p, { name: 'a\nb' })).toThrow(/control characters/)
    expect(projectNameProblem('x'.repeat(MAX_PROJECT_NAME_LENGTH))).toBeNull()
  })
})
