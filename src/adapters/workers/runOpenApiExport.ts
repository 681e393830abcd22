import { ExportError, exportOpenApi } from '../../core/openapi'
import type { ExportRequest, ExportTextOutcome } from './openApiExportProtocol'

/**
 * The export worker's body, free of worker globals so it runs in tests: `exportOpenApi`, with
 * the text and the omissions only (the page has no use for the document object).
 */
export function runOpenApiExport(
  { project, apiId, options }: ExportRequest,
  now: () => number,
): ExportTextOutcome {
  const started = now()
  try {
    const { text, omitted } = exportOpenApi(project, apiId, options)
    return { ok: true, text, omitted, durationMs: now() - started }
  } catch (e) {
    if (e instanceof ExportError) return { ok: false, message: e.message }
    throw e
  }
}
