import type { Clock } from '../core/ports/Clock'
import type { IdSource } from '../core/ports/IdSource'

/** A clock that only moves when told to. Starts at 2025-01-01T00:00:00Z unless given a time. */
export class FakeClock implements Clock {
  constructor(private ms = Date.UTC(2025, 0, 1)) {}
  now(): number {
    return this.ms
  }
  monotonic(): number {
    return this.ms
  }
  advance(ms: number): void {
    this.ms += ms
  }
}

/** Ids that count up (uuid-shaped and short), and a repeatable pseudo-random sequence. */
export class SequentialIds implements IdSource {
  private n = 0
  private seed: number
  constructor(seed = 1) {
    this.seed = seed
  }
  uuid(): string {
    this.n++
    return `00000000-0000-4000-8000-${this.n.toString(16).padStart(12, '0')}`
  }
  shortId(length: number): string {
    this.n++
    return `id${this.n}`.padEnd(length, '0').slice(0, length)
  }
  random(): number {
    // mulberry32: small, deterministic, good enough for tests
    this.seed = (this.seed + 0x6d2b79f5) | 0
    let t = this.seed
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
