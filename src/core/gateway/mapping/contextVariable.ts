import { JavaDouble } from '../../vtl/java/JavaDouble'
import { javaToString } from '../../vtl/java/javaToString'
import { JAVA_TO_STRING, type JavaPrintable } from '../../vtl/java/javaTypes'
import type { MappingContext, MappingContextValue, MappingOverrides } from './MappingInput'

/**
 * The keys of `$context` in the order `$context.keySet()` lists them on AWS (request template,
 * no authorizer, recorded 2025). Keys the pipeline gives that are not listed here follow them.
 */
export const REST_CONTEXT_KEYS: readonly string[] = [
  'resourceId',
  'resourcePath',
  'httpMethod',
  'extendedRequestId',
  'requestTime',
  'path',
  'accountId',
  'protocol',
  'requestOverride',
  'stage',
  'domainPrefix',
  'requestTimeEpoch',
  'requestId',
  'identity',
  'domainName',
  'deploymentId',
  'responseOverride',
  'apiId',
]

/** The keys of `$context.identity`, in AWS's recorded order. */
export const REST_CONTEXT_IDENTITY_KEYS: readonly string[] = [
  'cognitoIdentityPoolId',
  'accountId',
  'cognitoIdentityId',
  'caller',
  'sourceIp',
  'principalOrgId',
  'accessKey',
  'cognitoAuthenticationType',
  'cognitoAuthenticationProvider',
  'userArn',
  'userAgent',
  'user',
]

/** A `$context` sub-map: navigable, but prints as `""` (AWS: `$context.identity` renders nothing). */
export class ContextSubMap extends Map<unknown, unknown> implements JavaPrintable {
  [JAVA_TO_STRING](): string {
    return ''
  }
}

/** Records every assignment into an override map (`$context.requestOverride.header.X = …`). */
export class OverrideTracker {
  readonly assigned: Array<{ path: string; key: string; value: unknown }> = []
  readonly errors: string[] = []
  /** Keys already set, by an earlier template or by this one ("overrides are final"). */
  readonly taken = new Set<string>()
}

/** An override map: writes are recorded; setting a key twice is refused by AWS with a 5XX. */
export class OverrideMap extends ContextSubMap {
  private tracker: OverrideTracker | null = null
  private path = ''

  static create(path: string, tracker: OverrideTracker): OverrideMap {
    const m = new OverrideMap()
    m.path = path
    m.tracker = tracker
    return m
  }

  override set(key: unknown, value: unknown): this {
    const t = this.tracker
    if (t !== null) {
      const k = javaToString(key)
      const full = `${this.path}.${k}`
      if (t.taken.has(full)) t.errors.push(`${full} is set more than once; AWS overrides are final (5XX)`)
      t.taken.add(full)
      t.assigned.push({ path: this.path, key: k, value })
    }
    return super.set(key, value)
  }

  /** Fills the map without recording (values set by an earlier template). */
  preset(key: string, value: unknown): void {
    super.set(key, value)
    this.tracker?.taken.add(`${this.path}.${key}`)
  }
}

/** `$context` itself: a map in AWS's key order, with `authorizer` readable even when absent. */
export class ContextMap extends Map<unknown, unknown> {
  private hiddenAuthorizer: ContextSubMap | null = null
  override get(key: unknown): unknown {
    const v = super.get(key)
    if (v === undefined && key === 'authorizer' && !super.has('authorizer')) {
      this.hiddenAuthorizer ??= new ContextSubMap()
      return this.hiddenAuthorizer
    }
    return v
  }
}

function toJava(v: MappingContextValue): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v
  if (typeof v === 'number') return Number.isInteger(v) ? v : new JavaDouble(v)
  if (Array.isArray(v)) return (v as readonly MappingContextValue[]).map(toJava)
  const m = new ContextSubMap()
  for (const [k, x] of Object.entries(v as Record<string, MappingContextValue>)) m.set(k, toJava(x))
  return m
}

/**
 * Builds `$context` for one render: the pipeline's values in AWS's key order, plus fresh
 * `requestOverride` {header, path, querystring} and `responseOverride` {header} maps that
 * record what the template sets (preset with `previous` overrides, if any).
 */
export function buildContextVariable(
  context: MappingContext,
  previous: MappingOverrides | undefined,
  tracker: OverrideTracker,
): ContextMap {
  const req = new ContextSubMap()
  const reqHeader = OverrideMap.create('requestOverride.header', tracker)
  const reqPath = OverrideMap.create('requestOverride.path', tracker)
  const reqQuery = OverrideMap.create('requestOverride.querystring', tracker)
  req.set('header', reqHeader)
  req.set('path', reqPath)
  req.set('querystring', reqQuery)
  const res = OverrideMap.create('responseOverride', tracker)
  const resHeader = OverrideMap.create('responseOverride.header', tracker)
  res.preset('header', resHeader)
  tracker.taken.delete('responseOverride.header')
  if (previous) {
    for (const [k, v] of Object.entries(previous.request.header)) reqHeader.preset(k, presetValue(v))
    for (const [k, v] of Object.entries(previous.request.path)) reqPath.preset(k, v)
    for (const [k, v] of Object.entries(previous.request.querystring)) reqQuery.preset(k, presetValue(v))
    for (const [k, v] of Object.entries(previous.response.header)) resHeader.preset(k, presetValue(v))
    if (previous.response.status !== undefined) res.preset('status', previous.response.status)
  }
  const map = new ContextMap()
  const given = new Set(Object.keys(context))
  for (const key of REST_CONTEXT_KEYS) {
    if (key === 'requestOverride') map.set(key, req)
    else if (key === 'responseOverride') map.set(key, res)
    else if (given.has(key)) map.set(key, contextValue(key, context[key]!))
  }
  for (const key of given) {
    if (!map.has(key) && key !== 'requestOverride' && key !== 'responseOverride') {
      map.set(key, contextValue(key, context[key]!))
    }
  }
  return map
}

function contextValue(key: string, v: MappingContextValue): unknown {
  if (key === 'identity') return ordered(toJava(v), REST_CONTEXT_IDENTITY_KEYS)
  if (key === 'authorizer') return authorizerValues(toJava(v))
  return toJava(v)
}

/** A sub-map with known keys first, in AWS's order. */
function ordered(v: unknown, keys: readonly string[]): unknown {
  if (!(v instanceof ContextSubMap)) return v
  const m = new ContextSubMap()
  for (const k of keys) if (v.has(k)) m.set(k, v.get(k))
  for (const [k, x] of v) if (!m.has(k)) m.set(k, x)
  return m
}

/** AWS: `$context.authorizer.<key>` values are strings, even when the authorizer returned a number or boolean. */
function authorizerValues(v: unknown): unknown {
  if (!(v instanceof ContextSubMap)) return v
  const m = new ContextSubMap()
  for (const [k, x] of v) {
    if (x instanceof ContextSubMap) m.set(k, authorizerValues(x))
    else m.set(k, x === null || x === undefined ? x : javaToString(x))
  }
  return m
}

function presetValue(v: string | string[]): unknown {
  return Array.isArray(v) ? [...v] : v
}
