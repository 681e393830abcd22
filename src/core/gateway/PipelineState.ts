import type { Deployment, Stage } from '../model/deploy/Stage'
import type { Project } from '../model/project'
import type { RestApi } from '../model/rest/RestApi'
import type { Clock } from '../ports/Clock'
import type { HeaderList, HttpTransport } from '../ports/HttpTransport'
import type { IdSource } from '../ports/IdSource'
import type { LambdaRuntime } from '../ports/LambdaRuntime'
import type { CompiledApi } from './CompiledApi'
import type { RequestContext } from './context/RequestContext'
import type { InvokeRequest, InvokeResponse } from './http/InvokeRequest'
import type { ParsedQuery } from './http/parseQueryString'
import type { MappingContext, MappingOverrides } from './mapping/MappingInput'
import type { PipelineError } from './PipelineError'
import type { RouteMatch } from './routing/RouteTree'
import type { TraceRecorder } from './trace/TraceRecorder'

/** What the pipeline needs from outside: ports and options. */
export interface PipelineEnv {
  project: Project
  clock: Clock
  ids: IdSource
  transport?: HttpTransport
  lambda?: LambdaRuntime
  /**
   * How to pick the API when the Host is not an execute-api host (`gatewright serve` on a
   * loopback address): `path` reads `/{stage}/…` and takes the API deployed to that stage.
   */
  localHostResolution?: { apiId?: string }
}

/** The API and stage a request resolved to. */
export interface ResolvedTarget {
  api: RestApi
  compiled: CompiledApi
  stage: Stage
  deployment: Deployment
  stageVariables: Record<string, string>
  isCanary: boolean
  edge: boolean
  /** The path after the stage (`/pets/1`), raw. */
  resourcePathPart: string
}

/** The request as the integration will receive it (before the call). */
export interface IntegrationRequest {
  method: string
  uri: string
  headers: HeaderList
  body: Uint8Array
  /** The body text as logged (`Endpoint request body after transformations`). */
  bodyText: string
  binary: boolean
  /** The content type of the request template that rendered the body, if one did. */
  templateContentType?: string
}

/** What the integration answered, ready for integration-response selection. */
export interface IntegrationAnswer {
  /** The string selection patterns are matched against (`undefined`: only the default applies). */
  selectionInput: string | undefined
  /** Status the endpoint answered (for logs and `$context.integration.status`). */
  status: number
  headers: HeaderList
  body: Uint8Array
  /** Lambda custom integrations: the function's error message, when it failed. */
  errorMessage?: string
}

/** Ends the pipeline: a gateway response for an error, or the final response. */
export type Halt = { error: PipelineError } | { response: InvokeResponse }

/** Everything one request carries through the stages. */
export interface PipelineState {
  env: PipelineEnv
  req: InvokeRequest
  rec: TraceRecorder
  ctx: RequestContext
  startedMono: number
  rawPath: string
  query: ParsedQuery
  /** Method-request headers as API Gateway sees them (edge casing applied, forwarding headers added). */
  headers: HeaderList
  target?: ResolvedTarget
  route?: RouteMatch
  /** The `X-Amzn-Trace-Id` AWS would propagate (`Root=1-…`). */
  traceHeader: string
  integrationRequest?: IntegrationRequest
  answer?: IntegrationAnswer
  overrides?: MappingOverrides
  /** Whether the response gets `X-Amzn-Trace-Id` (HTTP non-proxy and Lambda proxy do, MOCK does not). */
  addTraceHeader: boolean
  integrationLatencyMs?: number
  /** Cache of the method request's headers as a single-valued map (`$input.params().header`). */
  paramHeaders?: Record<string, string>
  /** Cache of `$context` as templates see it. */
  mappingContext?: MappingContext
}
