import type { RequestTrace } from '../../core/gateway/trace/RequestTrace'
import type { TraceStore } from '../../core/gateway/trace/TraceStore'

/** A request as the emulator received it, before the pipeline. */
export interface ObservedRequest {
  /** Header names lower-cased (Fetch normalises them), in the order received; `host` added when absent. */
  headers: readonly (readonly [string, string])[]
  body: Uint8Array
  /** The fragment of the URL the client fetched, without `#` ('' for none). Servers never see one. */
  fragment: string
}

/** The engine's traces, each new one handed out with the request it answered. */
export interface RequestTraceFeed {
  get(requestId: string): RequestTrace | undefined
  subscribe(listener: (trace: RequestTrace, request?: ObservedRequest) => void): () => void
}

/**
 * Every trace `store` adds, with the request `requestOf` knows for its id at that moment (the
 * handler keeps a request only while it is being answered, so nothing piles up here).
 */
export function createRequestTraceFeed(
  store: TraceStore,
  requestOf: (requestId: string) => ObservedRequest | undefined,
): RequestTraceFeed {
  const listeners = new Set<(trace: RequestTrace, request?: ObservedRequest) => void>()
  store.subscribe((trace) => {
    const request = requestOf(trace.requestId)
    for (const l of listeners) {
      if (request) l(trace, request)
      else l(trace)
    }
  })
  return {
    get: (requestId) => store.get(requestId),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
