import { describe, expect, it } from 'vitest'
import { MetricsRegistry } from './MetricsRegistry'

describe('MetricsRegistry', () => {
  it('counts requests, 4XX and 5XX errors and latency statistics per API, stage, resource and method', () => {
    const m = new MetricsRegistry()
    const d = { apiId: 'a', apiName: 'A', stage: 'dev', resource: '/pets', method: 'GET' }
    m.record(d, 200, 10, 4)
    m.record(d, 404, 2)
    m.record(d, 502, 30, 25)
    m.record({ ...d, method: 'POST' }, 200, 1)
    const [get, post] = m.snapshot()
    expect(get).toMatchObject({ Count: 3, '4XXError': 1, '5XXError': 1 })
    expect(get!.Latency).toEqual({ sampleCount: 3, sum: 42, min: 2, max: 30 })
    expect(get!.IntegrationLatency).toEqual({ sampleCount: 2, sum: 29, min: 4, max: 25 })
    expect(post).toMatchObject({ Count: 1, IntegrationLatency: { sampleCount: 0, min: 0 } })
  })
})
