import type { HttpMethod } from '../rest/RestApi'

export type Severity = 'error' | 'warning' | 'info'

/** Where a diagnostic points: an API, and optionally a resource, a method, a field or a template. */
export interface DiagnosticLocation {
  apiId: string
  resourceId?: string
  /** The resource path (`/pets/{petId}`) or HTTP route key, for people. */
  path?: string
  httpMethod?: HttpMethod
  /** A dotted field name, e.g. `integration.uri`, `methodResponses.200`, `stage.dev.variables`. */
  field?: string
  /** For template problems: which template, e.g. `integration.requestTemplates["application/json"]`. */
  template?: string
}

/**
 * One finding of `validateProject`: `error` = AWS would refuse it (save, import or deploy),
 * `warning` = AWS accepts it but it probably does not do what was meant, `info` = worth knowing.
 */
export interface Diagnostic {
  severity: Severity
  message: string
  location: DiagnosticLocation
}
