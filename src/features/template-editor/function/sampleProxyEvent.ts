/**
 * A Lambda proxy integration event (payload format 1.0) as API Gateway sends it for a REST API:
 * the key set and the `null`s for absent parts follow the team's recorded facts
 * (`shared/aws/pipeline-behaviour.md`, "Lambda proxy (AWS_PROXY), payload 1.0").
 */
export function sampleProxyEvent(opts: {
  httpMethod: string
  /** Resource path template, e.g. `/pets/{petId}`. */
  resource: string
  /** Concrete path, e.g. `/pets/1`. */
  path: string
  apiId: string
  stage: string
  accountId: string
  region: string
  body: string | null
  query?: Record<string, string>
  pathParameters?: Record<string, string>
  stageVariables?: Record<string, string>
  requestTimeEpoch: number
  requestTime: string
}): Record<string, unknown> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Host: `${opts.apiId}.execute-api.${opts.region}.amazonaws.com`,
    'User-Agent': 'curl/8.5.0',
    'X-Amzn-Trace-Id': 'Root=1-67c7e7a4-0123456789abcdef01234567',
    'X-Forwarded-For': '203.0.113.10',
    'X-Forwarded-Port': '443',
    'X-Forwarded-Proto': 'https',
    ...(opts.body !== null ? { 'Content-Type': 'application/json' } : {}),
  }
  const multi = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, [v]]))
  const query = opts.query && Object.keys(opts.query).length > 0 ? opts.query : null
  const pathParameters =
    opts.pathParameters && Object.keys(opts.pathParameters).length > 0 ? opts.pathParameters : null
  const stageVariables =
    opts.stageVariables && Object.keys(opts.stageVariables).length > 0 ? opts.stageVariables : null
  return {
    resource: opts.resource,
    path: opts.path,
    httpMethod: opts.httpMethod,
    headers,
    multiValueHeaders: multi(headers),
    queryStringParameters: query,
    multiValueQueryStringParameters: query ? multi(query) : null,
    pathParameters,
    stageVariables,
    requestContext: {
      resourceId: 'abc123',
      resourcePath: opts.resource,
      httpMethod: opts.httpMethod,
      extendedRequestId: 'Sample-ExtId=',
      requestTime: opts.requestTime,
      path: `/${opts.stage}${opts.path}`,
      accountId: opts.accountId,
      protocol: 'HTTP/1.1',
      stage: opts.stage,
      domainPrefix: opts.apiId,
      requestTimeEpoch: opts.requestTimeEpoch,
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
        userAgent: 'curl/8.5.0',
        user: null,
      },
      domainName: `${opts.apiId}.execute-api.${opts.region}.amazonaws.com`,
      deploymentId: 'sample',
      apiId: opts.apiId,
    },
    body: opts.body,
    isBase64Encoded: false,
  }
}
