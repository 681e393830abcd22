/**
 * One finding of an OpenAPI import, as AWS's importer would report it: `error` stops the
 * import (nothing changes), `warning` lets it go on (unless failOnWarnings), `info` is what
 * HTTP API import calls "valid OpenAPI that this API type ignores".
 */
export interface ImportIssue {
  severity: 'error' | 'warning' | 'info'
  message: string
  /** JSON pointer (RFC 6901) into the source document, e.g. `/paths/~1pets/get/responses/200`. */
  pointer: string
  /**
   * Set when AWS would have refused the file for this and Gatewright repaired it instead
   * (the `repair` option): what AWS's importer says, word for word where known.
   */
  awsError?: string
}

/** Thrown inside the importer to stop at the first fatal problem; turned into an `error` issue. */
export class ImportAbort extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.message)
    this.name = 'ImportAbort'
  }
}

/** One JSON-pointer segment, escaped (`/pets` → `~1pets`). */
export function escapeSegment(segment: string | number): string {
  const s = typeof segment === 'number' ? String(segment) : segment
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s
}

/** `['paths', '/pets', 'get']` → `/paths/~1pets/get`. */
export function pointer(...segments: (string | number)[]): string {
  let out = ''
  for (const s of segments) out += `/${escapeSegment(s)}`
  return out
}

/** A pointer with more segments appended: `child('/paths', '/pets')` → `/paths/~1pets`. */
export function child(at: string, ...segments: (string | number)[]): string {
  return at + pointer(...segments)
}

/** `/paths/~1pets/get` → `['paths', '/pets', 'get']`. */
export function parsePointer(p: string): string[] {
  if (p === '' || p === '#') return []
  const body = p.startsWith('#') ? p.slice(1) : p
  return body
    .split('/')
    .slice(1)
    .map((s) => {
      const decoded = s.includes('%') ? safeDecode(s) : s
      return decoded.includes('~') ? decoded.replace(/~1/g, '/').replace(/~0/g, '~') : decoded
    })
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
