/**
 * `gatewright/engine`: the REST API emulator as a library.
 *
 *   import { createGateway } from 'gatewright/engine'
 *   const gateway = createGateway(project)
 *   const res = await gateway.fetch(new Request('https://abc123defg.execute-api.us-east-1.amazonaws.com/dev/pets'))
 *   gateway.traces.latest()   // what each stage decided
 *   gateway.metrics.snapshot()
 *   await gateway.close()
 */

import { fromFetchRequest, toFetchResponse } from '../adapters/http/fetchBridge'
import { createNodeLambdaRuntime } from '../adapters/lambda/nodeLambdaRuntime'
import { createNodeHttpTransport } from '../adapters/node/nodeHttpTransport'
import { cryptoIds } from '../adapters/system/cryptoIds'
import { systemClock } from '../adapters/system/systemClock'
import { GatewayEngine } from '../core/gateway/GatewayEngine'
import type { MetricsRegistry } from '../core/gateway/metrics/MetricsRegistry'
import { formatExecutionLog } from '../core/gateway/trace/formatExecutionLog'
import type { RequestTrace } from '../core/gateway/trace/RequestTrace'
import type { TraceStore } from '../core/gateway/trace/TraceStore'
import type { Project } from '../core/model/project'
import type { Clock } from '../core/ports/Clock'
import type { HttpTransport } from '../core/ports/HttpTransport'
import type { IdSource } from '../core/ports/IdSource'
import type { LambdaRuntime } from '../core/ports/LambdaRuntime'

export type { InvokeRequest, InvokeResponse } from '../core/gateway/http/InvokeRequest'
export type { MetricSeries } from '../core/gateway/metrics/MetricsRegistry'
export type { RequestTrace, TraceEvent } from '../core/gateway/trace/RequestTrace'
export { formatExecutionLog }

export interface GatewayOptions {
  /** Time source (default: the system clock). */
  clock?: Clock
  /** Ids and randomness (default: Web Crypto). */
  ids?: IdSource
  /** How HTTP and HTTP_PROXY integrations reach backends (default: node:http, keeping header casing). */
  transport?: HttpTransport
  /** How Lambda functions run (default: worker threads). */
  lambda?: LambdaRuntime
  /** For requests whose host is not an execute-api host: the API served at `/{stage}/…`. */
  apiId?: string
  /** The client address to report as `$context.identity.sourceIp` (default `127.0.0.1`). */
  sourceIp?: string
  /** Traces to keep (default 500). */
  traceLimit?: number
}

export interface Gateway {
  /**
   * Answers a request to an invoke URL as API Gateway would. A request no API of the project
   * answers rejects with a `TypeError`, as a fetch to an unresolvable host does.
   */
  fetch(request: Request): Promise<Response>
  /** The traces of recent requests (by `x-amzn-RequestId`). */
  readonly traces: TraceStore
  /** Count, 4XXError, 5XXError, Latency, IntegrationLatency per API, stage, resource and method. */
  readonly metrics: MetricsRegistry
  /** The engine itself, for callers that already hold an `InvokeRequest` (e.g. an HTTP server). */
  readonly engine: GatewayEngine
  /** Stops the Lambda workers. */
  close(): Promise<void>
}

/**
 * Creates the emulator for a project (or a getter returning the current project). It serves the
 * deployments the project's stages point at.
 */
export function createGateway(project: Project | (() => Project), options: GatewayOptions = {}): Gateway {
  const getProject = typeof project === 'function' ? project : () => project
  const lambda = options.lambda ?? createNodeLambdaRuntime()
  const engine = new GatewayEngine(getProject, {
    clock: options.clock ?? systemClock,
    ids: options.ids ?? cryptoIds,
    transport: options.transport ?? createNodeHttpTransport(),
    lambda,
    ...(options.apiId !== undefined ? { apiId: options.apiId } : {}),
    ...(options.traceLimit !== undefined ? { traceLimit: options.traceLimit } : {}),
  })
  return {
    async fetch(request: Request): Promise<Response> {
      const outcome = await engine.invoke(await fromFetchRequest(request, options.sourceIp))
      if (outcome.kind === 'unresolved')
        throw new TypeError('fetch failed', { cause: new Error(outcome.reason) })
      return toFetchResponse(outcome.response, request.method)
    },
    traces: engine.traces,
    metrics: engine.metrics,
    engine,
    close: () => lambda.dispose(),
  }
}

/** The AWS test-invoke style execution log of a trace. */
export function executionLogOf(trace: RequestTrace): string {
  return formatExecutionLog(trace)
}
