import type { Integration, IntegrationResponse } from '../../model/rest/RestApi'

const compiled = new Map<string, RegExp | null>()

/** A selection pattern as a Java `Pattern.matches` (whole string; `.` does not match a newline). */
export function javaRegexMatches(pattern: string, input: string): boolean {
  let re = compiled.get(pattern)
  if (re === undefined) {
    try {
      // Java's possessive quantifiers and \A/\Z anchors have no JS equivalent; plain patterns are shared syntax.
      re = new RegExp(`^(?:${pattern.replace(/\\A/g, '^').replace(/\\[Zz]/g, '$')})$`)
    } catch {
      re = null
    }
    compiled.set(pattern, re)
  }
  return re?.test(input) === true
}

export type Selection =
  | { response: IntegrationResponse; key: string; why: string }
  | { response: undefined; why: string }

/**
 * Picks the integration response: the first whose selection pattern matches the whole input
 * (the status code for HTTP and MOCK, `errorMessage` for Lambda — an empty string on success),
 * else the default response (no pattern); else none (→ API_CONFIGURATION_ERROR).
 */
export function selectIntegrationResponse(integration: Integration, input: string | undefined): Selection {
  const entries = Object.entries(integration.integrationResponses)
  const isDefault = ([k, r]: [string, IntegrationResponse]) =>
    r.selectionPattern === undefined || r.selectionPattern === '' || k === 'default'
  if (input !== undefined) {
    for (const entry of entries) {
      if (isDefault(entry)) continue
      const pattern = entry[1].selectionPattern!
      if (javaRegexMatches(pattern, input))
        return {
          response: entry[1],
          key: entry[0],
          why: `selection pattern ${JSON.stringify(pattern)} matches ${JSON.stringify(input)}`,
        }
    }
  }
  const def = entries.find(isDefault)
  if (def)
    return {
      response: def[1],
      key: def[0],
      why:
        input === undefined
          ? 'no status to match: the default response'
          : `no pattern matches ${JSON.stringify(input)}: the default response`,
    }
  return {
    response: undefined,
    why: `no pattern matches ${JSON.stringify(input ?? '')} and there is no default response`,
  }
}
