// The console and the emulator wired as the app wires them (msw/node in place of the service
// worker): two identical requests in flight at once — one sent by the console, one by a page
// script — each end up with their own trace, whichever the emulator finishes first.
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGatewayHandlers } from '../adapters/msw/gatewayHandlers'
import type { HttpTransport, TransportResult } from '../core/ports/HttpTransport'
import { createConsoleStore } from '../state/consoleStore'
import { buildMethod, buildProject, buildRestApi, deployed, httpProxyIntegration } from '../testing/builders'
import { FakeClock, SequentialIds } from '../testing/fakes'

/** A backend that holds the first call until a second arrives, then answers them in that order, 20 ms apart. */
function inTurnBackend(): HttpTransport {
  let first: (() => void) | undefined
  const ok = (): TransportResult => ({
    kind: 'response',
    status: 200,
    headers: [['content-type', 'application/json']],
    body: new TextEncoder().encode('{"ok":true}'),
  })
  return {
    send: () =>
      new Promise<TransportResult>((resolve) => {
        if (first === undefined) first = () => resolve(ok())
        else {
          first()
          setTimeout(() => resolve(ok()), 20)
        }
      }),
  }
}

const api = buildRestApi({
  id: 'pair123abc',
  paths: {
    '/orders': {
      POST: buildMethod('POST', { integration: httpProxyIntegration('https://backend.example/o') }),
    },
  },
})
const project = deployed(buildProject({ restApis: [api] }), api.id, 'dev')
const emulator = createGatewayHandlers({
  getProject: () => project,
  clock: new FakeClock(),
  ids: new SequentialIds(),
  transport: inTurnBackend(),
})
const server = setupServer(...emulator.handlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

describe('the console with the emulator’s trace feed', () => {
  it('pairs each of two identical concurrent requests with its own trace', async () => {
    const consoleStore = createConsoleStore({
      clock: new FakeClock(),
      ids: new SequentialIds(100),
      traces: emulator.traces,
    })
    await consoleStore.getState().openProject('p1')
    const url = 'https://pair123abc.execute-api.us-east-1.amazonaws.com/dev/orders'
    const headers: [string, string][] = [['Content-Type', 'application/json']]
    const body = '{"item":"book"}'
    const heard: string[] = []
    emulator.traces.subscribe((trace) => heard.push(trace.requestId))
    // A page script sends a request, and the console sends the very same one while it is in
    // flight; the emulator finishes the page's first, while the console's is still waiting.
    const fromPage = fetch(url, { method: 'POST', headers, body })
    const fromConsole = consoleStore.getState().send({ method: 'POST', url, headers, body })
    const [pageResponse, entry] = await Promise.all([fromPage, fromConsole])
    expect(heard[0]).toBe(pageResponse.headers.get('x-amzn-requestid'))

    const history = consoleStore.getState().history
    expect(history.map((e) => e.source)).toEqual(['console', 'page'])
    const consoleId = entry?.response?.headers.find(([n]) => n.toLowerCase() === 'x-amzn-requestid')?.[1]
    expect(entry?.trace?.requestId).toBe(consoleId)
    const page = history[1]!
    expect(page.trace?.requestId).toBe(pageResponse.headers.get('x-amzn-requestid'))
    expect(page.trace?.requestId).not.toBe(entry?.trace?.requestId)
    // The page's entry has the request it was sent with, so it can be sent again as it was.
    expect(page.request).toEqual({
      method: 'POST',
      url,
      headers: [['content-type', 'application/json']],
      body,
    })
  })
})
