import type { StoreApi } from 'zustand/vanilla'
import type { HistoryEntry } from './consoleStore'

/**
 * What the designer reads of the test console (read only): its history, newest first. The
 * app's console store is one; the designer never sends or edits through it.
 */
export type ConsoleHistorySource = Pick<StoreApi<{ history: HistoryEntry[] }>, 'getState' | 'subscribe'>

/** A method of an API, as the emulator's traces name it (`httpMethod` may be `ANY`). */
export interface MethodRef {
  apiId: string
  resourceId: string
  httpMethod: string
}

/**
 * Whether the entry knows the request it sent: console entries always do; page entries only
 * when the emulator recorded the headers and body with the trace (`requestRecorded`).
 */
function requestKnown(entry: HistoryEntry): boolean {
  if (entry.source === 'console') return true
  return 'requestRecorded' in entry && entry.requestRecorded === true
}

/**
 * The newest request in the console's history that reached this method — matched by the
 * emulator's trace (API, resource and method that served it), not by URL, so a request to
 * `/pets/7` counts for `/pets/{petId}` — and whose request is known. Undefined when there is none.
 */
export function lastRequestForMethod(
  history: readonly HistoryEntry[],
  method: MethodRef,
): HistoryEntry | undefined {
  return history.find(
    (e) =>
      e.trace !== undefined &&
      e.trace.apiId === method.apiId &&
      e.trace.resourceId === method.resourceId &&
      e.trace.httpMethod === method.httpMethod &&
      requestKnown(e),
  )
}
