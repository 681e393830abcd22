import type { MappingContext, MappingContextValue } from '../mapping/MappingInput'

/** `$context.identity` (no authorizer, no API key: AWS's recorded key order). */
export interface ContextIdentity {
  cognitoIdentityPoolId: string | null
  accountId: string | null
  cognitoIdentityId: string | null
  caller: string | null
  sourceIp: string
  principalOrgId: string | null
  accessKey: string | null
  cognitoAuthenticationType: string | null
  cognitoAuthenticationProvider: string | null
  userArn: string | null
  userAgent: string | null
  user: string | null
}

/**
 * Everything `$context` can hold during one request. Template-visible keys come first (AWS's
 * recorded `$context.keySet()` order); the rest is filled as the pipeline goes and read by
 * gateway responses and the access log.
 */
export interface RequestContext {
  resourceId: string | null
  resourcePath: string | null
  httpMethod: string
  extendedRequestId: string
  requestTime: string
  path: string
  accountId: string
  protocol: string
  stage: string | null
  domainPrefix: string
  requestTimeEpoch: number
  requestId: string
  identity: ContextIdentity
  domainName: string
  deploymentId: string | null
  apiId: string | null
  /** Only on stages with canary settings. */
  isCanaryRequest?: boolean
  error: { message: string; messageString: string; responseType: string; validationErrorString: string }
  status?: number
  responseLength?: number
  responseLatency?: number
  integrationLatency?: number
  integrationStatus?: number
  integration: {
    status?: number
    integrationStatus?: number
    latency?: number
    requestId?: string
    error?: string
  }
  integrationErrorMessage?: string
  xrayTraceId?: string
  customDomain: { basePathMatched?: string }
  wafResponseCode?: string
  webaclArn?: string
}

const TEMPLATE_KEYS = [
  'resourceId',
  'resourcePath',
  'httpMethod',
  'extendedRequestId',
  'requestTime',
  'path',
  'accountId',
  'protocol',
  'stage',
  'domainPrefix',
  'requestTimeEpoch',
  'requestId',
  'identity',
  'domainName',
  'deploymentId',
  'apiId',
] as const

/**
 * The `$context` a mapping template sees: AWS's recorded key set and order (the renderer adds
 * `requestOverride`/`responseOverride` in their places), plus `isCanaryRequest` on canary stages
 * and `error` in gateway-response templates.
 */
export function toMappingContext(ctx: RequestContext): MappingContext {
  const out: Record<string, MappingContextValue> = {}
  for (const key of TEMPLATE_KEYS) out[key] = ctx[key] as MappingContextValue
  if (ctx.isCanaryRequest !== undefined) out.isCanaryRequest = ctx.isCanaryRequest
  return out
}

/** Reads `a.b.c` out of the context; `undefined` when any step is missing. */
export function readContextPath(ctx: RequestContext, path: string): unknown {
  let value: unknown = ctx
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}
