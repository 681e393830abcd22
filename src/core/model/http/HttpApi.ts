/** HTTP APIs (API Gateway v2), as AWS models them. Plain JSON data; see RestApi.ts for conventions. */

export interface CorsConfiguration {
  allowOrigins: string[]
  allowMethods: string[]
  allowHeaders: string[]
  exposeHeaders: string[]
  allowCredentials?: boolean
  maxAge?: number
}

export interface HttpApi {
  id: string
  name: string
  description?: string
  version?: string
  /** `$request.method $request.path` unless set. */
  routeSelectionExpression?: string
  disableExecuteApiEndpoint?: boolean
  cors?: CorsConfiguration
  tags: Record<string, string>
  /** Keyed by route id. */
  routes: Record<string, HttpRoute>
  /** Keyed by integration id. */
  integrations: Record<string, HttpIntegration>
  /** Keyed by authorizer id. */
  authorizers: Record<string, HttpAuthorizer>
  vendorExtensions?: Record<string, unknown>
}

export interface HttpRoute {
  id: string
  /** `GET /pets/{id}`, `ANY /{proxy+}` or `$default`. */
  routeKey: string
  integrationId?: string
  authorizationType: 'NONE' | 'JWT' | 'AWS_IAM' | 'CUSTOM'
  authorizerId?: string
  authorizationScopes?: string[]
  operationName?: string
  /** Request parameters as in OpenAPI (kept for the round trip). */
  requestParameters?: Record<string, { required: boolean }>
  summary?: string
  description?: string
  vendorExtensions?: Record<string, unknown>
}

export interface HttpIntegration {
  id: string
  integrationType: 'AWS_PROXY' | 'HTTP_PROXY' | 'MOCK'
  integrationSubtype?: string
  integrationMethod?: string
  integrationUri?: string
  connectionType?: 'INTERNET' | 'VPC_LINK'
  connectionId?: string
  credentialsArn?: string
  /** `1.0` or `2.0`. */
  payloadFormatVersion: '1.0' | '2.0'
  /** 50..30000 for HTTP APIs. */
  timeoutInMillis: number
  requestParameters?: Record<string, string>
  responseParameters?: Record<string, Record<string, string>>
  tlsConfig?: { serverNameToVerify?: string }
  /** Name under `components.x-amazon-apigateway-integrations`, when it was a reusable one. */
  reusableName?: string
}

export interface HttpAuthorizer {
  id: string
  name: string
  authorizerType: 'JWT' | 'REQUEST'
  identitySource: string[]
  jwtConfiguration?: { audience: string[]; issuer?: string }
  authorizerUri?: string
  authorizerPayloadFormatVersion?: '1.0' | '2.0'
  enableSimpleResponses?: boolean
  authorizerResultTtlInSeconds?: number
  authorizerCredentialsArn?: string
}
