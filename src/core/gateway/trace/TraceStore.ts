import type { RequestTrace } from './RequestTrace'

/** The most recent request traces, newest last, looked up by request id (`x-amzn-RequestId`). */
export class TraceStore {
  private readonly items: RequestTrace[] = []
  private readonly byId = new Map<string, RequestTrace>()
  private readonly listeners = new Set<(trace: RequestTrace) => void>()

  constructor(readonly limit = 500) {}

  add(trace: RequestTrace): void {
    this.items.push(trace)
    this.byId.set(trace.requestId, trace)
    while (this.items.length > this.limit) {
      const old = this.items.shift()!
      this.byId.delete(old.requestId)
    }
    for (const l of this.listeners) l(trace)
  }

  get(requestId: string): RequestTrace | undefined {
    return this.byId.get(requestId)
  }

  list(): readonly RequestTrace[] {
    return this.items
  }

  latest(): RequestTrace | undefined {
    return this.items[this.items.length - 1]
  }

  /** Calls `listener` with every trace added from now on; returns the unsubscribe function. */
  subscribe(listener: (trace: RequestTrace) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  clear(): void {
    this.items.length = 0
    this.byId.clear()
  }
}
