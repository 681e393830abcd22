/** The pipeline's stages, in AWS's order. */
export type PipelineStageName =
  | 'resolve'
  | 'route'
  | 'access-control'
  | 'method-request'
  | 'integration-request'
  | 'integration'
  | 'integration-response'
  | 'method-response'
  | 'gateway-response'
  | 'cors'

/** One decision of the pipeline. Times come from the Clock port (monotonic ms). */
export interface TraceEvent {
  stage: PipelineStageName
  start: number
  end: number
  /** `continue`: the stage passed the request on; `respond`: it ended the request; `note`: an observation. */
  outcome: 'continue' | 'respond' | 'note'
  /** One plain sentence: what was decided and why. */
  summary: string
  /** Inputs and outputs, JSON-serialisable (mapped integration request, template outputs, …). */
  details: Record<string, unknown>
}

/** One line of AWS's execution log (`{ts} : {text}`), timestamped with the wall clock (epoch ms). */
export interface ExecutionLogLine {
  at: number
  text: string
}

/** Everything the emulator recorded about one request: the console, metrics and access log read this. */
export interface RequestTrace {
  requestId: string
  extendedRequestId: string
  /** Wall-clock start (epoch ms). */
  startedAt: number
  method: string
  /** `https://{host}{target}` as requested. */
  url: string
  apiId?: string
  apiName?: string
  stage?: string
  deploymentId?: string
  resourceId?: string
  resourcePath?: string
  /** The method that served the request (may be `ANY`). */
  httpMethod?: string
  events: TraceEvent[]
  /**
   * AWS execution-log lines (see `formatExecutionLog`). A line's `text` may be built on first
   * read; serialise traces with `JSON.stringify` (lines have `toJSON`), not `structuredClone`.
   */
  log: ExecutionLogLine[]
  /** Console output and errors of Lambda functions this request ran. */
  functionLogs: string[]
  /** Parts of the model this request would depend on that the emulator does not apply yet. */
  notEmulated: string[]
  /** The gateway response type, when API Gateway answered with one. */
  gatewayResponseType?: string
  status?: number
  responseHeaders?: [string, string][]
  responseBody?: string
  /** ms from first byte in to response ready. */
  latencyMs?: number
  integrationLatencyMs?: number
  /** The stage's access-log line, when the stage has an access-log format. */
  accessLogLine?: string
}
