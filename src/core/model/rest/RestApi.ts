/**
 * REST APIs (API Gateway v1), modelled the way AWS's own resources are shaped (RestApi,
 * Resource, Method, Integration, …), so that import, export, the emulator and the designer
 * speak the same names as AWS's documentation. All plain JSON data.
 *
 * Conventions:
 * - Optional fields are omitted (never `undefined`-valued) when unset; AWS defaults are
 *   applied by readers, not stored.
 * - Maps keyed by names AWS uses as map keys (status codes, content types, parameter names)
 *   are `Record<string, …>`; the resource tree is flat (`parentId`) exactly like AWS's.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'ANY'
export const HTTP_METHODS: readonly HttpMethod[] = [
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'HEAD',
  'OPTIONS',
  'ANY',
]

export type EndpointType = 'EDGE' | 'REGIONAL' | 'PRIVATE'
export type ApiKeySource = 'HEADER' | 'AUTHORIZER'
export type AuthorizationType = 'NONE' | 'AWS_IAM' | 'CUSTOM' | 'COGNITO_USER_POOLS'
export type IntegrationType = 'MOCK' | 'HTTP' | 'HTTP_PROXY' | 'AWS' | 'AWS_PROXY'
export type ConnectionType = 'INTERNET' | 'VPC_LINK'
export type PassthroughBehavior = 'WHEN_NO_MATCH' | 'WHEN_NO_TEMPLATES' | 'NEVER'
export type ContentHandling = 'CONVERT_TO_BINARY' | 'CONVERT_TO_TEXT'

export interface EndpointConfiguration {
  types: EndpointType[]
  vpcEndpointIds?: string[]
  /** `x-amazon-apigateway-endpoint-configuration.disableExecuteApiEndpoint`. */
  disableExecuteApiEndpoint?: boolean
  ipAddressType?: 'ipv4' | 'dualstack'
}

export interface RestApi {
  /** AWS-style 10-character id, used in the invoke URL `{id}.execute-api.{region}.amazonaws.com`. */
  id: string
  name: string
  description?: string
  version?: string
  endpointConfiguration: EndpointConfiguration
  binaryMediaTypes: string[]
  /** Bytes; unset means compression is off. 0..10485760. */
  minimumCompressionSize?: number
  apiKeySource: ApiKeySource
  /** Resource policy, as a JSON policy document (object). */
  policy?: unknown
  tags: Record<string, string>
  /** Id of the root resource (`/`). */
  rootResourceId: string
  /** The resource tree, flat, keyed by resource id. */
  resources: Record<string, Resource>
  /** Keyed by model name. */
  models: Record<string, Model>
  /** Keyed by validator id. */
  requestValidators: Record<string, RequestValidator>
  /** Keyed by authorizer id. */
  authorizers: Record<string, Authorizer>
  /** Keyed by gateway response type, e.g. `DEFAULT_4XX`, `MISSING_AUTHENTICATION_TOKEN`. */
  gatewayResponses: Partial<Record<GatewayResponseType, GatewayResponse>>
  documentationParts: DocumentationPart[]
  documentationVersion?: string
  /** `x-amazon-apigateway-security-policy`, e.g. `TLS_1_2` or an enhanced `SecurityPolicy_…` name. */
  securityPolicy?: string
  /** `x-amazon-apigateway-endpoint-access-mode`: `STRICT` or `BASIC`. */
  endpointAccessMode?: string
  /** Extensions and top-level fields the importer kept verbatim so export can give them back. */
  vendorExtensions?: Record<string, unknown>
}

export interface Resource {
  id: string
  /** Absent only on the root resource. */
  parentId?: string
  /** One path segment: `pets`, `{petId}`, `{proxy+}`; `''` for the root. */
  pathPart: string
  /** Keyed by HTTP method (AWS's `resourceMethods`). */
  methods: Partial<Record<HttpMethod, Method>>
}

/** `method.request.{querystring|path|header|multivaluequerystring|multivalueheader}.{name}` → required. */
export type RequestParameters = Record<string, boolean>

export interface Method {
  httpMethod: HttpMethod
  authorizationType: AuthorizationType
  authorizerId?: string
  authorizationScopes?: string[]
  apiKeyRequired: boolean
  operationName?: string
  requestParameters: RequestParameters
  /** Content type → model name. */
  requestModels: Record<string, string>
  requestValidatorId?: string
  /** Keyed by status code. */
  methodResponses: Record<string, MethodResponse>
  integration?: Integration
  summary?: string
  description?: string
  tags?: string[]
  /** OpenAPI operation fields we keep verbatim for a lossless round trip (e.g. `deprecated`). */
  vendorExtensions?: Record<string, unknown>
  /**
   * OpenAPI detail AWS's Method does not hold, kept so an export gives it back: per request
   * parameter (keyed like `requestParameters`) the parameter object's other fields
   * (`description`, `schema`, …), and the request body's fields other than its schemas.
   */
  openApiDetail?: MethodOpenApiDetail
}

export interface MethodOpenApiDetail {
  parameters?: Record<string, Record<string, unknown>>
  requestBody?: Record<string, unknown>
  /** Swagger 2.0 body parameter name (`in: body`), so an export uses the same name. */
  bodyParameterName?: string
  /** Per status code: response header name → fields of the header object other than `required`. */
  responseHeaders?: Record<string, Record<string, Record<string, unknown>>>
  /** Per status code: response media types that carry no model (e.g. an inline `type: string` schema), verbatim. */
  responseContent?: Record<string, Record<string, unknown>>
}

export interface MethodResponse {
  statusCode: string
  /** `method.response.header.{name}` → required. */
  responseParameters: Record<string, boolean>
  /** Content type → model name. */
  responseModels: Record<string, string>
  description?: string
}

export interface TlsConfig {
  insecureSkipVerification?: boolean
  serverNameToVerify?: string
}

export interface Integration {
  type: IntegrationType
  /** The integration's HTTP method (`httpMethod` in the extension); absent for MOCK. */
  httpMethod?: string
  uri?: string
  connectionType?: ConnectionType
  connectionId?: string
  credentials?: string
  /** `integration.request.{location}.{name}` → source expression. */
  requestParameters: Record<string, string>
  /** Content type → VTL template. */
  requestTemplates: Record<string, string>
  passthroughBehavior: PassthroughBehavior
  contentHandling?: ContentHandling
  /** 50..29000; AWS's default is 29000. */
  timeoutInMillis: number
  cacheNamespace?: string
  cacheKeyParameters: string[]
  tlsConfig?: TlsConfig
  /** REST private integrations through a VPC link v2: the load balancer ARN (2025). */
  integrationTarget?: string
  /** `BUFFERED` (AWS's default) or `STREAM` (proxy integrations only, 2025). */
  responseTransferMode?: 'BUFFERED' | 'STREAM'
  /** Keyed by selection pattern; `default` is the default response (AWS's OpenAPI keying). */
  integrationResponses: Record<string, IntegrationResponse>
}

export interface IntegrationResponse {
  /** Java regular expression; `undefined` for the default response. */
  selectionPattern?: string
  statusCode: string
  /** `method.response.header.{name}` → source expression. */
  responseParameters: Record<string, string>
  /** Content type → VTL template. */
  responseTemplates: Record<string, string>
  contentHandling?: ContentHandling
}

export interface Model {
  name: string
  contentType: string
  /** JSON Schema draft 4, as an object. */
  schema: unknown
  description?: string
  /**
   * The schema as the imported OpenAPI document wrote it (before conversion to draft 4), with
   * a hash of the converted `schema`: export gives the original back while `schema` is unedited.
   */
  openApiSource?: { flavour: 'oas30' | 'swagger2'; schema: unknown; schemaHash: string }
  /** Made by the importer from an inline (unnamed) schema; export writes it inline again. */
  inline?: boolean
}

export interface RequestValidator {
  id: string
  name: string
  validateRequestBody: boolean
  validateRequestParameters: boolean
}

export type AuthorizerType = 'TOKEN' | 'REQUEST' | 'COGNITO_USER_POOLS'

export interface Authorizer {
  id: string
  name: string
  type: AuthorizerType
  /** The security scheme's `in`/`name`-derived identity source, e.g. `method.request.header.Authorization`. */
  identitySource?: string
  identityValidationExpression?: string
  /** Lambda authorizer: the function's invocation URI; Cognito: unused. */
  authorizerUri?: string
  authorizerCredentials?: string
  /** 0..3600; AWS's default is 300. */
  authorizerResultTtlInSeconds: number
  providerARNs?: string[]
  /** The OpenAPI `x-amazon-apigateway-authtype` (e.g. `custom`, `cognito_user_pools`, `awsSigv4`). */
  authType?: string
}

export type GatewayResponseType =
  | 'ACCESS_DENIED'
  | 'API_CONFIGURATION_ERROR'
  | 'AUTHORIZER_CONFIGURATION_ERROR'
  | 'AUTHORIZER_FAILURE'
  | 'BAD_REQUEST_PARAMETERS'
  | 'BAD_REQUEST_BODY'
  | 'DEFAULT_4XX'
  | 'DEFAULT_5XX'
  | 'EXPIRED_TOKEN'
  | 'INTEGRATION_FAILURE'
  | 'INTEGRATION_TIMEOUT'
  | 'INVALID_API_KEY'
  | 'INVALID_SIGNATURE'
  | 'MISSING_AUTHENTICATION_TOKEN'
  | 'QUOTA_EXCEEDED'
  | 'REQUEST_TOO_LARGE'
  | 'RESOURCE_NOT_FOUND'
  | 'THROTTLED'
  | 'UNAUTHORIZED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'WAF_FILTERED'

export interface GatewayResponse {
  responseType: GatewayResponseType
  /** Overrides the type's default status code when set. */
  statusCode?: string
  /** `gatewayresponse.header.{name}` → source expression (`'literal'`, `method.request.header.x`, …). */
  responseParameters: Record<string, string>
  /** Content type → VTL template. */
  responseTemplates: Record<string, string>
}

export interface DocumentationPart {
  location: {
    type: string
    path?: string
    method?: string
    statusCode?: string
    name?: string
  }
  properties: Record<string, unknown>
}
