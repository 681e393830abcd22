import yaml from 'js-yaml'

/** JSON (2-space indent) or YAML text of a document whose key order the exporter already fixed. */
export function serializeDocument(doc: unknown, format: 'json' | 'yaml'): string {
  if (format === 'json') return `${JSON.stringify(doc, null, 2)}\n`
  return yaml.dump(doc, { lineWidth: -1, noRefs: true, quotingType: '"' })
}

/** A copy of a plain JSON value with every object's keys sorted (for maps whose order carries no meaning). */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value as Record<string, unknown>).sort()) {
    out[key] = sortKeys((value as Record<string, unknown>)[key])
  }
  return out as T
}
