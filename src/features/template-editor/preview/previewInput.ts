import { formatRequestTime } from '../../../core/gateway/context/formatRequestTime'
import { type RequestContext, toMappingContext } from '../../../core/gateway/context/RequestContext'
import type { MappingContextValue, MappingInput } from '../../../core/gateway/mapping'
import type { Method, RestApi } from '../../../core/model/rest/RestApi'

/** What the preview renders a template against; every part is editable in the dock. */
export interface SampleRequest {
  /** Request body (request templates) or integration response body (response templates). */
  body: string
  path: Record<string, string>
  querystring: Record<string, string>
  header: Record<string, string>
  stageVariables: Record<string, string>
  /** `$context` values that replace the generated ones (e.g. `stage`, `identity.sourceIp`, `authorizer`). */
  context: Record<string, unknown>
}

export interface PreviewTarget {
  api: RestApi
  resourceId: string
  /** `/pets/{petId}`. */
  resourcePath: string
  method: Method
  region: string
  accountId: string
  stageName: string
  stageVariables: Record<string, string>
  /** For response templates of a MOCK integration the integration response body is empty. */
  forResponse: boolean
}

/** A starting sample: path parameters from the resource path, declared query strings and headers, the stage's variables. */
export function defaultSample(t: PreviewTarget): SampleRequest {
  const path: Record<string, string> = {}
  for (const m of t.resourcePath.matchAll(/\{([^}+]+)\+?\}/g)) path[m[1]!] = m[0].endsWith('+}') ? 'a/b' : '1'
  const querystring: Record<string, string> = {}
  const header: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json' }
  for (const key of Object.keys(t.method.requestParameters)) {
    const m = /^method\.request\.(querystring|header)\.(.+)$/.exec(key)
    if (m?.[1] === 'querystring') querystring[m[2]!] = 'value'
    if (m?.[1] === 'header') header[m[2]!] = 'value'
  }
  const isMock = t.method.integration?.type === 'MOCK'
  const body = t.forResponse
    ? isMock
      ? ''
      : '{\n  "id": 1,\n  "name": "Rex",\n  "tags": ["good", "dog"]\n}'
    : t.method.httpMethod === 'GET' || t.method.httpMethod === 'HEAD'
      ? ''
      : '{\n  "name": "Rex",\n  "type": "dog"\n}'
  return { body, path, querystring, header, stageVariables: { ...t.stageVariables }, context: {} }
}

function mergeDeep(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base }
  for (const [k, v] of Object.entries(over)) {
    const b = out[k]
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b)
        ? mergeDeep(b as Record<string, unknown>, v as Record<string, unknown>)
        : v
  }
  return out
}

function concretePath(resourcePath: string, path: Record<string, string>): string {
  return resourcePath.replace(/\{([^}+]+)\+?\}/g, (_m, name: string) => path[name] ?? '')
}

/** What a sample `$context` is made of; the rest are the preview's fixed sample values. */
export interface SampleContextParams {
  apiId: string
  region: string
  accountId: string
  stageName: string
  nowMs: number
  httpMethod: string
  path: string
  resourceId: string | null
  resourcePath: string | null
  userAgent: string
}

/**
 * A request's `$context` with AWS's key set and order (as the pipeline builds it) and the
 * preview's sample values: request id `00000000-0000-4000-8000-000000000001`, source IP
 * `203.0.113.10`, no error.
 */
export function sampleRequestContext(p: SampleContextParams): RequestContext {
  return {
    resourceId: p.resourceId,
    resourcePath: p.resourcePath,
    httpMethod: p.httpMethod,
    extendedRequestId: 'Sample-ExtId=',
    requestTime: formatRequestTime(p.nowMs),
    path: p.path,
    accountId: p.accountId,
    protocol: 'HTTP/1.1',
    stage: p.stageName,
    domainPrefix: p.apiId,
    requestTimeEpoch: p.nowMs,
    requestId: '00000000-0000-4000-8000-000000000001',
    identity: {
      cognitoIdentityPoolId: null,
      accountId: null,
      cognitoIdentityId: null,
      caller: null,
      sourceIp: '203.0.113.10',
      principalOrgId: null,
      accessKey: null,
      cognitoAuthenticationType: null,
      cognitoAuthenticationProvider: null,
      userArn: null,
      userAgent: p.userAgent,
      user: null,
    },
    domainName: `${p.apiId}.execute-api.${p.region}.amazonaws.com`,
    deploymentId: 'preview',
    apiId: p.apiId,
    error: { message: '', messageString: '""', responseType: '', validationErrorString: '' },
    integration: {},
    customDomain: {},
  }
}

/**
 * The `MappingInput` the real engine renders: the sample `$context` filled from the sample and
 * the API, then the sample's context overrides.
 */
export function previewInput(t: PreviewTarget, sample: SampleRequest, nowMs: number): MappingInput {
  const ctx = sampleRequestContext({
    apiId: t.api.id,
    region: t.region,
    accountId: t.accountId,
    stageName: t.stageName,
    nowMs,
    httpMethod: t.method.httpMethod === 'ANY' ? 'GET' : t.method.httpMethod,
    path: `/${t.stageName}${concretePath(t.resourcePath, sample.path)}`,
    resourceId: t.resourceId,
    resourcePath: t.resourcePath,
    userAgent: sample.header['User-Agent'] ?? 'Gatewright preview',
  })
  const context = mergeDeep(toMappingContext(ctx) as Record<string, unknown>, sample.context) as Record<
    string,
    MappingContextValue
  >
  return {
    body: sample.body,
    params: { path: sample.path, querystring: sample.querystring, header: sample.header },
    context,
    stageVariables: sample.stageVariables,
  }
}
