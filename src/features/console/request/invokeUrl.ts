import type { Project } from '../../../core/model/project'

/**
 * The stage's invoke URL as AWS prints it: `https://{api-id}.execute-api.{region}.amazonaws.com/{stage}`.
 * Requests to it are answered by the in-browser emulator (the service worker).
 */
export function invokeUrl(project: Pick<Project, 'settings'>, apiId: string, stageName: string): string {
  return `https://${apiId.toLowerCase()}.execute-api.${project.settings.region}.amazonaws.com/${encodeURIComponent(stageName)}`
}
