import type { InvokeRequest, InvokeResponse } from './http/InvokeRequest'
import type { Halt, PipelineEnv } from './PipelineState'
import { checkPayloadSize } from './stages/checkPayloadSize'
import { createPipelineState } from './stages/createPipelineState'
import { finishResponse } from './stages/finishResponse'
import { invokeIntegration } from './stages/invokeIntegration'
import { mapIntegrationRequest } from './stages/mapIntegrationRequest'
import { mapIntegrationResponse } from './stages/mapIntegrationResponse'
import { noteAccessControl } from './stages/noteAccessControl'
import { resolveApiAndStage, UnresolvedHost } from './stages/resolveApiAndStage'
import { routeRequest } from './stages/routeRequest'
import { validateMethodRequest } from './stages/validateMethodRequest'
import type { RequestTrace } from './trace/RequestTrace'

export type PipelineOutcome =
  | { kind: 'response'; response: InvokeResponse; trace: RequestTrace }
  /** No API answers this host at all: on AWS the name would not resolve (a network error). */
  | { kind: 'unresolved'; reason: string; trace: RequestTrace }

/**
 * API Gateway's REST request pipeline, in AWS's order. Each stage either lets the request go on
 * (returns `undefined`) or ends it — with a gateway response for an error, or the final
 * response — and records what it decided in the trace.
 */
export async function runPipeline(request: InvokeRequest, env: PipelineEnv): Promise<PipelineOutcome> {
  const s = createPipelineState(request, env)
  const resolved = resolveApiAndStage(s)
  if (resolved instanceof UnresolvedHost)
    return { kind: 'unresolved', reason: resolved.reason, trace: s.rec.trace }
  let halt: Halt
  try {
    halt =
      resolved ??
      checkPayloadSize(s) ??
      routeRequest(s) ??
      noteAccessControl(s) ??
      validateMethodRequest(s) ??
      mapIntegrationRequest(s) ??
      (await invokeIntegration(s)) ??
      mapIntegrationResponse(s)
  } catch (error) {
    // A fault of the emulator itself: answer as AWS answers an internal failure, and say so.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    s.rec.note('gateway-response', `Gatewright failed while handling this request: ${String(error)}`, {
      error: detail,
    })
    halt = { error: { type: 'API_CONFIGURATION_ERROR' } }
  }
  return { kind: 'response', response: finishResponse(s, halt), trace: s.rec.trace }
}
