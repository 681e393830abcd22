import type { GatewayResponse, GatewayResponseType, RestApi } from '../../model/rest/RestApi'
import type { HeaderList } from '../../ports/HttpTransport'
import type { RequestContext } from '../context/RequestContext'
import { substituteVariables } from '../context/substituteVariables'
import { utf8 } from '../http/bytes'
import { chooseResponseTemplate } from '../http/chooseResponseTemplate'
import { getHeader } from '../http/headers'
import type { InvokeResponse } from '../http/InvokeRequest'
import type { PipelineError } from '../PipelineError'
import { type ParameterScope, resolveParameterSource } from '../params/resolveParameterSource'
import { DEFAULT_GATEWAY_RESPONSE_TEMPLATE, GATEWAY_RESPONSE_CATALOG } from './gatewayResponseCatalog'

/** The API's own definition for the type, else its DEFAULT_4XX/DEFAULT_5XX for the type's class. */
export function effectiveGatewayResponse(
  api: RestApi | undefined,
  type: GatewayResponseType,
  status: number,
): GatewayResponse | undefined {
  // REQUEST_TOO_LARGE cannot be customised (AWS known issues).
  if (api === undefined || type === 'REQUEST_TOO_LARGE') return undefined
  const own = api.gatewayResponses[type]
  if (own !== undefined) return own
  return status >= 500 ? api.gatewayResponses.DEFAULT_5XX : api.gatewayResponses.DEFAULT_4XX
}

/**
 * Answers an error with its gateway response: status (customised, else the failure's own, else
 * the catalog default), body from the API's template (plain `$context`/`$stageVariables`
 * substitution, not VTL) or AWS's built-in body, `x-amzn-ErrorType`, and mapped headers.
 */
export function renderGatewayResponse(
  error: PipelineError,
  api: RestApi | undefined,
  ctx: RequestContext,
  stageVariables: Readonly<Record<string, string>>,
  scope: ParameterScope | undefined,
  accept: string | undefined,
): InvokeResponse & { responseType: GatewayResponseType } {
  const def = GATEWAY_RESPONSE_CATALOG[error.type]
  const baseStatus = error.status ?? def.defaultStatus ?? (error.type === 'DEFAULT_5XX' ? 500 : 400)
  const custom = effectiveGatewayResponse(api, error.type, baseStatus)
  const status =
    custom?.statusCode !== undefined && /^\d{3}$/.test(custom.statusCode)
      ? Number(custom.statusCode)
      : baseStatus
  const message = error.message ?? def.defaultMessage
  ctx.error = {
    message,
    messageString: JSON.stringify(message),
    responseType: error.type,
    validationErrorString: error.validationErrorString ?? '',
  }
  const chosen = custom ? chooseResponseTemplate(custom.responseTemplates, accept) : undefined
  let body: string
  let contentType = 'application/json'
  if (chosen !== undefined) {
    body = substituteVariables(chosen[1], ctx, stageVariables)
    contentType = chosen[0]
  } else if (error.bodyOverride !== undefined) body = error.bodyOverride
  else if (def.builtInBody !== undefined) body = def.builtInBody(message)
  else body = substituteVariables(DEFAULT_GATEWAY_RESPONSE_TEMPLATE, ctx, stageVariables)
  const headers: HeaderList = [['Content-Type', contentType]]
  const errorType = error.errorType ?? def.errorType
  if (errorType !== undefined) headers.push(['x-amzn-ErrorType', errorType])
  if (custom !== undefined) {
    const s: ParameterScope = scope ?? { headers: [], query: {}, path: {}, body: '', ctx, stageVariables }
    for (const [key, expr] of Object.entries(custom.responseParameters)) {
      const m = /^gatewayresponse\.header\.(.+)$/.exec(key)
      if (m === null) continue
      const v = resolveParameterSource(expr, s)
      if (v === undefined) continue
      const text = Array.isArray(v) ? v.join(',') : v
      if (getHeader(headers, m[1]!) !== undefined && m[1]!.toLowerCase() === 'content-type')
        headers[0] = [m[1]!, text]
      else headers.push([m[1]!, text])
    }
  }
  return { status, headers, body: utf8(body), responseType: error.type }
}
