import { describe, expect, it } from 'vitest'
import { cryptoIds } from './cryptoIds'
import { systemClock } from './systemClock'

describe('cryptoIds', () => {
  it('makes v4 UUIDs', () => {
    expect(cryptoIds.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('makes short ids of the asked length from [a-z0-9], using the whole alphabet', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 200; i++) {
      const id = cryptoIds.shortId(10)
      expect(id).toMatch(/^[a-z0-9]{10}$/)
      for (const c of id) seen.add(c)
    }
    expect(seen.size).toBe(36)
    expect(cryptoIds.shortId(0)).toBe('')
  })

  it('draws numbers in [0, 1)', () => {
    for (let i = 0; i < 100; i++) {
      const r = cryptoIds.random()
      expect(r).toBeGreaterThanOrEqual(0)
      expect(r).toBeLessThan(1)
    }
  })
})

describe('systemClock', () => {
  it('reads the wall clock and a monotonic clock', () => {
    const before = Date.now()
    expect(systemClock.now()).toBeGreaterThanOrEqual(before)
    const a = systemClock.monotonic()
    const b = systemClock.monotonic()
    expect(b).toBeGreaterThanOrEqual(a)
  })
})
