import { describe, expect, it } from 'vitest'
import type { RequestTrace } from '../core/gateway/trace/RequestTrace'
import { TraceStore } from '../core/gateway/trace/TraceStore'
import { FakeClock, SequentialIds } from '../testing/fakes'
import {
  type ConsoleDocument,
  type ConsoleHistoryStorage,
  createConsoleStore,
  emptyDraft,
  MAX_STORED_BODY_BYTES,
  methodTestRequests,
  type ObservedRequest,
  type SentRequest,
  type TraceSource,
} from './consoleStore'

const URL_PETS = 'https://abc123.execute-api.us-east-1.amazonaws.com/dev/pets?type=cat'

/** A log line built on first read, as the emulator makes them (a class with a closure: not cloneable). */
class LazyLine {
  constructor(
    readonly at: number,
    private readonly make: () => string,
  ) {}
  get text() {
    return this.make()
  }
  toJSON() {
    return { at: this.at, text: this.text }
  }
}

function trace(requestId: string, method: string, url: string, status?: number): RequestTrace {
  return {
    requestId,
    extendedRequestId: 'ext=',
    startedAt: Date.UTC(2025, 0, 1),
    method,
    url,
    events: [],
    log: [new LazyLine(Date.UTC(2025, 0, 1), () => `Starting execution for request: ${requestId}`)],
    functionLogs: [],
    notEmulated: [],
    ...(status === undefined
      ? {}
      : {
          status,
          responseHeaders: [
            ['Content-Type', 'application/json'],
            ['Content-Length', '11'],
            ['x-amzn-RequestId', requestId],
          ] as [string, string][],
          responseBody: '{"ok":true}',
          latencyMs: 3,
        }),
  }
}

class MemoryStorage implements ConsoleHistoryStorage {
  docs = new Map<string, ConsoleDocument>()
  fail = false
  async load(id: string) {
    if (this.fail) throw new Error('IndexedDB refused')
    return this.docs.get(id) ? structuredClone(this.docs.get(id)) : undefined
  }
  async save(id: string, doc: ConsoleDocument) {
    if (this.fail) throw new Error('quota exceeded')
    this.docs.set(id, structuredClone(doc))
  }
  async remove(id: string) {
    this.docs.delete(id)
  }
}

/**
 * The emulator's trace feed as the app wires it: the engine's trace store, and each new trace
 * with the request as received (`observed` left out: an emulator that does not pass it on).
 */
class FakeFeed implements TraceSource {
  readonly store = new TraceStore()
  private readonly listeners = new Set<(trace: RequestTrace, request?: ObservedRequest) => void>()
  get(requestId: string) {
    return this.store.get(requestId)
  }
  subscribe(listener: (trace: RequestTrace, request?: ObservedRequest) => void) {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
  add(trace: RequestTrace, observed?: ObservedRequest) {
    this.store.add(trace)
    for (const l of this.listeners) l(trace, observed)
  }
}

/** What the emulator's handler sees of a `fetch(url, init)`: lower-cased headers, bytes, the fragment. */
function observedOf(url: string, init: RequestInit = {}): ObservedRequest {
  const headers: [string, string][] = []
  new Headers(init.headers).forEach((value, name) => {
    headers.push([name, value])
  })
  const body =
    typeof init.body === 'string'
      ? new TextEncoder().encode(init.body)
      : init.body instanceof Uint8Array
        ? init.body
        : new Uint8Array(0)
  return { headers, body, fragment: new URL(url).hash.replace(/^#/, '') }
}

/** `url` as the emulator reports it in a trace: no fragment. */
const withoutFragment = (url: string) => url.replace(/#.*$/, '')

/**
 * A fetch that behaves like the service worker path: the emulator records the trace (the
 * listener fires) before the page receives a CORS-filtered response, whose only readable
 * header is Content-Type.
 */
function emulatorFetch(
  traces: FakeFeed,
  clock: FakeClock,
  answer: (url: string, init: RequestInit) => { status: number; body: BodyInit | null; contentType?: string },
) {
  let n = 0
  const calls: { url: string; init: RequestInit }[] = []
  const fn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input)
    calls.push({ url, init })
    const a = answer(url, init)
    const t = trace(`req-${++n}`, init.method ?? 'GET', withoutFragment(url), a.status)
    clock.advance(5)
    traces.add(t, observedOf(url, init))
    return new Response(a.body, {
      status: a.status,
      headers: { 'content-type': a.contentType ?? 'application/json' },
    })
  }) as typeof fetch
  return { fn, calls }
}

function setup(answer?: Parameters<typeof emulatorFetch>[2]) {
  const clock = new FakeClock()
  const ids = new SequentialIds()
  const traces = new FakeFeed()
  const storage = new MemoryStorage()
  const fetcher = emulatorFetch(traces, clock, answer ?? (() => ({ status: 200, body: '{"ok":true}' })))
  const store = createConsoleStore({ clock, ids, storage, traces, fetch: fetcher.fn })
  return { clock, ids, traces, storage, fetcher, store }
}

const get: SentRequest = { method: 'GET', url: URL_PETS, headers: [['Accept', 'application/json']], body: '' }

describe('consoleStore send', () => {
  it('sends with fetch, keeps the response with the trace and selects it', async () => {
    const { store, fetcher } = setup()
    await store.getState().openProject('p1')
    const entry = await store.getState().send(get)
    expect(fetcher.calls).toHaveLength(1)
    // The URL fetched carries the console's tag in its fragment (never sent to a server).
    expect(fetcher.calls[0]!.url).toMatch(/^https:\/\/abc123\.[^#]+\?type=cat#gatewright-console=.+$/)
    expect(entry?.request.url).toBe(URL_PETS)
    expect(fetcher.calls[0]!.init.method).toBe('GET')
    expect(fetcher.calls[0]!.init.body).toBeUndefined()
    expect(entry?.response?.status).toBe(200)
    expect(entry?.response?.body).toEqual({ encoding: 'text', text: '{"ok":true}' })
    expect(entry?.response?.size).toBe(11)
    expect(entry?.durationMs).toBe(5)
    expect(entry?.trace?.requestId).toBe('req-1')
    expect(entry?.source).toBe('console')
    expect(store.getState().history.map((e) => e.id)).toEqual([entry!.id])
    expect(store.getState().selectedId).toBe(entry!.id)
    expect(store.getState().sending).toBeUndefined()
  })

  it('takes the full header list, in AWS casing and order, from the trace', async () => {
    const { store } = setup()
    await store.getState().openProject('p1')
    const entry = await store.getState().send(get)
    expect(entry?.response?.headers.map(([n]) => n)).toEqual([
      'Content-Type',
      'Content-Length',
      'x-amzn-RequestId',
    ])
  })

  it('sends the body for POST and not for GET', async () => {
    const { store, fetcher } = setup()
    await store.getState().openProject('p1')
    await store.getState().send({ method: 'POST', url: URL_PETS, headers: [], body: '{"a":1}' })
    await store.getState().send({ ...get, body: 'ignored' })
    expect(fetcher.calls[0]!.init.body).toBe('{"a":1}')
    expect(fetcher.calls[1]!.init.body).toBeUndefined()
  })

  it('adds requests made by other scripts of the page as page entries, built from their trace', async () => {
    const { store, traces } = setup()
    await store.getState().openProject('p1')
    traces.add(
      trace('other-1', 'DELETE', 'https://abc123.execute-api.us-east-1.amazonaws.com/dev/pets/1', 200),
    )
    const [entry] = store.getState().history
    expect(entry?.source).toBe('page')
    // Without the request as received, only the method and URL are known.
    expect(entry?.request).toEqual({
      method: 'DELETE',
      url: 'https://abc123.execute-api.us-east-1.amazonaws.com/dev/pets/1',
      headers: [],
      body: '',
    })
    expect(entry?.requestRecorded).toBeUndefined()
    expect(entry?.response?.status).toBe(200)
    expect(entry?.response?.body).toEqual({ encoding: 'text', text: '{"ok":true}' })
    expect(entry?.trace?.requestId).toBe('other-1')
  })

  it('keeps a page request’s headers (not the browser’s own) and body, so it can be sent again as it was', async () => {
    const { store, traces, fetcher } = setup()
    await store.getState().openProject('p1')
    traces.add(trace('page-1', 'POST', URL_PETS, 201), {
      headers: [
        ['host', 'abc123.execute-api.us-east-1.amazonaws.com'],
        ['content-type', 'application/json'],
        ['x-api-key', 'k-1'],
        ['origin', 'http://localhost:5173'],
        ['sec-fetch-mode', 'cors'],
        ['content-length', '12'],
      ],
      body: new TextEncoder().encode('{"name":"T"}'),
      fragment: '',
    })
    const [page] = store.getState().history
    expect(page?.requestRecorded).toBe(true)
    expect(page?.request).toEqual({
      method: 'POST',
      url: URL_PETS,
      headers: [
        ['content-type', 'application/json'],
        ['x-api-key', 'k-1'],
      ],
      body: '{"name":"T"}',
    })
    const again = await store.getState().rerun(page!.id)
    expect(again?.source).toBe('console')
    expect(fetcher.calls.map((c) => [c.init.method, c.init.headers, c.init.body])).toEqual([
      ['POST', page!.request.headers, '{"name":"T"}'],
    ])
    // The re-sent request is the same request: the two compare equal.
    expect(again?.request).toEqual(page?.request)
  })

  it('keeps a binary page body as base64 and sends those bytes again', async () => {
    const { store, traces, fetcher } = setup()
    await store.getState().openProject('p1')
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    traces.add(trace('page-bin', 'PUT', URL_PETS, 200), {
      headers: [['content-type', 'image/png']],
      body: png,
      fragment: '',
    })
    const [page] = store.getState().history
    expect(page?.request).toMatchObject({ body: 'iVBORw0KGgo=', bodyEncoding: 'base64' })
    await store.getState().rerun(page!.id)
    expect(fetcher.calls[0]?.init.body).toEqual(png)
    // The form holds text: restoring leaves the body out and says why.
    store.getState().restore(page!.id)
    expect(store.getState().draft.body).toBe('')
    expect(store.getState().draft.contentType).toBe('image/png')
    expect(store.getState().notice).toMatch(/is binary \(8 B\); the form holds text/)
  })

  it('cuts a very large page body and refuses to send it again as if it were whole', async () => {
    const { store, traces, fetcher } = setup()
    await store.getState().openProject('p1')
    traces.add(trace('page-big', 'POST', URL_PETS, 413), {
      headers: [['content-type', 'text/plain']],
      body: new Uint8Array(MAX_STORED_BODY_BYTES + 100).fill(0x61),
      fragment: '',
    })
    const [page] = store.getState().history
    expect(page?.request.body).toHaveLength(MAX_STORED_BODY_BYTES)
    expect(page?.request.bodyTruncatedFrom).toBe(MAX_STORED_BODY_BYTES + 100)
    expect(await store.getState().rerun(page!.id)).toBeUndefined()
    expect(fetcher.calls).toHaveLength(0)
    expect(store.getState().sendError).toMatch(
      /cannot be sent again as it was: its body \(512\.1 KiB\) was cut/,
    )
  })

  it('pairs its trace by the tag its request carries, not by method and URL', async () => {
    const { store, traces, clock } = setup()
    await store.getState().openProject('p1')
    // A page script sends the very same request while the console's is in flight, and the
    // emulator happens to finish the page's first: method and URL cannot tell them apart.
    const fn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = String(input)
      traces.add(trace('page-req', 'GET', withoutFragment(url), 200), observedOf(withoutFragment(url)))
      clock.advance(2)
      traces.add(trace('console-req', 'GET', withoutFragment(url), 200), observedOf(url, init))
      return new Response('{"ok":true}', { status: 200 })
    }) as typeof fetch
    const own = createConsoleStore({ clock, ids: new SequentialIds(50), traces, fetch: fn })
    await own.getState().openProject('p2')
    const entry = await own.getState().send(get)
    expect(entry?.trace?.requestId).toBe('console-req')
    expect(own.getState().history.map((e) => [e.source, e.trace?.requestId])).toEqual([
      ['console', 'console-req'],
      ['page', 'page-req'],
    ])
  })

  it('without a tag coming back, takes its trace by x-amzn-RequestId, out of the page entries', async () => {
    const clock = new FakeClock()
    const traces = new FakeFeed()
    const fn = (async (input: RequestInfo | URL) => {
      const url = withoutFragment(String(input))
      traces.add(trace('page-req', 'GET', url, 200))
      traces.add(trace('console-req', 'GET', url, 200))
      return new Response('{"ok":true}', { status: 200, headers: { 'x-amzn-RequestId': 'console-req' } })
    }) as typeof fetch
    const store = createConsoleStore({ clock, ids: new SequentialIds(), traces, fetch: fn })
    await store.getState().openProject('p1')
    const entry = await store.getState().send(get)
    expect(entry?.trace?.requestId).toBe('console-req')
    expect(store.getState().history.map((e) => [e.source, e.trace?.requestId])).toEqual([
      ['console', 'console-req'],
      ['page', 'page-req'],
    ])
  })

  it('records a network error (no API answers) with the trace that says why', async () => {
    const clock = new FakeClock()
    const traces = new FakeFeed()
    const fn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      traces.add(
        trace('unresolved', init.method ?? 'GET', withoutFragment(String(input))),
        observedOf(String(input), init),
      )
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    const store = createConsoleStore({ clock, ids: new SequentialIds(), traces, fetch: fn })
    await store.getState().openProject('p1')
    const entry = await store.getState().send(get)
    expect(entry?.response).toBeUndefined()
    expect(entry?.error).toMatch(/^No response \(Failed to fetch\): the emulator found no API/)
    expect(entry?.trace?.requestId).toBe('unresolved')
    expect(store.getState().history).toHaveLength(1)
  })

  it('cancels the request in flight, records nothing and drops its late trace, only that one', async () => {
    const clock = new FakeClock()
    const traces = new FakeFeed()
    const sent: string[] = []
    const fn = ((input: RequestInfo | URL, init: RequestInit = {}) =>
      new Promise<Response>((_resolve, reject) => {
        sent.push(String(input))
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
      })) as typeof fetch
    const store = createConsoleStore({ clock, ids: new SequentialIds(), traces, fetch: fn })
    await store.getState().openProject('p1')
    const sending = store.getState().send(get)
    await Promise.resolve()
    await Promise.resolve()
    expect(store.getState().sending?.url).toBe(URL_PETS)
    store.getState().cancel()
    expect(await sending).toBeUndefined()
    expect(store.getState().sendError).toBe('Request cancelled.')
    expect(store.getState().sending).toBeUndefined()
    // A page script's identical request lands first: it is the page's, not the cancelled one's.
    traces.add(trace('page', 'GET', URL_PETS, 200), observedOf(URL_PETS))
    traces.add(trace('late', 'GET', URL_PETS, 200), observedOf(sent[0]!))
    expect(store.getState().history.map((e) => e.trace?.requestId)).toEqual(['page'])
    traces.add(trace('later', 'GET', URL_PETS, 200), observedOf(URL_PETS))
    expect(store.getState().history.map((e) => e.trace?.requestId)).toEqual(['later', 'page'])
  })

  it('keeps a binary body as base64 and cuts very large bodies', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const big = 'x'.repeat(MAX_STORED_BODY_BYTES + 10)
    const { store } = setup((url) =>
      withoutFragment(url).endsWith('/img')
        ? { status: 200, body: png, contentType: 'image/png' }
        : { status: 200, body: big },
    )
    await store.getState().openProject('p1')
    const image = await store
      .getState()
      .send({ ...get, url: 'https://abc123.execute-api.us-east-1.amazonaws.com/dev/img' })
    expect(image?.response?.body).toEqual({ encoding: 'base64', data: 'iVBORw0KGgo=' })
    const large = await store.getState().send(get)
    expect(large?.response?.size).toBe(MAX_STORED_BODY_BYTES + 10)
    expect(large?.response?.truncated).toBe(true)
    expect(large?.response?.body.encoding === 'text' && large.response.body.text.length).toBe(
      MAX_STORED_BODY_BYTES,
    )
  })

  it('waits for the emulator and reports when it could not start', async () => {
    const { clock, traces, fetcher } = setup()
    const store = createConsoleStore({
      clock,
      ids: new SequentialIds(),
      traces,
      fetch: fetcher.fn,
      whenReady: () => Promise.reject(new Error('no service workers')),
    })
    await store.getState().openProject('p1')
    expect(await store.getState().send(get)).toBeUndefined()
    expect(store.getState().sendError).toBe('The emulator is not running: no service workers')
    expect(fetcher.calls).toHaveLength(0)
  })
})

describe('consoleStore history', () => {
  it('persists history and the form per project and reads them back', async () => {
    const { store, storage, clock, traces, fetcher } = setup()
    await store.getState().openProject('p1')
    store.getState().updateDraft({ body: '{"name":"Rex"}', method: 'POST' })
    const entry = await store.getState().send(get, store.getState().draft)
    await store.getState().openProject('p2')
    expect(store.getState().history).toEqual([])
    expect(store.getState().draft).toEqual(emptyDraft())
    await new Promise((r) => setTimeout(r, 0))
    expect(storage.docs.get('p1')?.entries.map((e) => e.id)).toEqual([entry!.id])
    // The trace is stored as plain data: lazy parts resolved, no closures.
    expect(storage.docs.get('p1')?.entries[0]?.trace?.log).toEqual([
      { at: Date.UTC(2025, 0, 1), text: 'Starting execution for request: req-1' },
    ])

    const reopened = createConsoleStore({
      clock,
      ids: new SequentialIds(9),
      storage,
      traces,
      fetch: fetcher.fn,
    })
    await reopened.getState().openProject('p1')
    expect(reopened.getState().history.map((e) => e.id)).toEqual([entry!.id])
    expect(reopened.getState().selectedId).toBe(entry!.id)
    expect(reopened.getState().draft.body).toBe('{"name":"Rex"}')
  })

  it('keeps at most historyLimit entries, newest first', async () => {
    const { clock, traces, fetcher } = setup()
    const store = createConsoleStore({
      clock,
      ids: new SequentialIds(),
      traces,
      fetch: fetcher.fn,
      historyLimit: 2,
    })
    await store.getState().openProject('p1')
    const a = await store.getState().send(get)
    const b = await store.getState().send(get)
    const c = await store.getState().send(get)
    expect(store.getState().history.map((e) => e.id)).toEqual([c!.id, b!.id])
    expect(a).toBeDefined()
  })

  it('restores a request into the form and re-runs it', async () => {
    const { store, fetcher } = setup()
    await store.getState().openProject('p1')
    const draft = { ...emptyDraft(), method: 'PUT', body: '{"x":1}' }
    const first = await store
      .getState()
      .send({ method: 'PUT', url: URL_PETS, headers: [], body: '{"x":1}' }, draft)
    store.getState().setDraft(emptyDraft())
    store.getState().restore(first!.id)
    expect(store.getState().draft).toEqual(draft)
    const again = await store.getState().rerun(first!.id)
    expect(again?.id).not.toBe(first!.id)
    expect(fetcher.calls.map((c) => [c.init.method, c.init.body])).toEqual([
      ['PUT', '{"x":1}'],
      ['PUT', '{"x":1}'],
    ])
  })

  it('restores a page request (no form) as a raw URL', async () => {
    const { store, traces } = setup()
    await store.getState().openProject('p1')
    traces.add(trace('page', 'GET', URL_PETS, 200))
    store.getState().restore(store.getState().history[0]!.id)
    expect(store.getState().draft.rawUrl).toBe(URL_PETS)
    expect(store.getState().draft.method).toBe('GET')
  })

  it('removes entries, clears history and compares two entries', async () => {
    const { store } = setup()
    await store.getState().openProject('p1')
    const a = await store.getState().send(get)
    const b = await store.getState().send(get)
    store.getState().startCompare(a!.id, b!.id)
    expect(store.getState().compare).toEqual({ left: a!.id, right: b!.id })
    store.getState().remove(a!.id)
    expect(store.getState().compare).toBeUndefined()
    expect(store.getState().history.map((e) => e.id)).toEqual([b!.id])
    store.getState().clearHistory()
    expect(store.getState().history).toEqual([])
    expect(store.getState().selectedId).toBeUndefined()
  })

  it('works in memory and says so when storage fails', async () => {
    const { store, storage } = setup()
    storage.fail = true
    await store.getState().openProject('p1')
    expect(store.getState().storageError).toBe('History could not be read: IndexedDB refused')
    await store.getState().send(get)
    await new Promise((r) => setTimeout(r, 0))
    expect(store.getState().history).toHaveLength(1)
    expect(store.getState().storageError).toBe('History could not be saved: quota exceeded')
  })

  it('forgets the stored history of a deleted project', async () => {
    const { store, storage } = setup()
    await store.getState().openProject('p1')
    await store.getState().send(get)
    await new Promise((r) => setTimeout(r, 0))
    expect(storage.docs.has('p1')).toBe(true)
    await store.getState().forgetProject('p1')
    expect(storage.docs.has('p1')).toBe(false)
  })
})

describe('methodTestRequests', () => {
  it('numbers every request so asking twice for the same method is seen twice', () => {
    const seen: number[] = []
    const stop = methodTestRequests.subscribe((s) => seen.push(s.last?.seq ?? 0))
    const target = { apiId: 'a', resourceId: 'r', httpMethod: 'GET' as const }
    methodTestRequests.getState().request(target)
    methodTestRequests.getState().request(target)
    stop()
    expect(seen).toEqual([1, 2])
    expect(methodTestRequests.getState().last).toEqual({ ...target, seq: 2 })
  })
})
