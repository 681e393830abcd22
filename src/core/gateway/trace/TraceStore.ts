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
    // Trim in batches so adding stays O(1) amortised.
    if (this.items.length >= this.limit * 2) {
      for (const old of this.items.splice(0, this.items.length - this.limit)) this.byId.delete(old.requestId)
    }
    for (const l of this.listeners) l(trace)
  }

  get(requestId: string): RequestTrace | undefined {
    const t = this.byId.get(requestId)
    return t !== undefined && this.items.indexOf(t) >= this.items.length - this.limit ? t : undefined
  }

  /** The kept traces, oldest first (at most `limit`). */
  list(): readonly RequestTrace[] {
    return this.items.length > this.limit ? this.items.slice(-this.limit) : this.items
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
