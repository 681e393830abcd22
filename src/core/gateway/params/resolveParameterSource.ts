import type { HeaderList } from '../../ports/HttpTransport'
import { type RequestContext, readContextPath } from '../context/RequestContext'
import { getHeader, getHeaderValues } from '../http/headers'
import { evaluateJsonPath } from './evaluateJsonPath'

/** What a parameter-mapping expression can read. */
export interface ParameterScope {
  headers: HeaderList
  query: Readonly<Record<string, string[]>>
  path: Readonly<Record<string, string>>
  body: string
  ctx: RequestContext
  stageVariables: Readonly<Record<string, string>>
  /** Present when mapping a response (integration response or gateway response). */
  integrationResponse?: { headers: HeaderList; body: string }
}

function headerLookup(headers: HeaderList, name: string, multi: boolean): string | string[] | undefined {
  // Exact-case match first (AWS processes names case-sensitively), then any case: the Fetch API
  // lower-cases every header name, so an exact-only match would never work in the browser.
  const exact = headers.filter(([n]) => n === name).map(([, v]) => v)
  const values = exact.length > 0 ? exact : getHeaderValues(headers, name)
  if (values.length === 0) return undefined
  return multi ? values : values[values.length - 1]
}

function fromBody(body: string, path: string | undefined): string | undefined {
  if (path === undefined) return body
  let doc: unknown
  try {
    doc = JSON.parse(body)
  } catch {
    return undefined
  }
  const found = evaluateJsonPath(doc, `$.${path}`)
  if (found === undefined || found === null) return undefined
  return typeof found === 'string' ? found : JSON.stringify(found)
}

/**
 * Evaluates the right-hand side of a parameter mapping: `'literal'`, `method.request.{header|
 * querystring|path|multivalueheader|multivaluequerystring}.x`, `method.request.body[.path]`,
 * `context.x`, `stageVariables.x`, `integration.response.{header|multivalueheader}.x`,
 * `integration.response.body[.path]`. A missing source gives `undefined` (the mapping adds nothing).
 */
export function resolveParameterSource(expr: string, scope: ParameterScope): string | string[] | undefined {
  const e = expr.trim()
  if (e.length >= 2 && e.startsWith("'") && e.endsWith("'")) return e.slice(1, -1)
  let m = /^method\.request\.(header|multivalueheader|querystring|multivaluequerystring|path)\.(.+)$/.exec(e)
  if (m) {
    const [, where, name] = m as unknown as [string, string, string]
    switch (where) {
      case 'header':
        return headerLookup(scope.headers, name, false)
      case 'multivalueheader':
        return headerLookup(scope.headers, name, true)
      case 'querystring': {
        const v = scope.query[name]
        return v === undefined ? undefined : v[v.length - 1]
      }
      case 'multivaluequerystring':
        return scope.query[name]
      default:
        return scope.path[name]
    }
  }
  m = /^method\.request\.body(?:\.(.+))?$/.exec(e)
  if (m) return fromBody(scope.body, m[1])
  m = /^context\.(.+)$/.exec(e)
  if (m) {
    const v = readContextPath(scope.ctx, m[1]!)
    return v === undefined || v === null || typeof v === 'object' ? undefined : String(v)
  }
  m = /^stageVariables\.(.+)$/.exec(e)
  if (m) return scope.stageVariables[m[1]!]
  if (scope.integrationResponse) {
    m = /^integration\.response\.(header|multivalueheader)\.(.+)$/.exec(e)
    if (m) {
      const values = getHeaderValues(scope.integrationResponse.headers, m[2]!)
      if (values.length === 0) return getHeader(scope.integrationResponse.headers, m[2]!)
      return m[1] === 'header' ? values[values.length - 1] : values
    }
    m = /^integration\.response\.body(?:\.(.+))?$/.exec(e)
    if (m) return fromBody(scope.integrationResponse.body, m[1])
  }
  return undefined
}
