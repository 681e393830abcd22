import { afterAll, describe, expect, it } from 'vitest'
import {
  buildFunction,
  buildMethod,
  buildProject,
  buildRestApi,
  deployed,
  lambdaProxyIntegration,
  mockIntegration,
} from '../testing/builders'
import { createGateway, executionLogOf } from './engine'

const api = buildRestApi({
  id: 'abc123defg',
  paths: {
    '/hello': { GET: buildMethod('GET', { integration: lambdaProxyIntegration('hello') }) },
    '/mock': { GET: buildMethod('GET', { integration: mockIntegration({ responses: { '200': '' } }) }) },
  },
})
const project = deployed(
  buildProject({
    restApis: [api],
    functions: [
      buildFunction(
        'hello',
        "exports.handler = async (e) => ({ statusCode: 200, body: 'hi ' + e.queryStringParameters.name })",
      ),
    ],
  }),
  api.id,
  'dev',
)
const gateway = createGateway(project)
afterAll(() => gateway.close())

describe('createGateway (gatewright/engine)', () => {
  it('answers fetch Requests to invoke URLs, running Lambda functions in worker threads', async () => {
    const res = await gateway.fetch(
      new Request('https://abc123defg.execute-api.us-east-1.amazonaws.com/dev/hello?name=Ann'),
    )
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('hi Ann')
    const id = res.headers.get('x-amzn-requestid')!
    const trace = gateway.traces.get(id)!
    expect(trace.events.map((e) => e.stage)).toEqual([
      'resolve',
      'route',
      'integration-request',
      'integration',
    ])
    expect(executionLogOf(trace)).toContain('Method completed with status: 200')
  })
  it('counts metrics per resource and method', async () => {
    await gateway.fetch(new Request('https://abc123defg.execute-api.us-east-1.amazonaws.com/dev/mock'))
    await gateway.fetch(new Request('https://abc123defg.execute-api.us-east-1.amazonaws.com/dev/nothing'))
    const series = gateway.metrics.snapshot()
    expect(series.find((s) => s.dimensions.resource === '/mock')).toMatchObject({ Count: 1, '4XXError': 0 })
    expect(series.find((s) => s.dimensions.resource === '-')).toMatchObject({ Count: 1, '4XXError': 1 })
  })
  it('answers 413 REQUEST_TOO_LARGE for a body over 10 MB, before routing', async () => {
    const res = await gateway.fetch(
      new Request('https://abc123defg.execute-api.us-east-1.amazonaws.com/dev/nowhere', {
        method: 'POST',
        body: new Uint8Array(10 * 1024 * 1024 + 1),
      }),
    )
    expect(res.status).toBe(413)
    expect(gateway.traces.get(res.headers.get('x-amzn-requestid')!)?.gatewayResponseType).toBe(
      'REQUEST_TOO_LARGE',
    )
  })
  it('rejects a request to a host no API answers, like an unresolvable host', async () => {
    await expect(
      gateway.fetch(new Request('https://zzzz.execute-api.us-east-1.amazonaws.com/dev/')),
    ).rejects.toThrow(TypeError)
  })
})

describe('an emulator fault', () => {
  it('answers 500 Internal server error and says what failed in the trace', async () => {
    const failing = createGateway(project, {
      lambda: {
        invoke: () => Promise.reject(new Error('sandbox exploded')),
        dispose: () => Promise.resolve(),
      },
    })
    const res = await failing.fetch(
      new Request('https://abc123defg.execute-api.us-east-1.amazonaws.com/dev/hello?name=x'),
    )
    expect([res.status, await res.text()]).toEqual([500, '{"message": "Internal server error"}'])
    const trace = failing.traces.get(res.headers.get('x-amzn-requestid')!)!
    expect(trace.events.some((e) => e.summary.includes('sandbox exploded'))).toBe(true)
    await failing.close()
  })
})
