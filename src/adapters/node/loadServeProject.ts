import { readFile } from 'node:fs/promises'
import { deploy } from '../../core/model/commands/deploy/deploy'
import { createEmptyProject, type Project } from '../../core/model/project'
import { parseProjectFile } from '../../core/model/projectFile'
import { importOpenApi } from '../../core/openapi/importOpenApi'
import type { Clock } from '../../core/ports/Clock'
import type { IdSource } from '../../core/ports/IdSource'

export interface ServeInput {
  project: Project
  kind: 'project' | 'openapi'
  /** Import warnings (OpenAPI) a person should see. */
  warnings: string[]
}

/**
 * Reads what `gatewright serve` serves: a project file (`*.gatewright.json`, every deployed stage)
 * or an OpenAPI/Swagger file (JSON or YAML), imported as a single API and deployed to `stage`
 * with `stageVariables`.
 */
export async function loadServeProject(
  file: string,
  options: { stage: string; stageVariables: Record<string, string>; ids: IdSource; clock: Clock },
): Promise<ServeInput> {
  const text = await readFile(file, 'utf8')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  const isProject =
    json !== null &&
    typeof json === 'object' &&
    ('schemaVersion' in (json as object) || 'restApis' in (json as object))
  if (isProject) {
    const parsed = parseProjectFile(text)
    if (!parsed.ok)
      throw new Error(
        `${file}: ${parsed.error.message}${parsed.error.field ? ` (field ${parsed.error.field})` : ''}`,
      )
    return { project: parsed.project, kind: 'project', warnings: [] }
  }
  const empty = createEmptyProject('serve', options.ids, options.clock)
  const imported = importOpenApi(empty, text, { mode: 'new' }, options.ids)
  if (!imported.ok || imported.apiId === undefined) {
    const errors = (imported.errors.length > 0 ? imported.errors : imported.issues).map(
      (e) => `  ${e.pointer ? `${e.pointer}: ` : ''}${e.message}`,
    )
    throw new Error(`${file} could not be imported:\n${errors.join('\n')}`)
  }
  if (imported.apiType !== 'rest')
    throw new Error(`${file} describes an HTTP API; gatewright serve emulates REST APIs.`)
  const project = deploy.apply(imported.project, {
    apiId: imported.apiId,
    deploymentId: options.ids.shortId(6),
    createdDate: new Date(options.clock.now()).toISOString(),
    stageName: options.stage,
    variables: options.stageVariables,
  })
  return {
    project,
    kind: 'openapi',
    warnings: imported.warnings.map((w) => `${w.pointer ? `${w.pointer}: ` : ''}${w.message}`),
  }
}
