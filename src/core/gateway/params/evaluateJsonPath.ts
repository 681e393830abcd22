/**
 * A small JSONPath for parameter mappings (`method.request.body.a.b[0]`): `$`, `.name`,
 * `['name']`, `[index]`. Returns `undefined` when a step is missing.
 */
export function evaluateJsonPath(doc: unknown, path: string): unknown {
  const re = /\.([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/g
  if (!path.startsWith('$')) return undefined
  let value: unknown = doc
  const rest = path.slice(1)
  let pos = 0
  for (const m of rest.matchAll(re)) {
    if (m.index !== pos) return undefined
    pos = m.index + m[0].length
    const key = m[1] ?? m[3] ?? m[4]
    if (value === null || typeof value !== 'object') return undefined
    if (key !== undefined) value = (value as Record<string, unknown>)[key]
    else {
      if (!Array.isArray(value)) return undefined
      value = value[Number(m[2])]
    }
    if (value === undefined) return undefined
  }
  return pos === rest.length ? value : undefined
}
