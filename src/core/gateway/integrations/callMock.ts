import { EMPTY_BYTES } from '../http/bytes'
import type { IntegrationAnswer, PipelineState } from '../PipelineState'

const recent = new Map<string, number | undefined>()

/** The status a MOCK request template asked for; loose JSON (`{statusCode: 200}`) is accepted (recorded). */
export function mockStatusCode(rendered: string): number | undefined {
  if (recent.has(rendered)) return recent.get(rendered)
  const status = readStatusCode(rendered)
  if (recent.size >= 256) recent.clear()
  recent.set(rendered, status)
  return status
}

function readStatusCode(rendered: string): number | undefined {
  try {
    const v = JSON.parse(rendered) as { statusCode?: unknown }
    if (v !== null && typeof v === 'object' && v.statusCode !== undefined) {
      const n = Number(v.statusCode)
      return Number.isInteger(n) ? n : undefined
    }
  } catch {
    // Loose JSON: read the field by pattern.
  }
  const m = /["']?statusCode["']?\s*:\s*["']?(\d+)/.exec(rendered)
  return m ? Number(m[1]) : undefined
}

/**
 * MOCK: the status comes from `statusCode` in the rendered request template; without a template
 * (or without a status in it) the default integration response answers (AWS documentation).
 */
export function callMock(s: PipelineState, templateRendered: boolean): IntegrationAnswer {
  const status = templateRendered ? mockStatusCode(s.integrationRequest!.bodyText) : undefined
  return {
    selectionInput: status === undefined ? undefined : String(status),
    status: status ?? 200,
    headers: [],
    body: EMPTY_BYTES,
  }
}
