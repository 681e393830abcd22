/** The dimensions API Gateway reports REST API metrics by. */
export interface MetricDimensions {
  apiId: string
  apiName: string
  stage: string
  /** The resource path (`/pets/{petId}`). */
  resource: string
  method: string
}

/** A statistic set as CloudWatch keeps it. */
export interface Statistic {
  sampleCount: number
  sum: number
  min: number
  max: number
}

export interface MetricSeries {
  dimensions: MetricDimensions
  Count: number
  '4XXError': number
  '5XXError': number
  Latency: Statistic
  IntegrationLatency: Statistic
}

function emptyStatistic(): Statistic {
  return { sampleCount: 0, sum: 0, min: Number.POSITIVE_INFINITY, max: 0 }
}

function add(stat: Statistic, value: number): void {
  stat.sampleCount++
  stat.sum += value
  if (value < stat.min) stat.min = value
  if (value > stat.max) stat.max = value
}

/**
 * Count, 4XXError, 5XXError, Latency and IntegrationLatency per API, stage, resource and method.
 * Requests that matched no method are counted under resource and method `-`.
 */
export class MetricsRegistry {
  private readonly series = new Map<string, MetricSeries>()

  record(
    dimensions: MetricDimensions,
    status: number,
    latencyMs: number,
    integrationLatencyMs?: number,
  ): void {
    const key = `${dimensions.apiId}\u0000${dimensions.stage}\u0000${dimensions.resource}\u0000${dimensions.method}`
    let s = this.series.get(key)
    if (s === undefined) {
      s = {
        dimensions,
        Count: 0,
        '4XXError': 0,
        '5XXError': 0,
        Latency: emptyStatistic(),
        IntegrationLatency: emptyStatistic(),
      }
      this.series.set(key, s)
    }
    s.Count++
    if (status >= 400 && status < 500) s['4XXError']++
    if (status >= 500) s['5XXError']++
    add(s.Latency, latencyMs)
    if (integrationLatencyMs !== undefined) add(s.IntegrationLatency, integrationLatencyMs)
  }

  /** Every series, copied (min of an empty statistic reads 0). */
  snapshot(): MetricSeries[] {
    return [...this.series.values()].map((s) => ({
      ...s,
      dimensions: { ...s.dimensions },
      Latency: fix(s.Latency),
      IntegrationLatency: fix(s.IntegrationLatency),
    }))
  }

  reset(): void {
    this.series.clear()
  }
}

function fix(s: Statistic): Statistic {
  return { ...s, min: s.sampleCount === 0 ? 0 : s.min }
}
