import { fromUtf8 } from '../http/bytes'
import { getHeader, getHeaderValues, mediaType } from '../http/headers'
import type { Halt, PipelineState } from '../PipelineState'
import { describeSchemaError } from '../validation/ModelValidators'

const LOCATION_ORDER = ['header', 'multivalueheader', 'path', 'querystring', 'multivaluequerystring']

function present(s: PipelineState, location: string, name: string): boolean {
  const nonBlank = (v: string | undefined) => v !== undefined && v.trim() !== ''
  switch (location) {
    case 'header':
    case 'multivalueheader':
      return getHeaderValues(s.req.headers, name).some((v) => nonBlank(v))
    case 'path':
      return nonBlank(s.route!.pathParameters[name])
    case 'querystring':
    case 'multivaluequerystring':
      return (s.query.multi[name] ?? []).some((v) => nonBlank(v))
    default:
      return true
  }
}

/**
 * Stage 6 — request validation, when the method has a request validator: required parameters
 * (present and non-blank) first, then the body against the model for its content type
 * (JSON Schema draft 4). Without a validator nothing is enforced (recorded).
 */
export function validateMethodRequest(s: PipelineState): Halt | undefined {
  const method = s.route!.method
  const api = s.target!.api
  const validator =
    method.requestValidatorId === undefined ? undefined : api.requestValidators[method.requestValidatorId]
  if (validator === undefined || (!validator.validateRequestParameters && !validator.validateRequestBody))
    return undefined
  const timer = s.rec.begin('method-request')
  if (validator.validateRequestParameters) {
    const missing: { location: string; name: string }[] = []
    for (const [key, required] of Object.entries(method.requestParameters)) {
      if (!required) continue
      const m =
        /^method\.request\.(header|multivalueheader|path|querystring|multivaluequerystring)\.(.+)$/.exec(key)
      if (m === null) continue
      if (!present(s, m[1]!, m[2]!)) missing.push({ location: m[1]!, name: m[2]! })
    }
    if (missing.length > 0) {
      missing.sort((a, b) => LOCATION_ORDER.indexOf(a.location) - LOCATION_ORDER.indexOf(b.location))
      const list = missing.map((m) => m.name).join(', ')
      const message = `Missing required request parameters: [${list}]`
      timer.end('respond', message, { validator: validator.name, missing })
      return { error: { type: 'BAD_REQUEST_PARAMETERS', message, logLine: message } }
    }
  }
  if (validator.validateRequestBody) {
    const contentType = mediaType(getHeader(s.req.headers, 'content-type')) ?? 'application/json'
    const modelName = method.requestModels[contentType] ?? method.requestModels.$default
    if (modelName !== undefined) {
      const validate = s.target!.compiled.validators.get(modelName)
      if (validate instanceof Error || validate === undefined) {
        const why = validate === undefined ? `model ${modelName} does not exist` : validate.message
        timer.end('respond', `The request model cannot be used: ${why}.`, { model: modelName })
        return {
          error: {
            type: 'API_CONFIGURATION_ERROR',
            logLine: `Execution failed due to configuration error: Invalid model ${modelName}`,
          },
        }
      }
      const text = fromUtf8(s.req.body)
      let data: unknown
      let errors: string[] = []
      if (text.trim() === '') data = {}
      else {
        try {
          data = JSON.parse(text)
        } catch (e) {
          errors = [`Invalid JSON: ${e instanceof Error ? e.message : String(e)}`]
        }
      }
      if (errors.length === 0 && !validate(data)) errors = (validate.errors ?? []).map(describeSchemaError)
      if (errors.length > 0) {
        const validationErrorString = `[${errors.join(', ')}]`
        timer.end('respond', `Invalid request body for model ${modelName}: ${validationErrorString}`, {
          model: modelName,
          contentType,
          errors,
        })
        return {
          error: {
            type: 'BAD_REQUEST_BODY',
            validationErrorString,
            logLine: `Request body does not match model schema for content type ${contentType}: ${validationErrorString}`,
          },
        }
      }
      s.rec.log(() => `Request validation succeeded for content type ${contentType}`)
    }
  }
  timer.end('continue', `Request validator "${validator.name}" passed.`, { validator: validator.name })
  return undefined
}
