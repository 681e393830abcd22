import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RequestTrace } from '../../core/gateway/trace/RequestTrace'
import type { HttpTransport, TransportResult } from '../../core/ports/HttpTransport'
import {
  buildMethod,
  buildProject,
  buildRestApi,
  deployed,
  httpProxyIntegration,
} from '../../testing/builders'
import { FakeClock, SequentialIds } from '../../testing/fakes'
import { createGatewayHandlers } from './gatewayHandlers'
import type { ObservedRequest } from './requestTraceFeed'

/** A backend that holds calls until two have arrived, then answers the later one first. */
function reversingBackend(): HttpTransport {
  const held: ((r: TransportResult) => void)[] = []
  return {
    send: () =>
      new Promise<TransportResult>((resolve) => {
        held.push(resolve)
        if (held.length < 2) return
        const body = new TextEncoder().encode('{"ok":true}')
        for (const answer of held.splice(0).reverse())
          answer({ kind: 'response', status: 200, headers: [['content-type', 'application/json']], body })
      }),
  }
}

const api = buildRestApi({
  id: 'feed123abc',
  paths: {
    '/orders': {
      POST: buildMethod('POST', { integration: httpProxyIntegration('https://backend.example/orders') }),
    },
  },
})
const project = deployed(buildProject({ restApis: [api] }), api.id, 'dev')
const { handlers, traces } = createGatewayHandlers({
  getProject: () => project,
  clock: new FakeClock(),
  ids: new SequentialIds(),
  transport: reversingBackend(),
})
const server = setupServer(...handlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

const URL_ORDERS = 'https://feed123abc.execute-api.us-east-1.amazonaws.com/dev/orders'

describe('the trace feed of the msw handlers', () => {
  it('hands out each trace with its own request, for two identical requests answered out of order', async () => {
    const heard: { trace: RequestTrace; request: ObservedRequest | undefined }[] = []
    const stop = traces.subscribe((trace, request) => heard.push({ trace, request }))
    const init = {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Trace-Me': '1' },
      body: '{"n":1}',
    }
    const [tagged, plain] = await Promise.all([fetch(`${URL_ORDERS}#mine`, init), fetch(URL_ORDERS, init)])
    stop()
    expect(heard).toHaveLength(2)
    expect(heard.map((h) => h.request?.fragment).sort()).toEqual(['', 'mine'])
    const byFragment = new Map(heard.map((h) => [h.request?.fragment, h.trace.requestId]))
    expect(byFragment.get('mine')).toBe(tagged.headers.get('x-amzn-requestid'))
    expect(byFragment.get('')).toBe(plain.headers.get('x-amzn-requestid'))
    for (const { request, trace } of heard) {
      expect(request?.headers).toEqual(
        expect.arrayContaining([
          ['content-type', 'application/json'],
          ['x-trace-me', '1'],
        ]),
      )
      expect(new TextDecoder().decode(request?.body)).toBe('{"n":1}')
      // The fragment never reaches the pipeline: the trace has the URL a server would see.
      expect(trace.url).toBe(URL_ORDERS)
      expect(traces.get(trace.requestId)).toBe(trace)
    }
  })
})
