import type { GatewayResponseType } from '../model/rest/RestApi'

/**
 * An error API Gateway answers itself, through a gateway response. `status` is the status AWS
 * uses for this particular failure when it differs from the type's default (e.g. 502 for a
 * malformed Lambda proxy response); a status customised on the API still wins.
 */
export interface PipelineError {
  type: GatewayResponseType
  /** `$context.error.message`; the type's default message when absent. */
  message?: string
  status?: number
  validationErrorString?: string
  /** The body AWS sends for this failure when the type is not customised (overrides the catalog's). */
  bodyOverride?: string
  /** `x-amzn-ErrorType` when it differs from the type's. */
  errorType?: string
  /** The execution-log line AWS writes for this failure (before `Method completed with status`). */
  logLine?: string
}
