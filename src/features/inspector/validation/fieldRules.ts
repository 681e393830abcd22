/**
 * Field checks that run while the user types, with AWS's rules and, where AWS has one, its
 * wording. The editing commands check the same things when the edit is applied; these add the
 * rules that live inside a single text field (mapping expressions, content types, regexes).
 * Each returns a message, or `undefined` when the value is fine.
 */

export type Rule = (value: string) => string | undefined

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/** `application/json`, `text/*`, `*\/*` (media ranges are allowed in templates and binary types). */
export const contentType: Rule = (v) => {
  const [type, sub, ...rest] = v.trim().split('/')
  if (
    !type ||
    sub === undefined ||
    rest.length > 0 ||
    !TOKEN.test(type) ||
    !TOKEN.test(sub.split(';')[0]!.trim())
  ) {
    return 'A content type looks like application/json, text/plain or image/*.'
  }
  return undefined
}

/** An HTTP header name (RFC 9110 token). */
export const headerName: Rule = (v) =>
  v === ''
    ? 'A header name cannot be empty.'
    : TOKEN.test(v)
      ? undefined
      : `"${v}" is not a valid header name.`

/** A parameter name for query strings, paths and headers. */
export const parameterName: Rule = (v) =>
  v.trim() === ''
    ? 'A parameter needs a name.'
    : /\s/.test(v)
      ? 'A parameter name cannot contain spaces.'
      : undefined

/** Three-digit HTTP status code, as AWS requires for method and integration responses. */
export const statusCode: Rule = (v) =>
  /^[1-5]\d\d$/.test(v) ? undefined : 'Use a three-digit HTTP status code between 100 and 599, e.g. 200.'

/**
 * A selection pattern. AWS uses Java regular expressions; we check it compiles as a
 * JavaScript one, which agrees for the patterns people write (`2\d{2}`, `.*Not Found.*`).
 */
export const selectionPattern: Rule = (v) => {
  try {
    new RegExp(v)
    return undefined
  } catch (e) {
    return `Invalid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`
  }
}

export function integerBetween(min: number, max: number, unit: string): Rule {
  return (v) => {
    const t = v.trim()
    if (!/^-?\d+$/.test(t)) return `Enter a whole number of ${unit}.`
    const n = Number(t)
    return n < min || n > max ? `Enter a value between ${min} and ${max} ${unit}.` : undefined
  }
}

/** REST integration timeout: 50 ms to 29 s. */
export const integrationTimeout: Rule = integerBetween(50, 29000, 'milliseconds')

/** Canary traffic: a percentage 0.0–100.0. */
export const percentage: Rule = (v) => {
  const n = Number(v)
  return v.trim() === '' || Number.isNaN(n) || n < 0 || n > 100
    ? 'Enter a percentage between 0.0 and 100.0.'
    : undefined
}

const LITERAL = /^'[^']*'$/
const CONTEXT = /^context\.[A-Za-z][\w.]*$/
const STAGE_VARIABLE = /^stageVariables\.[A-Za-z0-9_]+$/

/**
 * The source of an integration request parameter mapping (Integration request → URL path
 * parameters / URL query string parameters / HTTP headers): `method.request.{location}.{name}`,
 * `method.request.body` or `method.request.body.{JSONPath}`, `'static value'`, `context.*` or
 * `stageVariables.*`.
 */
export const requestMappingSource: Rule = (v) => {
  const t = v.trim()
  if (
    /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.[^\s.][^\s]*$/.test(
      t,
    ) ||
    /^method\.request\.body(\.[^\s]+)?$/.test(t) ||
    LITERAL.test(t) ||
    CONTEXT.test(t) ||
    STAGE_VARIABLE.test(t)
  ) {
    return undefined
  }
  return "Map from method.request.{path|querystring|header}.{name}, method.request.body.{JSONPath}, a 'quoted value', context.* or stageVariables.*"
}

/**
 * The source of a method response header mapping (Integration response → Header mappings):
 * `integration.response.header.{name}`, `integration.response.body` or `.body.{JSONPath}`,
 * `'static value'`, `context.*` or `stageVariables.*`.
 */
export const responseMappingSource: Rule = (v) => {
  const t = v.trim()
  if (
    /^integration\.response\.header\.[^\s]+$/.test(t) ||
    /^integration\.response\.multivalueheader\.[^\s]+$/.test(t) ||
    /^integration\.response\.body(\.[^\s]+)?$/.test(t) ||
    LITERAL.test(t) ||
    CONTEXT.test(t) ||
    STAGE_VARIABLE.test(t)
  ) {
    return undefined
  }
  return "Map from integration.response.header.{name}, integration.response.body.{JSONPath}, a 'quoted value', context.* or stageVariables.*"
}

/** Gateway response header values: `'static value'`, `method.request.{location}.{name}`, `stageVariables.*`, `context.*`. */
export const gatewayResponseSource: Rule = (v) => {
  const t = v.trim()
  if (
    LITERAL.test(t) ||
    /^method\.request\.(path|querystring|header)\.[^\s]+$/.test(t) ||
    CONTEXT.test(t) ||
    STAGE_VARIABLE.test(t)
  ) {
    return undefined
  }
  return "Use a 'quoted value', method.request.{path|querystring|header}.{name}, context.* or stageVariables.*"
}

/** AWS's mapping-template size limit. */
export const MAX_TEMPLATE_BYTES = 300 * 1024

export const templateSize: Rule = (v) => {
  const bytes = new TextEncoder().encode(v).length
  return bytes > MAX_TEMPLATE_BYTES
    ? `Mapping templates can be at most 300 KB; this one is ${(bytes / 1024).toFixed(0)} KB.`
    : undefined
}

/** Runs rules in order and returns the first problem. */
export function firstProblem(value: string, ...rules: (Rule | undefined)[]): string | undefined {
  for (const rule of rules) {
    const problem = rule?.(value)
    if (problem) return problem
  }
  return undefined
}
