/** Query parameters as API Gateway reads them. */
export interface ParsedQuery {
  /** Last value of each key (AWS's `queryStringParameters`). */
  single: Record<string, string>
  /** Every value of each key, in order (`multiValueQueryStringParameters`). */
  multi: Record<string, string[]>
  /** Keys in first-seen order. */
  keys: string[]
}

function decodeComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(spaced)
  } catch {
    // A stray `%` that is not an escape is kept as typed.
    return spaced.replace(/%([0-9a-fA-F]{2})/g, (m, hex: string) => {
      try {
        return decodeURIComponent(`%${hex}`)
      } catch {
        return m
      }
    })
  }
}

/**
 * Parses the raw query (without `?`): `+` and `%20` decode to a space, `%2B` to `+`, a repeated
 * key keeps every value in `multi` and its last value in `single` (recorded Lambda proxy events).
 * `a` and `a=` both give an empty value. Keys are case-sensitive.
 */
export function parseQueryString(raw: string): ParsedQuery {
  const single: Record<string, string> = {}
  const multi: Record<string, string[]> = {}
  const keys: string[] = []
  if (raw === '') return { single, multi, keys }
  for (const part of raw.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const key = decodeComponent(eq < 0 ? part : part.slice(0, eq))
    const value = eq < 0 ? '' : decodeComponent(part.slice(eq + 1))
    if (key === '') continue
    if (!Object.hasOwn(multi, key)) {
      multi[key] = []
      keys.push(key)
    }
    multi[key]!.push(value)
    single[key] = value
  }
  return { single, multi, keys }
}
