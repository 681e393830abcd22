import { describe, expect, it } from 'vitest'
import { formatBytes, importProgressView } from './importProgressView'

describe('importProgressView', () => {
  it('moves forward through the phases and never goes back', () => {
    const steps = [
      importProgressView(null),
      importProgressView({ phase: 'read', done: 0, total: 3_698_927 }),
      importProgressView({ phase: 'read', done: 3_698_927, total: 3_698_927 }),
      importProgressView({ phase: 'parse', done: 1, total: 1 }),
      importProgressView({ phase: 'models', done: 600, total: 1200 }),
      importProgressView({ phase: 'models', done: 1200, total: 1200 }),
      importProgressView({ phase: 'paths', done: 0, total: 400 }),
      importProgressView({ phase: 'paths', done: 400, total: 400 }),
      importProgressView({ phase: 'done', done: 1, total: 1 }),
    ].map((s) => s.fraction)
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThanOrEqual(steps[i - 1] ?? 0)
    expect(steps[0]).toBe(0)
    expect(steps[4]).toBeCloseTo(0.375)
    expect(steps[steps.length - 1]).toBe(1)
  })

  it('says what it is doing, with counts', () => {
    expect(importProgressView({ phase: 'read', done: 0, total: 3_698_927 }).label).toBe(
      'Reading the file (3.7 MB)…',
    )
    expect(importProgressView({ phase: 'models', done: 1150, total: 1204 }).label).toBe(
      'Models 1,150 of 1,204…',
    )
    expect(importProgressView({ phase: 'paths', done: 50, total: 0 })).toEqual({
      fraction: 0.5,
      label: 'Paths 50 of 0…',
    })
  })

  it('formats sizes', () => {
    expect(formatBytes(812)).toBe('812 bytes')
    expect(formatBytes(13_313)).toBe('13.3 kB')
    expect(formatBytes(3_698_927)).toBe('3.7 MB')
  })
})
