import type { Project } from '../model/project'
import { ExportError, type ExportOmission, type ExportOptions, type ExportResult } from './ExportOptions'
import { exportHttpApi } from './exportHttpApi'
import { exportRestApi } from './exportRestApi'
import { serializeDocument } from './serializeDocument'

/** What OpenAPI never carries for this API: it stays in the project file. */
function projectOnly(project: Project, apiId: string): ExportOmission[] {
  const out: ExportOmission[] = []
  const stages = project.stages.filter((s) => s.apiId === apiId)
  const why = 'OpenAPI has no place for it; it stays in the project file.'
  if (stages.length > 0) {
    out.push({
      what: `Stages (${stages.map((s) => s.stageName).join(', ')}) with their variables, method settings and canaries`,
      why,
    })
  }
  const deployments = project.deployments.filter((d) => d.apiId === apiId)
  if (deployments.length > 0) out.push({ what: `Deployments (${deployments.length})`, why })
  const plans = project.usagePlans.filter((p) => p.apiStages.some((s) => s.apiId === apiId))
  if (plans.length > 0)
    out.push({ what: `Usage plans (${plans.map((p) => p.name).join(', ')}) and their API keys`, why })
  if (project.functions.length > 0)
    out.push({ what: `Lambda functions (${project.functions.map((f) => f.name).join(', ')})`, why })
  const domains = project.domainNames.filter((d) => d.basePathMappings.some((m) => m.apiId === apiId))
  if (domains.length > 0)
    out.push({ what: `Custom domains (${domains.map((d) => d.domainName).join(', ')})`, why })
  return out
}

/**
 * Exports one API of a project as OpenAPI 3.0.1 or Swagger 2.0 text (JSON or YAML) with the
 * chosen API Gateway extension set. Keys come out in a fixed order so exports diff cleanly;
 * `omitted` names everything the chosen flavour and extension set cannot hold.
 */
export function exportOpenApi(project: Project, apiId: string, options: ExportOptions = {}): ExportResult {
  const flavour = options.flavour ?? 'oas30'
  const format = options.format ?? 'json'
  const set = options.extensions ?? 'apigateway'
  if (
    options.stageName !== undefined &&
    !project.stages.some((s) => s.apiId === apiId && s.stageName === options.stageName)
  ) {
    throw new ExportError(`The API has no stage named "${options.stageName}".`)
  }
  const rest = project.restApis.find((a) => a.id === apiId)
  if (rest) {
    const { document, omitted } = exportRestApi(project, rest, flavour, set, options.stageName)
    return {
      document,
      text: serializeDocument(document, format),
      omitted: [...omitted, ...projectOnly(project, apiId)],
    }
  }
  const http = project.httpApis.find((a) => a.id === apiId)
  if (http) {
    if (flavour === 'swagger2')
      throw new ExportError(
        'HTTP APIs export as OpenAPI 3.0 only (AWS offers no Swagger 2.0 export for them).',
      )
    const { document, omitted } = exportHttpApi(project, http, set, options.stageName)
    return {
      document,
      text: serializeDocument(document, format),
      omitted: [...omitted, ...projectOnly(project, apiId)],
    }
  }
  throw new ExportError(`There is no REST or HTTP API with id "${apiId}" in this project.`)
}
