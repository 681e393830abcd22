import { formatRequestTime } from '../context/formatRequestTime'
import type { RequestContext } from '../context/RequestContext'
import { getHeader } from '../http/headers'
import type { InvokeRequest } from '../http/InvokeRequest'
import { parseQueryString } from '../http/parseQueryString'
import { splitTarget } from '../http/splitTarget'
import type { PipelineEnv, PipelineState } from '../PipelineState'
import type { RequestTrace } from '../trace/RequestTrace'
import { TraceRecorder } from '../trace/TraceRecorder'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function hexValue(code: number): number {
  return code <= 57 ? code - 48 : (code | 32) - 87
}

/** The uuid's 32 hex digits without dashes. */
function hexOf(uuid: string): string {
  return uuid.length === 36
    ? uuid.slice(0, 8) + uuid.slice(9, 13) + uuid.slice(14, 18) + uuid.slice(19, 23) + uuid.slice(24)
    : uuid.replace(/-/g, '')
}

/** AWS's extended request id shape: 15 characters of base64 and `=`, from 90 bits of the hex. */
function extendedId(hex: string): string {
  let out = ''
  // Three hex digits (12 bits) make two base64 characters.
  for (let i = 8; out.length < 15; i += 3) {
    const n =
      (hexValue(hex.charCodeAt(i)) << 8) |
      (hexValue(hex.charCodeAt(i + 1)) << 4) |
      hexValue(hex.charCodeAt(i + 2))
    out += B64[n >> 6]! + B64[n & 63]!
  }
  return `${out.slice(0, 15)}=`
}

/** An X-Ray trace header: `Root=1-{epoch seconds, hex}-{24 hex}`. */
function traceRoot(epochMs: number, hex: string): string {
  const secs = Math.floor(epochMs / 1000)
    .toString(16)
    .padStart(8, '0')
  return `Root=1-${secs}-${hex.slice(0, 24)}`
}

/** Sets up the state, `$context` and trace of one request before the first stage. */
export function createPipelineState(req: InvokeRequest, env: PipelineEnv): PipelineState {
  const now = env.clock.now()
  // One random id per request: the request id, with the extended id and the trace id drawn from its bits.
  const requestId = env.ids.uuid()
  const hex = hexOf(requestId)
  const extendedRequestId = extendedId(hex)
  const traceHeader = traceRoot(now, hex)
  const { path, query } = splitTarget(req.target)
  const trace: RequestTrace = {
    requestId,
    extendedRequestId,
    startedAt: now,
    method: req.method,
    url: `${req.scheme}://${req.host}${req.target}`,
    events: [],
    log: [],
    functionLogs: [],
    notEmulated: [],
  }
  const ctx: RequestContext = {
    resourceId: null,
    resourcePath: null,
    httpMethod: req.method,
    extendedRequestId,
    requestTime: formatRequestTime(now),
    path,
    accountId: env.project.settings.accountId,
    protocol: 'HTTP/1.1',
    stage: null,
    domainPrefix: req.host.split('.')[0] ?? '',
    requestTimeEpoch: now,
    requestId,
    identity: {
      cognitoIdentityPoolId: null,
      accountId: null,
      cognitoIdentityId: null,
      caller: null,
      sourceIp: req.sourceIp,
      principalOrgId: null,
      accessKey: null,
      cognitoAuthenticationType: null,
      cognitoAuthenticationProvider: null,
      userArn: null,
      userAgent: getHeader(req.headers, 'user-agent') ?? null,
      user: null,
    },
    domainName: req.host.replace(/:\d+$/, ''),
    deploymentId: null,
    apiId: null,
    error: { message: '', messageString: '', responseType: '', validationErrorString: '' },
    integration: {},
    customDomain: {},
    xrayTraceId: traceHeader.slice(5),
  }
  return {
    env,
    req,
    rec: new TraceRecorder(trace, env.clock),
    ctx,
    startedMono: env.clock.monotonic(),
    rawPath: path,
    query: parseQueryString(query),
    headers: req.headers,
    traceHeader,
    addTraceHeader: false,
  }
}
