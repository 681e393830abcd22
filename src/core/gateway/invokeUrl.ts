import type { Project } from '../model/project'

/** A stage's invoke URL, as AWS shows it: `https://{api-id}.execute-api.{region}.amazonaws.com/{stage}/`. */
export function invokeUrl(project: Pick<Project, 'settings'>, apiId: string, stageName: string): string {
  return `https://${apiId}.execute-api.${project.settings.region}.amazonaws.com/${stageName}/`
}
