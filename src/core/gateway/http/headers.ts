import type { HeaderList } from '../../ports/HttpTransport'

/** The first value of a header, names compared case-insensitively (HTTP semantics). */
export function getHeader(headers: HeaderList, name: string): string | undefined {
  const lower = name.toLowerCase()
  for (const [n, v] of headers) if (n.toLowerCase() === lower) return v
  return undefined
}

/** Every value of a header, in order. */
export function getHeaderValues(headers: HeaderList, name: string): string[] {
  const lower = name.toLowerCase()
  const out: string[] = []
  for (const [n, v] of headers) if (n.toLowerCase() === lower) out.push(v)
  return out
}

export function hasHeader(headers: HeaderList, name: string): boolean {
  return getHeader(headers, name) !== undefined
}

/** Removes every header of that name (case-insensitive), returning a new list. */
export function withoutHeader(headers: HeaderList, name: string): HeaderList {
  const lower = name.toLowerCase()
  return headers.filter(([n]) => n.toLowerCase() !== lower)
}

/** Replaces every header of that name with one entry (added at the end when absent). */
export function setHeader(headers: HeaderList, name: string, value: string): HeaderList {
  const lower = name.toLowerCase()
  let done = false
  const out: HeaderList = []
  for (const entry of headers) {
    if (entry[0].toLowerCase() === lower) {
      if (!done) out.push([name, value])
      done = true
    } else out.push(entry)
  }
  if (!done) out.push([name, value])
  return out
}

/**
 * Single-value view: name (first casing seen) → values joined by `,` as AWS shows repeated
 * headers in `headers` maps and execution logs.
 */
export function headerMap(headers: HeaderList): Record<string, string> {
  const out: Record<string, string> = {}
  const seen = new Map<string, string>()
  for (const [n, v] of headers) {
    const key = seen.get(n.toLowerCase())
    if (key === undefined) {
      seen.set(n.toLowerCase(), n)
      out[n] = v
    } else out[key] = `${out[key]},${v}`
  }
  return out
}

/** Multi-value view: name (first casing seen) → every value. */
export function multiHeaderMap(headers: HeaderList): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  const seen = new Map<string, string>()
  for (const [n, v] of headers) {
    const key = seen.get(n.toLowerCase())
    if (key === undefined) {
      seen.set(n.toLowerCase(), n)
      out[n] = [v]
    } else out[key]!.push(v)
  }
  return out
}

/** The media type of a Content-Type or Accept entry: lower-cased, without parameters. */
export function mediaType(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const t = value.split(';')[0]!.trim().toLowerCase()
  return t === '' ? undefined : t
}
