import { describe, expect, it } from 'vitest'
import type { RequestTrace } from '../core/gateway/trace/RequestTrace'
import type { HistoryEntry } from './consoleStore'
import { lastRequestForMethod } from './lastMethodRequest'

function trace(resourceId: string, httpMethod: string, apiId = 'api1'): RequestTrace {
  return {
    requestId: `r-${resourceId}`,
    extendedRequestId: 'x=',
    startedAt: 0,
    method: httpMethod,
    url: 'https://api1.execute-api.us-east-1.amazonaws.com/dev/pets/7',
    apiId,
    resourceId,
    httpMethod,
    events: [],
    log: [],
    functionLogs: [],
    notEmulated: [],
  }
}

function entry(id: string, source: 'console' | 'page', t?: RequestTrace, extra: object = {}): HistoryEntry {
  return {
    id,
    at: 0,
    source,
    request: {
      method: 'GET',
      url: 'https://api1.execute-api.us-east-1.amazonaws.com/dev/pets/7',
      headers: [],
      body: '',
    },
    ...(t ? { trace: t } : {}),
    ...extra,
  }
}

describe('lastRequestForMethod', () => {
  const petGet = { apiId: 'api1', resourceId: 'pet', httpMethod: 'GET' }

  it('finds the newest entry whose trace names the method, whatever its URL', () => {
    const history = [
      entry('new-other', 'console', trace('pets', 'GET')),
      entry('newest', 'console', trace('pet', 'GET')),
      entry('older', 'console', trace('pet', 'GET')),
    ]
    expect(lastRequestForMethod(history, petGet)?.id).toBe('newest')
  })

  it('skips entries without a trace, of another API or method, and page requests not recorded', () => {
    const history = [
      entry('no-trace', 'console'),
      entry('other-api', 'console', trace('pet', 'GET', 'api2')),
      entry('post', 'console', trace('pet', 'POST')),
      entry('page-unrecorded', 'page', trace('pet', 'GET')),
      entry('page-recorded', 'page', trace('pet', 'GET'), { requestRecorded: true }),
    ]
    expect(lastRequestForMethod(history, petGet)?.id).toBe('page-recorded')
    expect(lastRequestForMethod(history.slice(0, 4), petGet)).toBeUndefined()
    expect(lastRequestForMethod([], petGet)).toBeUndefined()
  })

  it('matches ANY methods by the method that served the request', () => {
    const history = [entry('any', 'console', trace('pet', 'ANY'))]
    expect(lastRequestForMethod(history, { ...petGet, httpMethod: 'ANY' })?.id).toBe('any')
    expect(lastRequestForMethod(history, petGet)).toBeUndefined()
  })
})
