import type { Deployment } from '../../core/model/deploy/Stage'
import type { Project } from '../../core/model/project'
import { ExportError, type ExportOptions, type ExportResult, exportOpenApi } from '../../core/openapi'

/** What the export was made from: the API being edited, or the deployment a stage serves. */
export type ExportSource = { kind: 'working-copy' } | { kind: 'deployment'; deployment: Deployment }

export type ExportOutcome =
  | { ok: true; result: ExportResult; source: ExportSource }
  | { ok: false; message: string }

/**
 * Exports an API the way API Gateway's GetExport does for a stage: from the deployment the
 * stage points at (not the working copy), with the stage in `servers` / `host` + `basePath`.
 * Without a stage (or for a stage never deployed) it exports the working copy, as the HTTP API
 * export does without a stage name.
 */
export function exportApi(project: Project, apiId: string, options: ExportOptions): ExportOutcome {
  let view = project
  let source: ExportSource = { kind: 'working-copy' }
  const stage =
    options.stageName === undefined
      ? undefined
      : project.stages.find((s) => s.apiId === apiId && s.stageName === options.stageName)
  const deployment = stage?.deploymentId
    ? project.deployments.find((d) => d.id === stage.deploymentId && d.apiId === apiId)
    : undefined
  if (deployment) {
    const { snapshot } = deployment
    view =
      snapshot.kind === 'rest'
        ? { ...project, restApis: project.restApis.map((a) => (a.id === apiId ? snapshot.api : a)) }
        : { ...project, httpApis: project.httpApis.map((a) => (a.id === apiId ? snapshot.api : a)) }
    source = { kind: 'deployment', deployment }
  }
  try {
    return { ok: true, result: exportOpenApi(view, apiId, options), source }
  } catch (e) {
    if (e instanceof ExportError) return { ok: false, message: e.message }
    throw e
  }
}

/** `Pet Store`, stage `dev`, OpenAPI 3.0 YAML → `pet-store-dev-oas30.yaml`. */
export function exportFileName(
  apiName: string,
  stageName: string | undefined,
  flavour: NonNullable<ExportOptions['flavour']>,
  format: NonNullable<ExportOptions['format']>,
): string {
  const slug =
    apiName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'api'
  const stage = stageName ? `-${stageName.replace(/[^A-Za-z0-9_-]+/g, '') || 'stage'}` : ''
  return `${slug}${stage}-${flavour === 'oas30' ? 'oas30' : 'swagger'}.${format}`
}
