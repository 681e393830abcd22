/**
 * AWS's rules for one resource path segment (CreateResource `pathPart`): letters, digits and
 * `._-:,`, or a whole-segment variable `{name}`, or a greedy variable `{name+}`.
 */

const PLAIN = /^[A-Za-z0-9._\-:,]+$/
const VARIABLE = /^\{([A-Za-z0-9._-]+)(\+?)\}$/

/** AWS's own wording (CreateResource BadRequestException). */
export const PATH_PART_MESSAGE =
  "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace."

export type PathPartKind = 'static' | 'variable' | 'greedy'

export interface ParsedPathPart {
  kind: PathPartKind
  /** The variable's name for `{name}` / `{name+}`; the text itself for static parts. */
  name: string
}

/** Parses a path part; `undefined` when AWS would reject it. */
export function parsePathPart(pathPart: string): ParsedPathPart | undefined {
  const v = VARIABLE.exec(pathPart)
  if (v) return { kind: v[2] === '+' ? 'greedy' : 'variable', name: v[1]! }
  if (PLAIN.test(pathPart)) return { kind: 'static', name: pathPart }
  return undefined
}

/** An error message a person can act on, or `undefined` when the path part is valid. */
export function checkPathPart(pathPart: string): string | undefined {
  if (pathPart === '') return 'A path part cannot be empty.'
  if (pathPart.includes('/')) return `A path part is one segment: "${pathPart}" contains "/".`
  if (parsePathPart(pathPart) === undefined) return `${PATH_PART_MESSAGE} Got "${pathPart}".`
  return undefined
}
