import { describe, expect, it } from 'vitest'
import type { RequestTrace } from '../../../core/gateway/trace/RequestTrace'
import type { HistoryEntry } from '../../../state/consoleStore'
import { sampleFromHistory } from './sampleFromHistory'

const STARTED = Date.UTC(2025, 2, 5, 6, 43, 16)

function trace(log: string[] = []): RequestTrace {
  return {
    requestId: '11111111-2222-4333-8444-555555555555',
    extendedRequestId: 'AbCdEf=',
    startedAt: STARTED,
    method: 'POST',
    url: 'https://api1.execute-api.us-east-1.amazonaws.com/dev/pets/7?x=1&tag=a&tag=b#gwc=1',
    apiId: 'api1',
    stage: 'dev',
    deploymentId: 'dep1',
    resourceId: 'pet',
    httpMethod: 'POST',
    events: [
      {
        stage: 'resolve',
        start: 0,
        end: 1,
        outcome: 'continue',
        summary: '',
        details: { stageVariables: { env: 'dev', n: 3 } },
      },
      {
        stage: 'route',
        start: 1,
        end: 2,
        outcome: 'continue',
        summary: '',
        details: { pathParameters: { petId: '7' } },
      },
    ],
    log: log.map((text) => ({ at: STARTED, text })),
    functionLogs: [],
    notEmulated: [],
  }
}

function entry(t: RequestTrace, request: Partial<HistoryEntry['request']> = {}): HistoryEntry {
  return {
    id: 'e1',
    at: STARTED,
    source: 'console',
    request: {
      method: 'POST',
      url: t.url,
      headers: [
        ['Content-Type', 'application/json'],
        ['X-Trace', 'one'],
      ],
      body: '{"name":"Rex"}',
      ...request,
    },
    trace: t,
  }
}

describe('sampleFromHistory', () => {
  it('takes path parameters, query (last value wins), headers, stage variables and body of the real request', () => {
    const { sample, notes } = sampleFromHistory(entry(trace()), { forResponse: false, isMock: false })
    expect(sample).toEqual({
      body: '{"name":"Rex"}',
      path: { petId: '7' },
      querystring: { x: '1', tag: 'b' },
      header: { 'Content-Type': 'application/json', 'X-Trace': 'one' },
      stageVariables: { env: 'dev' },
      context: {
        requestId: '11111111-2222-4333-8444-555555555555',
        extendedRequestId: 'AbCdEf=',
        requestTimeEpoch: STARTED,
        requestTime: '05/Mar/2025:06:43:16 +0000',
        stage: 'dev',
        deploymentId: 'dep1',
        path: '/dev/pets/7',
      },
    })
    expect(notes).toEqual([])
  })

  it('says what it leaves out: a binary body, a body cut in history', () => {
    const binary = sampleFromHistory(entry(trace(), { body: 'AAEC', bodyEncoding: 'base64' } as never), {
      forResponse: false,
      isMock: false,
    })
    expect(binary.sample.body).toBe('')
    expect(binary.notes).toEqual(['Its body is binary; the preview leaves it out.'])
    const cut = sampleFromHistory(entry(trace(), { bodyTruncatedFrom: 600_000 } as never), {
      forResponse: false,
      isMock: false,
    })
    expect(cut.sample.body).toBe('{"name":"Rex"}')
    expect(cut.notes[0]).toMatch(/cut when kept in history/)
  })

  it('for response templates takes the integration response body from the execution log', () => {
    const t = trace(['Sending request to x', 'Endpoint response body before transformations: {"id":7}'])
    expect(sampleFromHistory(entry(t), { forResponse: true, isMock: false }).sample.body).toBe('{"id":7}')
    const cut = sampleFromHistory(
      entry(trace([`Endpoint response body before transformations: ${'a'.repeat(1000)} [TRUNCATED]`])),
      { forResponse: true, isMock: false },
    )
    expect(cut.sample.body).toBe('a'.repeat(1000))
    expect(cut.notes[0]).toMatch(/cut, as AWS cuts it/)
    const none = sampleFromHistory(entry(trace()), { forResponse: true, isMock: false })
    expect(none.sample.body).toBe('')
    expect(none.notes[0]).toMatch(/ended before the integration answered/)
    const mock = sampleFromHistory(entry(trace()), { forResponse: true, isMock: true })
    expect(mock).toMatchObject({ sample: { body: '' }, notes: [] })
  })
})
