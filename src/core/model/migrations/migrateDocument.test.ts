import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '../project'
import { MigrationError, type MigrationStep, migrateDocument } from './migrateDocument'
import { projectMigrations } from './projectMigrations'

// Synthetic history: v0 called the project "title", v1 renamed it to "name", v2 moved the
// region into a settings object.
const v0ToV1: MigrationStep = {
  from: 0,
  description: 'title is now name',
  migrate: ({ title, ...rest }) => ({ ...rest, name: title }),
}
const v1ToV2: MigrationStep = {
  from: 1,
  description: 'region moves into settings',
  migrate: ({ region, ...rest }) => ({ ...rest, settings: { region } }),
}
const steps = [v1ToV2, v0ToV1] // order in the list does not matter

describe('migrateDocument', () => {
  it('chains steps one version at a time, oldest first', () => {
    const v0 = { schemaVersion: 0, title: 'Pets', region: 'eu-west-1' }
    const result = migrateDocument(v0, steps, 2)
    expect(result.document).toEqual({ schemaVersion: 2, name: 'Pets', settings: { region: 'eu-west-1' } })
    expect(result.fromVersion).toBe(0)
    expect(result.applied).toEqual(['0 → 1: title is now name', '1 → 2: region moves into settings'])
    expect(v0).toEqual({ schemaVersion: 0, title: 'Pets', region: 'eu-west-1' })
  })

  it('starts from the version the document has', () => {
    const result = migrateDocument({ schemaVersion: 1, name: 'Pets', region: 'us-east-1' }, steps, 2)
    expect(result.document).toEqual({ schemaVersion: 2, name: 'Pets', settings: { region: 'us-east-1' } })
    expect(result.applied).toHaveLength(1)
  })

  it('leaves a current document as it is', () => {
    const doc = { schemaVersion: 2, name: 'Pets' }
    const result = migrateDocument(doc, steps, 2)
    expect(result.document).toBe(doc)
    expect(result.applied).toEqual([])
  })

  it('rejects a document newer than this build', () => {
    const attempt = () => migrateDocument({ schemaVersion: 3 }, steps, 2)
    expect(attempt).toThrow(MigrationError)
    expect(attempt).toThrow(/schema version 3.*reads up to schema version 2/)
  })

  it('rejects a missing or malformed version', () => {
    expect(() => migrateDocument({ name: 'x' }, steps, 2)).toThrow(/schemaVersion: missing/)
    expect(() => migrateDocument({ schemaVersion: '1' }, steps, 2)).toThrow(
      /expected a whole number, got "1"/,
    )
    expect(() => migrateDocument({ schemaVersion: 1.5 }, steps, 2)).toThrow(/whole number/)
  })

  it('says which step is missing from the chain', () => {
    expect(() => migrateDocument({ schemaVersion: 0 }, [v1ToV2], 2)).toThrow(
      /No migration from schema version 0 to 1/,
    )
  })
})

describe('projectMigrations', () => {
  it('has one step for every version below the current one', () => {
    const froms = projectMigrations.map((s) => s.from).sort((a, b) => a - b)
    const expected = Array.from({ length: froms.length }, (_, i) => CURRENT_SCHEMA_VERSION - froms.length + i)
    expect(froms).toEqual(expected)
    expect(froms.every((v) => v >= 0 && v < CURRENT_SCHEMA_VERSION)).toBe(true)
  })

  it('brings a current-version document through unchanged', () => {
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, name: 'x' }
    expect(migrateDocument(doc, projectMigrations, CURRENT_SCHEMA_VERSION).document).toBe(doc)
  })
})
