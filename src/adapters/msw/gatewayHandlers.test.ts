import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Project } from '../../core/model/project'
import {
  buildMethod,
  buildProject,
  buildRestApi,
  deployed,
  integrationResponse,
  mockIntegration,
} from '../../testing/builders'
import { FakeClock, SequentialIds } from '../../testing/fakes'
import { createGatewayHandlers } from './gatewayHandlers'

const withHeader = (origin: string | undefined) =>
  mockIntegration({
    requestTemplates: {},
    integrationResponses: {
      default: integrationResponse(
        '200',
        origin
          ? { responseParameters: { 'method.response.header.Access-Control-Allow-Origin': `'${origin}'` } }
          : {},
      ),
    },
  })
const api = buildRestApi({
  id: 'abc123defg',
  paths: {
    '/open': { GET: buildMethod('GET', { integration: withHeader('*') }) },
    '/closed': { GET: buildMethod('GET', { integration: withHeader(undefined) }) },
  },
})
let project: Project | undefined = deployed(buildProject({ restApis: [api] }), api.id, 'dev')
const { handlers, engine } = createGatewayHandlers({
  getProject: () => project,
  clock: new FakeClock(),
  ids: new SequentialIds(),
  pageOrigin: 'http://localhost:5173',
})
const server = setupServer(...handlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

describe('the API Gateway msw handlers', () => {
  it('answer invoke URLs of the open project through the pipeline', async () => {
    const res = await fetch('https://abc123defg.execute-api.us-east-1.amazonaws.com/dev/open')
    expect(res.status).toBe(200)
    expect(engine.traces.get(res.headers.get('x-amzn-requestid')!)).toBeDefined()
  })
  it('note in the trace when a real browser would block the response for CORS', async () => {
    const blocked = await fetch('https://abc123defg.execute-api.us-east-1.amazonaws.com/dev/closed')
    const cors = engine.traces
      .get(blocked.headers.get('x-amzn-requestid')!)!
      .events.find((e) => e.stage === 'cors')!
    expect(cors.summary).toContain('would block this response (CORS)')
    const allowed = await fetch('https://abc123defg.execute-api.us-east-1.amazonaws.com/dev/open')
    const ok = engine.traces
      .get(allowed.headers.get('x-amzn-requestid')!)!
      .events.find((e) => e.stage === 'cors')!
    expect(ok.details.allowed).toBe(true)
  })
  it('check the preflight a custom header would need', async () => {
    const res = await fetch('https://abc123defg.execute-api.us-east-1.amazonaws.com/dev/open', {
      headers: { 'X-Api-Key': 'k' },
    })
    const cors = engine.traces
      .get(res.headers.get('x-amzn-requestid')!)!
      .events.find((e) => e.stage === 'cors')!
    expect(cors.summary).toContain('the preflight (OPTIONS) answered 403')
  })
  it('answer a network error when no project is open', async () => {
    project = undefined
    await expect(fetch('https://abc123defg.execute-api.us-east-1.amazonaws.com/dev/open')).rejects.toThrow()
  })
})
