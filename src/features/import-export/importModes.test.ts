import { describe, expect, it } from 'vitest'
import { buildHttpApi, buildProject, buildRestApi } from '../../testing/builders'
import { IMPORT_MODES, importModeProblem, importTargets } from './importModes'

describe('import modes', () => {
  it('offers new, overwrite and merge, as AWS names them', () => {
    expect(IMPORT_MODES.map((m) => m.mode)).toEqual(['new', 'overwrite', 'merge'])
  })

  it('lists REST then HTTP APIs as targets', () => {
    const project = buildProject({
      restApis: [buildRestApi({ id: 'r1', name: 'Shop' })],
      httpApis: [buildHttpApi({ id: 'h1', name: 'Hooks' })],
    })
    expect(importTargets(project)).toEqual([
      { id: 'r1', name: 'Shop', kind: 'rest' },
      { id: 'h1', name: 'Hooks', kind: 'http' },
    ])
  })

  it('needs a target to overwrite or merge, and refuses merge into an HTTP API', () => {
    expect(importModeProblem('new', undefined)).toBeNull()
    expect(importModeProblem('overwrite', undefined)).toBe('Choose the API to overwrite.')
    expect(importModeProblem('merge', undefined)).toBe('Choose the API to merge into.')
    expect(importModeProblem('merge', { id: 'r1', name: 'Shop', kind: 'rest' })).toBeNull()
    expect(importModeProblem('overwrite', { id: 'h1', name: 'Hooks', kind: 'http' })).toBeNull()
    expect(importModeProblem('merge', { id: 'h1', name: 'Hooks', kind: 'http' })).toMatch(
      /HTTP APIs have no merge/,
    )
  })
})
