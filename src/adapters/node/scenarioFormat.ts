import type { HeaderList } from '../../core/ports/HttpTransport'

/** A raw HTTP request as written in a scenario file. */
export interface RawRequest {
  method: string
  target: string
  headers: HeaderList
  body: string
}

/** A raw HTTP response as expected by a scenario file. */
export interface RawResponse {
  status: number
  headers: HeaderList
  body: string
}

function splitHead(text: string): { head: string[]; body: string } {
  const normalized = text.replace(/\r\n/g, '\n')
  const blank = normalized.indexOf('\n\n')
  const head = (blank < 0 ? normalized : normalized.slice(0, blank))
    .split('\n')
    .filter((l) => l.trim() !== '')
  let body = blank < 0 ? '' : normalized.slice(blank + 2)
  if (body.endsWith('\n')) body = body.slice(0, -1)
  return { head, body }
}

function parseHeaders(lines: string[]): HeaderList {
  return lines.map((line) => {
    const colon = line.indexOf(':')
    if (colon < 0) throw new Error(`scenario header line without a colon: ${line}`)
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()] as [string, string]
  })
}

/** `GET /dev/pets HTTP/1.1` + headers + blank line + body (one trailing newline dropped). */
export function parseRawRequest(text: string): RawRequest {
  const { head, body } = splitHead(text)
  const [method, target] = (head[0] ?? '').split(/\s+/)
  if (!method || !target)
    throw new Error(`scenario request line is not "METHOD /target HTTP/1.1": ${head[0]}`)
  return { method, target, headers: parseHeaders(head.slice(1)), body }
}

/** `HTTP/1.1 200` (reason optional) + headers + blank line + body (one trailing newline dropped). */
export function parseRawResponse(text: string): RawResponse {
  const { head, body } = splitHead(text)
  const m = /^HTTP\/1\.1\s+(\d{3})/.exec(head[0] ?? '')
  if (!m) throw new Error(`scenario status line is not "HTTP/1.1 NNN": ${head[0]}`)
  return { status: Number(m[1]), headers: parseHeaders(head.slice(1)), body }
}

const PLACEHOLDERS: Record<string, string> = {
  '{uuid}': '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  '{any}': '.*',
  '{date}': '[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT',
  '{extendedRequestId}': '[A-Za-z0-9+/]{15}=',
  '{traceId}': 'Root=1-[0-9a-f]{8}-[0-9a-f]{24}',
  '{number}': '\\d+',
}

/** Whether an actual value matches an expected one with `{uuid}`, `{any}`, `{date}`, … placeholders. */
export function valueMatches(expected: string, actual: string): boolean {
  const parts = expected.split(/(\{[a-zA-Z]+\})/)
  const source = parts.map((p) => PLACEHOLDERS[p] ?? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('')
  return new RegExp(`^${source}$`, 's').test(actual)
}

/**
 * Differences between an expected raw response and an actual one: status, every expected
 * header (name casing compared when `exactCase`), headers that must be absent, and the body.
 */
export function compareResponse(
  expected: RawResponse,
  actual: RawResponse,
  opts: { exactCase: boolean; absent?: string[] },
): string[] {
  const problems: string[] = []
  if (expected.status !== actual.status)
    problems.push(`status: expected ${expected.status}, got ${actual.status}`)
  for (const [name, value] of expected.headers) {
    const found = actual.headers.filter(([n]) =>
      opts.exactCase ? n === name : n.toLowerCase() === name.toLowerCase(),
    )
    if (found.length === 0) {
      const other = actual.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())
      problems.push(other ? `header ${name}: sent as ${other[0]} (casing)` : `header ${name}: missing`)
      continue
    }
    const joined = found.map(([, v]) => v).join(', ')
    if (!found.some(([, v]) => valueMatches(value, v)) && !valueMatches(value, joined))
      problems.push(`header ${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(joined)}`)
  }
  for (const name of opts.absent ?? []) {
    const hit = actual.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())
    if (hit) problems.push(`header ${name} should be absent, got ${JSON.stringify(hit[1])}`)
  }
  if (!valueMatches(expected.body, actual.body))
    problems.push(`body: expected ${JSON.stringify(expected.body)}, got ${JSON.stringify(actual.body)}`)
  return problems
}
