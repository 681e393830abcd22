import type { Project } from '../../../core/model/project'
import { resourcePath } from '../../../core/model/rest/paths'
import type { KeyValueRow, RequestDraft, SentRequest } from '../../../state/consoleStore'
import { isForbiddenHeader } from '../../../state/forbiddenHeaders'
import { invokeUrl } from './invokeUrl'
import { stageTarget } from './methodTargets'

export function methodHasBody(method: string): boolean {
  const m = method.toUpperCase()
  return m !== 'GET' && m !== 'HEAD'
}

/** A path template with its parameters filled in (`{proxy+}` keeps the slashes of its value). */
export function fillPath(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^{}+]+)(\+?)\}/g, (_m, name: string, greedy: string) => {
    const value = values[name] ?? ''
    return greedy ? value.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(value)
  })
}

/** `?a=1&b=two%20words` from the enabled rows with a name ('' when there are none). */
export function queryString(rows: readonly KeyValueRow[]): string {
  const parts = rows
    .filter((r) => r.enabled && r.name.trim() !== '')
    .map((r) => `${encodeURIComponent(r.name.trim())}=${encodeURIComponent(r.value)}`)
  return parts.length === 0 ? '' : `?${parts.join('&')}`
}

export type BuiltRequest =
  | {
      ok: true
      request: SentRequest
      /** Things the user should know before sending (empty path parameter, dropped header). */
      warnings: string[]
    }
  | { ok: false; error: string }

/** The request the form describes, addressed to the stage's invoke URL (or the raw URL typed). */
export function buildRequest(project: Project, draft: RequestDraft): BuiltRequest {
  const warnings: string[] = []
  let url: string
  if (draft.rawUrl !== undefined) {
    try {
      url = new URL(draft.rawUrl).href
    } catch {
      return { ok: false, error: `"${draft.rawUrl}" is not a URL.` }
    }
  } else {
    if (draft.apiId === undefined) return { ok: false, error: 'Choose an API.' }
    if (draft.stageName === undefined)
      return { ok: false, error: 'Choose a stage (deploy the API to create one).' }
    const target = stageTarget(project, draft.apiId, draft.stageName)
    if (!target) return { ok: false, error: `The API has no stage "${draft.stageName}".` }
    if (draft.resourceId === undefined) return { ok: false, error: 'Choose a resource and method.' }
    const api = target.served ?? project.restApis.find((a) => a.id === draft.apiId)
    const path = api ? resourcePath(api, draft.resourceId) : undefined
    if (path === undefined)
      return { ok: false, error: 'The chosen resource does not exist in this API any more.' }
    for (const m of path.matchAll(/\{([^{}+]+)\+?\}/g)) {
      if ((draft.pathParameters[m[1]!] ?? '') === '')
        warnings.push(
          `Path parameter ${m[1]} is empty: the request goes to ${fillPath(path, draft.pathParameters)}.`,
        )
    }
    url = `${invokeUrl(project, draft.apiId, draft.stageName)}${path === '/' ? '/' : fillPath(path, draft.pathParameters)}${queryString(draft.query)}`
  }
  const method = draft.method.toUpperCase()
  const headers: [string, string][] = []
  for (const row of draft.headers) {
    const name = row.name.trim()
    if (!row.enabled || name === '') continue
    if (isForbiddenHeader(name)) {
      warnings.push(`The browser does not let a page set ${name}; it is not sent.`)
      continue
    }
    headers.push([name, row.value])
  }
  const withBody = methodHasBody(method) && draft.body !== ''
  if (!withBody && draft.body !== '' && !methodHasBody(method))
    warnings.push(`A ${method} request has no body; the body is not sent.`)
  if (withBody && draft.contentType !== '' && !headers.some(([n]) => n.toLowerCase() === 'content-type'))
    headers.push(['Content-Type', draft.contentType])
  return { ok: true, request: { method, url, headers, body: withBody ? draft.body : '' }, warnings }
}
