import { useStore } from 'zustand'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { fromBase64 } from '../core/gateway/http/bytes'
import type { RequestTrace } from '../core/gateway/trace/RequestTrace'
import type { HttpMethod } from '../core/model/rest/RestApi'
import type { Clock } from '../core/ports/Clock'
import type { IdSource } from '../core/ports/IdSource'
import { consoleTagOf, taggedUrl } from './consoleRequestTag'
import { type ObservedRequest, pageRequest } from './pageRequest'
import { type BodyData, formatBytes, MAX_STORED_BODY_BYTES, storedBody } from './storedBody'

export type { ObservedRequest } from './pageRequest'
export { type BodyData, MAX_STORED_BODY_BYTES } from './storedBody'

/** One row of the query-string or header table. Disabled rows stay in the form but are not sent. */
export interface KeyValueRow {
  id: string
  name: string
  value: string
  enabled: boolean
}

/** The console's request form, as the user filled it in. */
export interface RequestDraft {
  apiId?: string
  stageName?: string
  resourceId?: string
  /** The method as modelled (may be `ANY`). */
  methodKey?: HttpMethod
  /** The verb sent: the method itself, or the one chosen for an `ANY` method. */
  method: string
  pathParameters: Record<string, string>
  query: KeyValueRow[]
  headers: KeyValueRow[]
  body: string
  /** Sent as `Content-Type` when there is a body and no Content-Type header row; `''` for none. */
  contentType: string
  /** A URL typed by hand; when set it is sent as is instead of the one built from the fields. */
  rawUrl?: string
}

/**
 * A request exactly as the console passed it to `fetch` (the browser adds its own headers), or
 * as a script of the page sent it (see `pageRequest`).
 */
export interface SentRequest {
  method: string
  url: string
  headers: [string, string][]
  /** The body as text, or base64 when `bodyEncoding` says so. */
  body: string
  /** `base64`: the body is binary and `body` holds its bytes in base64. */
  bodyEncoding?: 'base64'
  /** The body was cut when kept (only its first `MAX_STORED_BODY_BYTES`): its whole size in bytes. */
  bodyTruncatedFrom?: number
}

/** What came back, as the emulator sent it (headers from the trace when there is one). */
export interface ReceivedResponse {
  status: number
  headers: [string, string][]
  body: BodyData
  /** Body size in bytes. */
  size: number
  /** The body was longer than `MAX_STORED_BODY_BYTES` and is cut. */
  truncated?: boolean
}

/** One request and its response: what the history list shows, restores and compares. */
export interface HistoryEntry {
  id: string
  /** Wall-clock time the request was sent (epoch ms). */
  at: number
  /** `console`: sent from the console; `page`: any other script of the page (devtools, another tool). */
  source: 'console' | 'page'
  request: SentRequest
  /**
   * A page entry whose request headers and body the emulator recorded (entries made before it
   * did, or without it, know only the method and URL).
   */
  requestRecorded?: true
  response?: ReceivedResponse
  /** Why there is no response (network error: no API answers that host). */
  error?: string
  /** Round trip as the page measured it (ms). */
  durationMs?: number
  trace?: RequestTrace
  /** The form that produced the request, so restoring brings the fields back. */
  draft?: RequestDraft
}

/** Where history is kept, per project (IndexedDB in the browser; the app passes it in). */
export interface ConsoleHistoryStorage {
  load(projectId: string): Promise<ConsoleDocument | undefined>
  save(projectId: string, doc: ConsoleDocument): Promise<void>
  remove(projectId: string): Promise<void>
}

/** What is stored per project. */
export interface ConsoleDocument {
  version: 1
  entries: HistoryEntry[]
  draft?: RequestDraft
}

/**
 * The emulator's traces, as the console needs them (the engine's `TraceStore` by request id,
 * and every new trace with the request as the emulator received it, when it knows it).
 */
export interface TraceSource {
  get(requestId: string): RequestTrace | undefined
  subscribe(listener: (trace: RequestTrace, request?: ObservedRequest) => void): () => void
}

export interface ConsoleState {
  projectId?: string
  draft: RequestDraft
  /** Newest first. */
  history: HistoryEntry[]
  /** The project's stored history has been read (or could not be). */
  historyLoaded: boolean
  /** Why history could not be read or written; it still works in memory. */
  storageError?: string
  /** The entry whose response is shown. */
  selectedId?: string
  /** Two entries shown side by side. */
  compare?: { left: string; right: string }
  /** A console request is on its way. */
  sending?: { startedAt: number; method: string; url: string }
  /** The last send that failed before any response (cancelled, emulator not started, bad URL). */
  sendError?: string
  /** Something the form could not take from a history entry it was filled from (a binary body). */
  notice?: string
}

export interface ConsoleActions {
  /** Switches to a project's history and a fresh form (restoring the form last used there). */
  openProject(projectId: string): Promise<void>
  updateDraft(patch: Partial<RequestDraft>): void
  /** Replaces the form (removing fields the new draft leaves out). */
  setDraft(draft: RequestDraft): void
  /** Sends the request with `fetch`; resolves with the new history entry (undefined if cancelled). */
  send(request: SentRequest, draft?: RequestDraft): Promise<HistoryEntry | undefined>
  /** Aborts the request in flight. */
  cancel(): void
  select(id: string | undefined): void
  /** Puts an entry's request back into the form (a binary body cannot go there: `notice` says so). */
  restore(id: string): void
  /** Sends an entry's request again, exactly (refused, with `sendError`, when its body was cut). */
  rerun(id: string): Promise<HistoryEntry | undefined>
  remove(id: string): void
  clearHistory(): void
  startCompare(left: string, right: string): void
  closeCompare(): void
  /** Forgets the stored history of a deleted project. */
  forgetProject(projectId: string): Promise<void>
}

export type ConsoleStore = StoreApi<ConsoleState & ConsoleActions>

export interface ConsoleStoreOptions {
  clock: Clock
  ids: IdSource
  storage?: ConsoleHistoryStorage
  /** The emulator's traces; without it the console shows responses without their trace. */
  traces?: TraceSource
  fetch?: typeof fetch
  /** Resolves once the emulator intercepts requests (see `whenEmulatorReady`). */
  whenReady?: () => Promise<void>
  /** Entries kept per project (oldest dropped first). Default `HISTORY_LIMIT`. */
  historyLimit?: number
}

export const HISTORY_LIMIT = 100
/** Tags of cancelled console requests whose trace may still arrive (and is then dropped). */
const CANCELLED_KEPT = 50

export function emptyDraft(): RequestDraft {
  return {
    method: 'GET',
    pathParameters: {},
    query: [],
    headers: [],
    body: '',
    contentType: 'application/json',
  }
}

function headerValue(headers: readonly [string, string][], name: string): string | undefined {
  const lower = name.toLowerCase()
  return headers.find(([n]) => n.toLowerCase() === lower)?.[1]
}

/** A response built from a trace alone (requests the console did not send). */
function responseFromTrace(trace: RequestTrace): ReceivedResponse | undefined {
  if (trace.status === undefined) return undefined
  const text = trace.responseBody ?? ''
  return {
    status: trace.status,
    headers: trace.responseHeaders ?? [],
    body: { encoding: 'text', text },
    size: Number(
      headerValue(trace.responseHeaders ?? [], 'content-length') ?? new TextEncoder().encode(text).length,
    ),
  }
}

/**
 * The trace as plain data: the emulator builds some parts lazily (log lines, the body) with
 * closures over its request state; history keeps (and stores in IndexedDB) a detached copy.
 */
export function plainTrace(trace: RequestTrace): RequestTrace {
  return JSON.parse(JSON.stringify(trace)) as RequestTrace
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/**
 * The test console's state: the request form, sending with `fetch` through the service worker
 * (the same path as any client), the request's trace taken from the emulator's trace store,
 * and the per-project history of request/response pairs, persisted through `storage`.
 *
 * Requests made by other scripts of the page reach the same emulator; their traces arrive
 * here too, with the request as the emulator received it, and are added to history as `page`
 * entries. The console tells its own trace apart by the tag its request carries in the URL
 * fragment (`consoleRequestTag.ts`), never by method and URL.
 */
export function createConsoleStore(options: ConsoleStoreOptions): ConsoleStore {
  const { clock, ids, storage, traces } = options
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const whenReady = options.whenReady ?? (() => Promise.resolve())
  const limit = options.historyLimit ?? HISTORY_LIMIT

  /** The console request in flight: the trace whose request carries its tag is its own. */
  let pending: Pending | undefined
  /** Tags of cancelled requests whose trace has not arrived yet, oldest first. */
  const cancelledTags: string[] = []
  let saving: Promise<void> = Promise.resolve()
  let openSeq = 0

  const store = createStore<ConsoleState & ConsoleActions>()(() => ({
    draft: emptyDraft(),
    history: [],
    historyLoaded: false,
    openProject,
    updateDraft: (patch) => set({ draft: { ...get().draft, ...patch } }),
    setDraft: (draft) => set({ draft }),
    send,
    cancel() {
      if (pending) pending.controller.abort()
    },
    select(id) {
      set(id === undefined ? withoutKeys(get(), ['selectedId']) : { ...get(), selectedId: id }, true)
    },
    restore,
    rerun,
    remove,
    clearHistory() {
      set({ ...withoutKeys(get(), ['selectedId', 'compare']), history: [] }, true)
      persist()
    },
    startCompare: (left, right) => set({ compare: { left, right } }),
    closeCompare: () => set(withoutKeys(get(), ['compare']), true),
    async forgetProject(projectId) {
      if (!storage) return
      try {
        await storage.remove(projectId)
      } catch {
        // the project is gone anyway; a stale history record is harmless
      }
    },
  }))
  const get = store.getState
  const set = store.setState

  function persist() {
    const { projectId, historyLoaded, history, draft } = get()
    if (!storage || projectId === undefined || !historyLoaded) return
    const doc: ConsoleDocument = { version: 1, entries: history, draft }
    saving = saving
      .then(() => storage.save(projectId, doc))
      .then(
        () => {
          if (get().storageError !== undefined) set(withoutKeys(get(), ['storageError']), true)
        },
        (e) => set({ storageError: `History could not be saved: ${errorMessage(e)}` }),
      )
  }

  function addEntry(entry: HistoryEntry, select: boolean) {
    const history = [entry, ...get().history].slice(0, limit)
    set(select ? { history, selectedId: entry.id } : { history })
    persist()
  }

  async function openProject(projectId: string) {
    if (get().projectId === projectId) return
    const seq = ++openSeq
    set({ projectId, history: [], historyLoaded: storage === undefined, draft: emptyDraft() })
    set(withoutKeys(get(), ['selectedId', 'compare', 'sendError', 'storageError', 'notice']), true)
    if (!storage) return
    let doc: ConsoleDocument | undefined
    let error: string | undefined
    try {
      doc = await storage.load(projectId)
    } catch (e) {
      error = `History could not be read: ${errorMessage(e)}`
    }
    if (seq !== openSeq) return
    const stored = doc?.version === 1 && Array.isArray(doc.entries) ? doc.entries : []
    const history = [...get().history, ...stored].slice(0, limit)
    set({
      history,
      historyLoaded: true,
      ...(doc?.draft && get().history.length === 0 ? { draft: doc.draft } : {}),
      ...(error ? { storageError: error } : {}),
    })
    const first = history[0]
    if (get().selectedId === undefined && first) set({ selectedId: first.id })
  }

  async function send(request: SentRequest, draft?: RequestDraft): Promise<HistoryEntry | undefined> {
    if (pending) pending.controller.abort()
    const mine: Pending = { tag: ids.uuid(), controller: new AbortController() }
    pending = mine
    set(
      {
        ...withoutKeys(get(), ['sendError', 'notice']),
        sending: { startedAt: clock.now(), method: request.method.toUpperCase(), url: request.url },
      },
      true,
    )
    /** Ends this request's turn; the trace of a cancelled one is dropped whenever it arrives. */
    const finish = (cancelled: boolean) => {
      if (cancelled && mine.trace === undefined) {
        cancelledTags.push(mine.tag)
        if (cancelledTags.length > CANCELLED_KEPT) cancelledTags.shift()
      }
      if (pending !== mine) return
      pending = undefined
      set(withoutKeys(get(), ['sending']), true)
    }
    try {
      await whenReady()
    } catch (e) {
      finish(false)
      set({ sendError: `The emulator is not running: ${errorMessage(e)}` })
      return undefined
    }
    if (mine.controller.signal.aborted) {
      finish(true)
      if (pending === undefined) set({ sendError: 'Request cancelled.' })
      return undefined
    }
    const at = clock.now()
    const started = clock.monotonic()
    const body = requestBody(request)
    let response: Response
    let bytes: Uint8Array
    try {
      response = await doFetch(taggedUrl(request.url, mine.tag), {
        method: request.method,
        headers: request.headers,
        ...(body === undefined ? {} : { body }),
        signal: mine.controller.signal,
        cache: 'no-store',
        redirect: 'manual',
      })
      bytes = new Uint8Array(await response.arrayBuffer())
    } catch (e) {
      const durationMs = clock.monotonic() - started
      if (mine.controller.signal.aborted) {
        finish(true)
        // A newer send replaced this one: that one's state stands.
        if (pending === undefined) set({ sendError: 'Request cancelled.' })
        return undefined
      }
      const trace = mine.trace
      finish(false)
      const entry: HistoryEntry = {
        id: ids.uuid(),
        at,
        source: 'console',
        request,
        error: `No response (${errorMessage(e)}): ${
          trace
            ? 'the emulator found no API for this request, see the trace.'
            : 'no API of this project answers this URL. The emulator answers the invoke URLs of deployed stages.'
        }`,
        durationMs,
        ...(trace ? { trace } : {}),
        ...(draft ? { draft } : {}),
      }
      addEntry(entry, true)
      return entry
    }
    const durationMs = clock.monotonic() - started
    let trace = mine.trace
    const requestId = response.headers.get('x-amzn-requestid')
    if (trace === undefined && requestId) {
      // The tag did not come back with the trace (an emulator that does not pass the request
      // on): the response's request id names the trace, which may have been taken for a page's.
      const byId = traces?.get(requestId)
      if (byId) trace = plainTrace(byId)
      const history = get().history.filter((e) => e.source !== 'page' || e.trace?.requestId !== requestId)
      if (history.length !== get().history.length) set({ history })
    }
    finish(false)
    const fetchHeaders: [string, string][] = []
    response.headers.forEach((value, name) => {
      fetchHeaders.push([name, value])
    })
    const fromTrace = trace ? responseFromTrace(trace) : undefined
    let received: ReceivedResponse
    if (response.type === 'opaqueredirect' && fromTrace) received = fromTrace
    else {
      const headers = trace?.responseHeaders ?? fetchHeaders
      const kept = storedBody(bytes, headerValue(headers, 'content-type'))
      received = {
        status: response.status,
        headers,
        body: kept.body,
        size: kept.size,
        ...(kept.truncated ? { truncated: true } : {}),
      }
    }
    const entry: HistoryEntry = {
      id: ids.uuid(),
      at,
      source: 'console',
      request,
      response: received,
      durationMs,
      ...(trace ? { trace } : {}),
      ...(draft ? { draft } : {}),
    }
    addEntry(entry, true)
    return entry
  }

  function restore(id: string) {
    const entry = get().history.find((e) => e.id === id)
    if (!entry) return
    const { request } = entry
    const binary = entry.draft === undefined && request.bodyEncoding === 'base64'
    set({
      ...withoutKeys(get(), ['notice']),
      draft: entry.draft ?? draftFromRequest(request, ids),
      selectedId: id,
      ...(binary
        ? {
            notice: `The body of ${request.method} ${request.url} is binary (${formatBytes(
              fromBase64(request.body)?.length ?? 0,
            )}); the form holds text, so it was left empty. Send again from History sends it as it was.`,
          }
        : {}),
    })
  }

  async function rerun(id: string): Promise<HistoryEntry | undefined> {
    const entry = get().history.find((e) => e.id === id)
    if (!entry) return undefined
    const cut = entry.request.bodyTruncatedFrom
    if (cut !== undefined) {
      set({
        sendError: `This request cannot be sent again as it was: its body (${formatBytes(cut)}) was cut to the first ${formatBytes(
          MAX_STORED_BODY_BYTES,
        )} when kept. Open it in the form to send what was kept.`,
      })
      return undefined
    }
    restore(id)
    return send(entry.request, entry.draft)
  }

  function remove(id: string) {
    const s = get()
    const history = s.history.filter((e) => e.id !== id)
    let next: ConsoleState & ConsoleActions = { ...s, history }
    if (s.selectedId === id) next = withoutKeys(next, ['selectedId'])
    if (s.compare && (s.compare.left === id || s.compare.right === id)) next = withoutKeys(next, ['compare'])
    set(next, true)
    persist()
  }

  traces?.subscribe((trace, observed) => {
    const tag = observed ? consoleTagOf(observed.fragment) : undefined
    if (tag !== undefined) {
      if (pending?.tag === tag) {
        pending.trace = plainTrace(trace)
        return
      }
      const cancelled = cancelledTags.indexOf(tag)
      if (cancelled >= 0) {
        cancelledTags.splice(cancelled, 1)
        return
      }
    }
    if (get().projectId === undefined) return
    const plain = plainTrace(trace)
    const response = responseFromTrace(plain)
    addEntry(
      {
        id: ids.uuid(),
        at: trace.startedAt,
        source: 'page',
        request: pageRequest(plain, observed),
        ...(observed ? { requestRecorded: true as const } : {}),
        ...(response ? { response } : { error: 'No response: no API of this project answers this host.' }),
        ...(plain.latencyMs !== undefined ? { durationMs: plain.latencyMs } : {}),
        trace: plain,
      },
      false,
    )
  })

  return store
}

interface Pending {
  /** The id in the request's URL fragment (see `consoleRequestTag.ts`). */
  tag: string
  controller: AbortController
  trace?: RequestTrace
}

/** What `fetch` sends as the body: none for GET/HEAD or an empty body, bytes for a binary one. */
function requestBody(request: SentRequest): string | Uint8Array<ArrayBuffer> | undefined {
  const method = request.method.toUpperCase()
  if (method === 'GET' || method === 'HEAD' || request.body === '') return undefined
  if (request.bodyEncoding !== 'base64') return request.body
  const bytes = fromBase64(request.body)
  return bytes ? (bytes as Uint8Array<ArrayBuffer>) : request.body
}

/** A form that sends `request` as it was (used for entries that came without their form). */
export function draftFromRequest(request: SentRequest, ids: IdSource): RequestDraft {
  const contentType = headerValue(request.headers, 'content-type')
  return {
    ...emptyDraft(),
    method: request.method,
    rawUrl: request.url,
    headers: request.headers
      .filter(([n]) => n.toLowerCase() !== 'content-type')
      .map(([name, value]) => ({ id: ids.shortId(8), name, value, enabled: true })),
    body: request.bodyEncoding === 'base64' ? '' : request.body,
    contentType: contentType ?? '',
  }
}

function withoutKeys<T extends object, K extends keyof T>(obj: T, keys: readonly K[]): T {
  const copy = { ...obj }
  for (const k of keys) delete copy[k]
  return copy
}

/** A method someone asked the console to test (the designer's "Test" actions). */
export interface MethodTestRequest {
  apiId: string
  resourceId: string
  httpMethod: HttpMethod
  /** Increases with every request, so asking twice for the same method is seen twice. */
  seq: number
}

export interface MethodTestRequests {
  last?: MethodTestRequest
  /** Pre-fills the console's form with this method and shows the console. */
  request(target: Omit<MethodTestRequest, 'seq'>): void
}

/** The studio's channel for "test this method": features call `request`, the console listens. */
export const methodTestRequests = createStore<MethodTestRequests>()((set, get) => ({
  request: (target) => set({ last: { ...target, seq: (get().last?.seq ?? 0) + 1 } }),
}))

/** React hook over a console store. */
export function useConsoleStore<T>(
  store: ConsoleStore,
  selector: (s: ConsoleState & ConsoleActions) => T,
): T {
  return useStore(store, selector)
}
