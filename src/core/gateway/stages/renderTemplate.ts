import { toMappingContext } from '../context/RequestContext'
import { headerMap } from '../http/headers'
import type { MappingContext, MappingInput, MappingOverrides } from '../mapping/MappingInput'
import type { MappingResult } from '../mapping/MappingResult'
import type { PipelineError } from '../PipelineError'
import type { PipelineState } from '../PipelineState'

/** `$input.params().header`: the method request's headers, single-valued (built once per request). */
function paramHeaders(s: PipelineState): Record<string, string> {
  if (s.paramHeaders === undefined) s.paramHeaders = headerMap(s.headers)
  return s.paramHeaders
}

/** `$context` for templates; its keys do not change once the request is routed, so it is built once. */
function mappingContext(s: PipelineState): MappingContext {
  if (s.mappingContext === undefined) s.mappingContext = toMappingContext(s.ctx)
  return s.mappingContext
}

/** The `$input`/`$context`/`$stageVariables` a template of this request sees, over `body`. */
export function mappingInputFor(s: PipelineState, body: string, overrides?: MappingOverrides): MappingInput {
  const input: MappingInput = {
    body,
    params: { path: s.route!.pathParameters, querystring: s.query.single, header: paramHeaders(s) },
    context: mappingContext(s),
    stageVariables: s.target!.stageVariables,
  }
  if (overrides !== undefined) input.overrides = overrides
  return input
}

/**
 * Renders a mapping template (compiled once per deployment). A VTL failure or a refused
 * override answers 500 as AWS does; a body that looks like broken JSON answers 400.
 */
export function renderTemplate(
  s: PipelineState,
  template: string,
  body: string,
  phase: 'request' | 'response',
  overrides?: MappingOverrides,
): { result: MappingResult } | { error: PipelineError; detail: string } {
  const compiled = s.target!.compiled.template(template)
  const failLine = `Execution failed due to configuration error: Unable to transform ${phase}`
  if (compiled instanceof Error)
    return { error: { type: 'API_CONFIGURATION_ERROR', logLine: failLine }, detail: compiled.message }
  let result: MappingResult
  try {
    result = compiled.render(mappingInputFor(s, body, overrides))
  } catch (e) {
    const err = e as { kind?: string; awsMessage?: string; message?: string; codeFrame?: string }
    if (err.kind === 'payload' && err.awsMessage !== undefined) {
      return {
        error: {
          type: 'DEFAULT_4XX',
          status: 400,
          message: err.awsMessage,
          errorType: 'BadRequestException',
          bodyOverride: JSON.stringify({ message: err.awsMessage }).replace('{"message":', '{"message": '),
          logLine: `Execution failed: ${err.awsMessage}`,
        },
        detail: err.message ?? String(e),
      }
    }
    return {
      error: { type: 'API_CONFIGURATION_ERROR', logLine: failLine },
      detail: err.codeFrame ? `${err.message}\n${err.codeFrame}` : (err.message ?? String(e)),
    }
  }
  if (result.overrideErrors.length > 0)
    return {
      error: { type: 'API_CONFIGURATION_ERROR', logLine: failLine },
      detail: result.overrideErrors.join('; '),
    }
  return { result }
}
