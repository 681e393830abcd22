/**
 * What a mapping template sees. The request pipeline builds one per render: for a request
 * template from the method request, for a response template from the integration response
 * (body) plus the method request's parameters (AWS keeps `$input.params()` in response templates).
 */
export interface MappingInput {
  /**
   * The raw body as text ('' when there is none). An empty body reads as `{}` through `$input`
   * (AWS, byte for byte); a body that is not JSON is a plain string to `$input.path`/`json`.
   */
  body: string
  /** Method-request parameters, single-valued; what `$input.params(…)` looks up. */
  params: MappingParams
  /**
   * The `$context` variables as plain JSON-like values (strings, numbers, booleans, null,
   * nested plain objects), keys in the order AWS lists them (see `REST_CONTEXT_KEYS`). Leave out
   * `requestOverride` and `responseOverride`: the renderer provides them. Leave out `authorizer`
   * when the method has no authorizer: `$context.authorizer` then reads as an empty map that
   * `$context.keySet()` does not list, as on AWS.
   */
  context: MappingContext
  /** Stage variables (canary overrides already merged over the stage's variables). */
  stageVariables: Readonly<Record<string, string>>
  /**
   * Overrides an earlier template of the same request already set (pass the request template's
   * `result.overrides` when rendering the response template): readable as
   * `$context.requestOverride.*` / `$context.responseOverride.*`, and setting one of them again
   * is reported in `result.overrideErrors` ("overrides are final").
   */
  overrides?: MappingOverrides
}

export interface MappingParams {
  /** Path parameters by name (`{id}` → `id`), already URL-decoded as the pipeline decides. */
  path: Readonly<Record<string, string>>
  /** Query-string parameters; for a repeated key pass the one value AWS would use. */
  querystring: Readonly<Record<string, string>>
  /**
   * Every request header as received (name casing kept). The renderer hides the headers AWS never
   * shows to `$input.params` (Connection, Content-MD5, Expect, …); pass them anyway.
   */
  header: Readonly<Record<string, string>>
}

/** A JSON-like value as the pipeline builds `$context`. */
export type MappingContextValue =
  | string
  | number
  | boolean
  | null
  | readonly MappingContextValue[]
  | { readonly [key: string]: MappingContextValue }

export type MappingContext = Readonly<Record<string, MappingContextValue>>

/**
 * `$context` overrides a template set (`#set($context.responseOverride.status = 444)`,
 * `$context.requestOverride.header.X = …`). Header and query-string values set to a list become
 * multi-value (string[]). Applied by the pipeline after the whole template has rendered.
 */
export interface MappingOverrides {
  request: {
    header: Record<string, string | string[]>
    path: Record<string, string>
    querystring: Record<string, string | string[]>
  }
  response: {
    header: Record<string, string | string[]>
    /** Set when the template assigned an integer (or a string of digits). */
    status?: number
  }
}

/** An empty set of overrides. */
export function emptyMappingOverrides(): MappingOverrides {
  return { request: { header: {}, path: {}, querystring: {} }, response: { header: {} } }
}
