import { describe, expect, it } from 'vitest'
import { FakeClock, SequentialIds } from '../../../../testing/fakes'
import { createEmptyProject } from '../../project'
import { accountIdProblem, regionProblem, updateProjectSettings } from './updateProjectSettings'

const project = () => createEmptyProject('Pets', new SequentialIds(), new FakeClock())

describe('updateProjectSettings', () => {
  it('changes only the given fields', () => {
    const before = project()
    const after = updateProjectSettings.apply(before, { region: 'eu-west-2' })
    expect(after.settings).toEqual({ region: 'eu-west-2', accountId: '123456789012' })
    expect(before.settings.region).toBe('us-east-1')
  })

  it('returns the same object when nothing changes', () => {
    const before = project()
    expect(updateProjectSettings.apply(before, { region: 'us-east-1' })).toBe(before)
    expect(updateProjectSettings.apply(before, {})).toBe(before)
  })

  it('accepts real region codes and rejects others', () => {
    for (const r of ['us-east-1', 'ap-southeast-2', 'us-gov-west-1', 'cn-northwest-1', 'eu-central-2'])
      expect(regionProblem(r)).toBeNull()
    for (const r of ['', 'US-EAST-1', 'useast1', 'us-east', 'us-east-1a'])
      expect(regionProblem(r)).not.toBeNull()
    expect(() => updateProjectSettings.apply(project(), { region: 'moon-1' })).toThrow(/not a region code/)
  })

  it('requires a 12-digit account id', () => {
    expect(accountIdProblem('000000000000')).toBeNull()
    expect(accountIdProblem('12345')).toMatch(/12 digits/)
    expect(() => updateProjectSettings.apply(project(), { accountId: '12345678901a' })).toThrow(/12 digits/)
  })
})
