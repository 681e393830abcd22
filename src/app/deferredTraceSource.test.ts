import { describe, expect, it } from 'vitest'
import type { RequestTrace } from '../core/gateway/trace/RequestTrace'
import type { TraceSource } from '../state/consoleStore'
import { deferredTraceSource } from './deferredTraceSource'

function fakeSource() {
  const listeners = new Set<(t: RequestTrace) => void>()
  const byId = new Map<string, RequestTrace>()
  const source: TraceSource = {
    get: (id) => byId.get(id),
    subscribe(l) {
      listeners.add(l)
      return () => listeners.delete(l)
    },
  }
  const emit = (id: string) => {
    const t = { requestId: id } as unknown as RequestTrace
    byId.set(id, t)
    for (const l of listeners) l(t)
  }
  return { source, emit, listeners }
}

describe('deferredTraceSource', () => {
  it('holds subscriptions until the real source arrives, then forwards traces', async () => {
    const real = fakeSource()
    let resolve!: (s: TraceSource) => void
    const deferred = deferredTraceSource(new Promise((r) => (resolve = r)))
    const seen: string[] = []
    deferred.subscribe((t) => seen.push((t as unknown as { requestId: string }).requestId))
    expect(deferred.get('a')).toBeUndefined()
    resolve(real.source)
    await Promise.resolve()
    real.emit('a')
    expect(seen).toEqual(['a'])
    expect(deferred.get('a')).toBeDefined()
  })

  it('an unsubscribe made before or after arrival stops delivery', async () => {
    const real = fakeSource()
    let resolve!: (s: TraceSource) => void
    const deferred = deferredTraceSource(new Promise((r) => (resolve = r)))
    const seen: string[] = []
    const early = deferred.subscribe(() => seen.push('early'))
    const late = deferred.subscribe(() => seen.push('late'))
    early()
    resolve(real.source)
    await Promise.resolve()
    real.emit('x')
    late()
    real.emit('y')
    expect(seen).toEqual(['late'])
    expect(real.listeners.size).toBe(0)
  })
})
