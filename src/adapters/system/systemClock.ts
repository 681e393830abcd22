import type { Clock } from '../../core/ports/Clock'

/** The real clock: wall time from `Date.now()`, monotonic time from `performance.now()`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.timeOrigin + performance.now(),
}
