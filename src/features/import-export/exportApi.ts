import type { Deployment } from '../../core/model/deploy/Stage'
import type { Project } from '../../core/model/project'
import type { ExportOptions } from '../../core/openapi'

/** What the export is made from: the API being edited, or the deployment a stage serves. */
export type ExportSource = { kind: 'working-copy' } | { kind: 'deployment'; deployment: Deployment }

/**
 * The project to export from, as API Gateway's GetExport sees it for a stage: the API as the
 * stage's deployment froze it (not the working copy), with the stage in `servers` /
 * `host` + `basePath`. Without a stage (or for a stage never deployed) it is the working copy,
 * as the HTTP API export without a stage name.
 */
export function exportView(
  project: Project,
  apiId: string,
  stageName: string | undefined,
): { project: Project; source: ExportSource } {
  const stage =
    stageName === undefined
      ? undefined
      : project.stages.find((s) => s.apiId === apiId && s.stageName === stageName)
  const deployment = stage?.deploymentId
    ? project.deployments.find((d) => d.id === stage.deploymentId && d.apiId === apiId)
    : undefined
  if (!deployment) return { project, source: { kind: 'working-copy' } }
  const { snapshot } = deployment
  const view =
    snapshot.kind === 'rest'
      ? { ...project, restApis: project.restApis.map((a) => (a.id === apiId ? snapshot.api : a)) }
      : { ...project, httpApis: project.httpApis.map((a) => (a.id === apiId ? snapshot.api : a)) }
  return { project: view, source: { kind: 'deployment', deployment } }
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
