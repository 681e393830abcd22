import { resourcePaths } from '../../../core/model/rest/paths'
import type { RestApi } from '../../../core/model/rest/RestApi'

export interface ApiChange {
  kind: 'added' | 'removed' | 'changed'
  /** What changed, e.g. `/pets`, `GET /pets`, `Model Pet`, `API settings`. */
  subject: string
  /** For `changed`: the field path inside the subject, e.g. `integration.uri`. */
  field?: string
  before?: string
  after?: string
}

function show(value: unknown): string {
  if (value === undefined) return '(not set)'
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 160 ? `${text.slice(0, 157)}…` : text
}

/** Field-level differences between two JSON values, depth first, keys in a stable order. */
export function diffValues(
  before: unknown,
  after: unknown,
  path = '',
): { field: string; before?: string; after?: string }[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  const isObj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
  if (isObj(before) && isObj(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
    return keys.flatMap((k) => diffValues(before[k], after[k], path === '' ? k : `${path}.${k}`))
  }
  return [
    {
      field: path,
      ...(before === undefined ? {} : { before: show(before) }),
      ...(after === undefined ? {} : { after: show(after) }),
    },
  ]
}

/**
 * What changed between two versions of a REST API (two deployments, or a deployment and the
 * working copy): resources and methods by path, then models, gateway responses and settings.
 */
export function diffRestApis(before: RestApi, after: RestApi): ApiChange[] {
  const changes: ApiChange[] = []
  const pathsBefore = resourcePaths(before)
  const pathsAfter = resourcePaths(after)
  const byPath = (api: RestApi, paths: Map<string, string>) =>
    new Map(Object.values(api.resources).map((r) => [paths.get(r.id) ?? r.id, r]))
  const rb = byPath(before, pathsBefore)
  const ra = byPath(after, pathsAfter)
  const allPaths = [...new Set([...rb.keys(), ...ra.keys()])].sort()
  for (const path of allPaths) {
    const b = rb.get(path)
    const a = ra.get(path)
    if (!b) changes.push({ kind: 'added', subject: path })
    else if (!a) changes.push({ kind: 'removed', subject: path })
    const methods = [...new Set([...Object.keys(b?.methods ?? {}), ...Object.keys(a?.methods ?? {})])].sort()
    for (const m of methods) {
      const mb = b?.methods[m as keyof typeof b.methods]
      const ma = a?.methods[m as keyof typeof a.methods]
      const subject = `${m} ${path}`
      if (!mb) changes.push({ kind: 'added', subject })
      else if (!ma) changes.push({ kind: 'removed', subject })
      else for (const d of diffValues(mb, ma)) changes.push({ kind: 'changed', subject, ...d })
    }
  }
  const named = <T>(label: string, b: Record<string, T>, a: Record<string, T>) => {
    for (const name of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) {
      const subject = `${label} ${name}`
      if (b[name] === undefined) changes.push({ kind: 'added', subject })
      else if (a[name] === undefined) changes.push({ kind: 'removed', subject })
      else for (const d of diffValues(b[name], a[name])) changes.push({ kind: 'changed', subject, ...d })
    }
  }
  named('Model', before.models, after.models)
  named('Gateway response', before.gatewayResponses, after.gatewayResponses)
  named('Request validator', before.requestValidators, after.requestValidators)
  named('Authorizer', before.authorizers, after.authorizers)
  const settings = (api: RestApi) => ({
    name: api.name,
    description: api.description,
    endpointConfiguration: api.endpointConfiguration,
    binaryMediaTypes: api.binaryMediaTypes,
    minimumCompressionSize: api.minimumCompressionSize,
    apiKeySource: api.apiKeySource,
    policy: api.policy,
  })
  for (const d of diffValues(settings(before), settings(after))) {
    changes.push({ kind: 'changed', subject: 'API settings', ...d })
  }
  return changes
}
