import type { Halt, PipelineState } from '../PipelineState'

/** API Gateway's payload quota for REST APIs: 10 MB. */
export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024

/** A request body over 10 MB answers REQUEST_TOO_LARGE (413) before routing (quota table, D-limits). */
export function checkPayloadSize(s: PipelineState): Halt | undefined {
  if (s.req.body.length <= MAX_PAYLOAD_BYTES) return undefined
  s.rec.note('resolve', `The request body is ${s.req.body.length} bytes; API Gateway accepts at most 10 MB.`)
  return { error: { type: 'REQUEST_TOO_LARGE' } }
}
