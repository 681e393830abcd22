import type { Project } from '../../core/model/project'
import { importOpenApi } from '../../core/openapi'
import type { IdSource } from '../../core/ports/IdSource'
import type { ImportOutcome, ImportRequest, ImportWorkerMessage } from './openApiImportProtocol'

/**
 * The import worker's body, kept free of worker globals so it runs in tests: reads the source,
 * runs `importOpenApi` reporting progress through `post`, and posts the outcome with only the
 * imported API (not the whole project) so the page has little to copy back.
 */
export async function runOpenApiImport(
  request: ImportRequest,
  ids: IdSource,
  post: (message: ImportWorkerMessage) => void,
  now: () => number,
): Promise<void> {
  try {
    const started = now()
    const { source } = request
    let text: string
    if (source.kind === 'file') {
      post({ type: 'progress', progress: { phase: 'read', done: 0, total: source.file.size } })
      text = await source.file.text()
      post({ type: 'progress', progress: { phase: 'read', done: source.file.size, total: source.file.size } })
    } else {
      text = source.text
    }
    const result = importOpenApi(
      request.project,
      text,
      { ...request.options, onProgress: (progress) => post({ type: 'progress', progress }) },
      ids,
    )
    const outcome: ImportOutcome = {
      ok: result.ok,
      issues: result.issues,
      size: text.length,
      durationMs: now() - started,
      ...(result.apiType ? { apiType: result.apiType } : {}),
      ...(result.flavour ? { flavour: result.flavour } : {}),
      ...(result.format ? { format: result.format } : {}),
      ...(result.failedOnWarnings ? { failedOnWarnings: true } : {}),
    }
    if (result.ok && result.apiId) {
      const imported = importedApi(result.project, result.apiId)
      if (imported) outcome.imported = imported
    }
    post({ type: 'result', outcome })
  } catch (e) {
    post({ type: 'crash', message: e instanceof Error ? e.message : String(e) })
  }
}

function importedApi(project: Project, apiId: string): ImportOutcome['imported'] {
  const rest = project.restApis.find((a) => a.id === apiId)
  if (rest) return { kind: 'rest', api: rest }
  const http = project.httpApis.find((a) => a.id === apiId)
  return http ? { kind: 'http', api: http } : undefined
}
