import type { Project } from '../model/project'
import type { Clock } from '../ports/Clock'
import type { HttpTransport } from '../ports/HttpTransport'
import type { IdSource } from '../ports/IdSource'
import type { LambdaRuntime } from '../ports/LambdaRuntime'
import type { InvokeRequest } from './http/InvokeRequest'
import { MetricsRegistry } from './metrics/MetricsRegistry'
import type { PipelineEnv } from './PipelineState'
import { type PipelineOutcome, runPipeline } from './pipeline'
import { TraceStore } from './trace/TraceStore'

export interface GatewayEngineOptions {
  clock: Clock
  ids: IdSource
  /** Reaches HTTP backends (HTTP, HTTP_PROXY integrations). */
  transport?: HttpTransport
  /** Runs the project's Lambda functions (AWS, AWS_PROXY integrations). */
  lambda?: LambdaRuntime
  /** For hosts that are not execute-api hosts: serve this API at `/{stage}/…` (default: the API that owns the stage). */
  apiId?: string
  /** How many traces to keep (default 500). */
  traceLimit?: number
}

/**
 * The REST API emulator for one project: answers invoke requests through the pipeline and keeps
 * traces and metrics. `getProject` is read on every request, so the emulator always serves the
 * deployments of the project as it is now.
 */
export class GatewayEngine {
  readonly metrics = new MetricsRegistry()
  readonly traces: TraceStore
  private readonly options: GatewayEngineOptions

  constructor(
    private readonly getProject: () => Project,
    options: GatewayEngineOptions,
  ) {
    this.options = options
    this.traces = new TraceStore(options.traceLimit ?? 500)
  }

  /**
   * Answers one request. `annotate` may add to the trace (e.g. a CORS verdict) before it is
   * stored and its listeners hear of it.
   */
  async invoke(
    request: InvokeRequest,
    annotate?: (outcome: PipelineOutcome) => Promise<void>,
  ): Promise<PipelineOutcome> {
    const o = this.options
    const env: PipelineEnv = { project: this.getProject(), clock: o.clock, ids: o.ids }
    if (o.transport) env.transport = o.transport
    if (o.lambda) env.lambda = o.lambda
    if (o.apiId !== undefined) env.localHostResolution = { apiId: o.apiId }
    const outcome = await runPipeline(request, env)
    const t = outcome.trace
    if (outcome.kind === 'response' && t.apiId !== undefined && t.stage !== undefined) {
      this.metrics.record(
        {
          apiId: t.apiId,
          apiName: t.apiName ?? t.apiId,
          stage: t.stage,
          resource: t.resourcePath ?? '-',
          method: t.httpMethod ?? '-',
        },
        outcome.response.status,
        t.latencyMs ?? 0,
        t.integrationLatencyMs,
      )
    }
    if (annotate) await annotate(outcome)
    this.traces.add(t)
    return outcome
  }
}
