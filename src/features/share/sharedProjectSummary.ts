import type { Project } from '../../core/model/project'

const count = new Intl.NumberFormat('en-US')

function plural(n: number, one: string, many = `${one}s`): string {
  return `${count.format(n)} ${n === 1 ? one : many}`
}

/**
 * What a shared project holds, in one line for the "Open the shared project?" question:
 * `2 REST APIs (14 resources), 1 HTTP API, 3 stages, 2 Lambda functions`.
 */
export function sharedProjectSummary(project: Project): string {
  const parts: string[] = []
  if (project.restApis.length > 0) {
    const resources = project.restApis.reduce((n, api) => n + Object.keys(api.resources).length, 0)
    parts.push(`${plural(project.restApis.length, 'REST API')} (${plural(resources, 'resource')})`)
  }
  if (project.httpApis.length > 0) parts.push(plural(project.httpApis.length, 'HTTP API'))
  if (parts.length === 0) parts.push('no APIs yet')
  if (project.stages.length > 0) parts.push(plural(project.stages.length, 'stage'))
  if (project.usagePlans.length > 0) parts.push(plural(project.usagePlans.length, 'usage plan'))
  if (project.apiKeys.length > 0) parts.push(plural(project.apiKeys.length, 'API key'))
  if (project.functions.length > 0) parts.push(plural(project.functions.length, 'Lambda function'))
  return parts.join(', ')
}

/**
 * What to know before opening a shared project: its functions are code that runs in this
 * browser (in a Web Worker) when its APIs are called. `null` when it has none.
 */
export function sharedCodeWarning(project: Project): string | null {
  const n = project.functions.length
  if (n === 0) return null
  const what = n === 1 ? 'Its Lambda function runs' : `Its ${count.format(n)} Lambda functions run`
  return `${what} in this browser when you call its APIs: open links only from people you trust.`
}
