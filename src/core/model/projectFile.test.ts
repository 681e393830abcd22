import { describe, expect, it } from 'vitest'
import { FakeClock, SequentialIds } from '../../testing/fakes'
import { CURRENT_SCHEMA_VERSION, createEmptyProject } from './project'
import { parseProjectFile, projectFileName, readProjectDocument, serializeProject } from './projectFile'

const project = () => createEmptyProject('Pet store', new SequentialIds(), new FakeClock())

function errorOf(text: string) {
  const result = parseProjectFile(text)
  if (result.ok) throw new Error('expected the file to be rejected')
  return result.error
}

describe('project file', () => {
  it('round-trips a project exactly', () => {
    const p = { ...project(), stages: [], functions: [{ name: 'fn', code: 'x', extra: [1, { a: null }] }] }
    const text = serializeProject(p as never)
    expect(text.endsWith('}\n')).toBe(true)
    const result = parseProjectFile(text)
    expect(result).toMatchObject({ ok: true, fromVersion: CURRENT_SCHEMA_VERSION, migrations: [] })
    if (result.ok) expect(result.project).toEqual(p)
  })

  it('says when the text is not JSON', () => {
    const error = errorOf('{"name": "x",')
    expect(error.problem).toBe('not-json')
    expect(error.message).toMatch(/^This file is not JSON \(/)
  })

  it('says when the JSON is not an object', () => {
    expect(errorOf('[1,2]')).toMatchObject({
      problem: 'wrong-shape',
      message: expect.stringMatching(/got an array/),
    })
    expect(errorOf('"hello"').message).toMatch(/got the string "hello"/)
  })

  it('names the missing or mistyped field', () => {
    const { restApis: _, ...withoutApis } = project()
    expect(errorOf(JSON.stringify(withoutApis))).toEqual({
      problem: 'wrong-shape',
      field: 'restApis',
      message: 'restApis: missing (expected an array).',
    })
    expect(errorOf(JSON.stringify({ ...project(), name: 42 }))).toMatchObject({
      field: 'name',
      message: 'name: expected a string, got number 42.',
    })
    expect(errorOf(JSON.stringify({ ...project(), settings: { region: 'us-east-1' } })).field).toBe(
      'settings.accountId',
    )
    expect(errorOf(JSON.stringify({ ...project(), name: '  ' })).message).toBe('name: must not be empty.')
  })

  it('names the faulty item inside a list', () => {
    const api = { id: 'a1b2c3d4e5', name: 'Pets', rootResourceId: 'r', resources: {} }
    const bad = { ...project(), restApis: [api, { ...api, name: null }] }
    expect(errorOf(JSON.stringify(bad))).toMatchObject({
      field: 'restApis[1].name',
      message: 'restApis[1].name: expected a string, got null.',
    })
    expect(errorOf(JSON.stringify({ ...project(), stages: ['prod'] })).field).toBe('stages[0]')
  })

  it('refuses a file from a newer Gatewright', () => {
    const error = errorOf(JSON.stringify({ ...project(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }))
    expect(error).toMatchObject({ problem: 'newer-version', field: 'schemaVersion' })
    expect(error.message).toMatch(/newer Gatewright/)
  })

  it('refuses a document without schemaVersion as not a project file', () => {
    const { schemaVersion: _, ...rest } = project()
    expect(readProjectDocument(rest)).toMatchObject({ ok: false, error: { field: 'schemaVersion' } })
  })

  it('makes a safe file name from the project name', () => {
    expect(projectFileName({ name: 'Pet store / v2' })).toBe('Pet-store-v2.gatewright.json')
    expect(projectFileName({ name: 'Café' })).toBe('Cafe.gatewright.json')
    expect(projectFileName({ name: '///' })).toBe('project.gatewright.json')
  })
})
