/** Wall-clock and monotonic time, injected so core code can be replayed with a fake clock. */
export interface Clock {
  /** Milliseconds since the Unix epoch (like Date.now()). */
  now(): number
  /** A monotonic reading in milliseconds with sub-millisecond precision, for durations. */
  monotonic(): number
}
