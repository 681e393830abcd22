import type { RequestTrace } from '../core/gateway/trace/RequestTrace'
import type { TraceSource } from '../state/consoleStore'

/**
 * A trace source that exists before the emulator has loaded: lookups answer nothing and
 * subscriptions are held until the real source arrives, then forwarded to it.
 */
export function deferredTraceSource(real: Promise<TraceSource>): TraceSource {
  let source: TraceSource | undefined
  const waiting = new Set<(trace: RequestTrace) => void>()
  const unsubscribers = new Map<(trace: RequestTrace) => void, () => void>()
  real.then(
    (s) => {
      source = s
      for (const listener of waiting) unsubscribers.set(listener, s.subscribe(listener))
      waiting.clear()
    },
    () => waiting.clear(),
  )
  return {
    get: (requestId) => source?.get(requestId),
    subscribe(listener) {
      if (source) return source.subscribe(listener)
      waiting.add(listener)
      return () => {
        waiting.delete(listener)
        unsubscribers.get(listener)?.()
        unsubscribers.delete(listener)
      }
    },
  }
}
