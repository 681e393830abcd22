import type { GatewayResponseType } from '../../model/rest/RestApi'

/** One entry of AWS's gateway-response catalog. */
export interface GatewayResponseDefinition {
  type: GatewayResponseType
  /** The default status code AWS reports for the type (`null` for DEFAULT_4XX/5XX). */
  defaultStatus: number | null
  /** `$context.error.message` when the pipeline gives none. */
  defaultMessage: string
  /** `x-amzn-ErrorType` sent with it (`undefined`: not known, none sent). */
  errorType?: string
  /**
   * The body AWS sends when the type is not customised, when it is not what the default
   * template `{"message":$context.error.messageString}` would produce (recorded bodies with a
   * space after the colon, a capitalised `Message`, a JSON null).
   */
  builtInBody?: (message: string) => string
}

/** AWS's default template for every gateway response type (GetGatewayResponse, recorded). */
export const DEFAULT_GATEWAY_RESPONSE_TEMPLATE = '{"message":$context.error.messageString}'

const INTERNAL_SERVER_ERROR_BODY = () => '{"message": "Internal server error"}'

const entries: GatewayResponseDefinition[] = [
  {
    type: 'ACCESS_DENIED',
    defaultStatus: 403,
    defaultMessage: 'User is not authorized to access this resource with an explicit deny',
    errorType: 'AccessDeniedException',
    builtInBody: (message) => `{"Message":${JSON.stringify(message)}}`,
  },
  {
    type: 'API_CONFIGURATION_ERROR',
    defaultStatus: 500,
    defaultMessage: 'Internal server error',
    errorType: 'InternalServerErrorException',
    builtInBody: INTERNAL_SERVER_ERROR_BODY,
  },
  {
    type: 'AUTHORIZER_CONFIGURATION_ERROR',
    defaultStatus: 500,
    defaultMessage: '',
    errorType: 'AuthorizerConfigurationException',
    builtInBody: () => '{"message": null}',
  },
  {
    type: 'AUTHORIZER_FAILURE',
    defaultStatus: 500,
    defaultMessage: 'Internal server error',
    errorType: 'InternalServerErrorException',
    builtInBody: INTERNAL_SERVER_ERROR_BODY,
  },
  {
    type: 'BAD_REQUEST_PARAMETERS',
    defaultStatus: 400,
    defaultMessage: 'Missing required request parameters',
    errorType: 'BadRequestException',
  },
  {
    type: 'BAD_REQUEST_BODY',
    defaultStatus: 400,
    defaultMessage: 'Invalid request body',
    errorType: 'BadRequestException',
  },
  { type: 'DEFAULT_4XX', defaultStatus: null, defaultMessage: '' },
  { type: 'DEFAULT_5XX', defaultStatus: null, defaultMessage: '' },
  {
    type: 'EXPIRED_TOKEN',
    defaultStatus: 403,
    defaultMessage: 'The security token included in the request is expired',
  },
  {
    type: 'INTEGRATION_FAILURE',
    defaultStatus: 504,
    defaultMessage: 'Internal server error',
    errorType: 'InternalServerErrorException',
    builtInBody: INTERNAL_SERVER_ERROR_BODY,
  },
  {
    type: 'INTEGRATION_TIMEOUT',
    defaultStatus: 504,
    defaultMessage: 'Endpoint request timed out',
    builtInBody: () => '{"message": "Endpoint request timed out"}',
  },
  {
    type: 'INVALID_API_KEY',
    defaultStatus: 403,
    defaultMessage: 'Forbidden',
    errorType: 'ForbiddenException',
  },
  {
    type: 'INVALID_SIGNATURE',
    defaultStatus: 403,
    defaultMessage:
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    errorType: 'InvalidSignatureException',
  },
  {
    type: 'MISSING_AUTHENTICATION_TOKEN',
    defaultStatus: 403,
    defaultMessage: 'Missing Authentication Token',
    errorType: 'MissingAuthenticationTokenException',
  },
  {
    type: 'QUOTA_EXCEEDED',
    defaultStatus: 429,
    defaultMessage: 'Limit Exceeded',
    errorType: 'LimitExceededException',
  },
  { type: 'REQUEST_TOO_LARGE', defaultStatus: 413, defaultMessage: 'Request Too Long' },
  { type: 'RESOURCE_NOT_FOUND', defaultStatus: 404, defaultMessage: 'Not Found' },
  {
    type: 'THROTTLED',
    defaultStatus: 429,
    defaultMessage: 'Too Many Requests',
    errorType: 'TooManyRequestsException',
  },
  {
    type: 'UNAUTHORIZED',
    defaultStatus: 401,
    defaultMessage: 'Unauthorized',
    errorType: 'UnauthorizedException',
  },
  {
    type: 'UNSUPPORTED_MEDIA_TYPE',
    defaultStatus: 415,
    defaultMessage: 'Unsupported Media Type',
    errorType: 'BadRequestException',
  },
  { type: 'WAF_FILTERED', defaultStatus: 403, defaultMessage: 'Forbidden' },
]

/** AWS's gateway-response catalog, keyed by AWS's names. */
export const GATEWAY_RESPONSE_CATALOG: Readonly<Record<GatewayResponseType, GatewayResponseDefinition>> =
  Object.fromEntries(entries.map((e) => [e.type, e])) as Record<
    GatewayResponseType,
    GatewayResponseDefinition
  >

/** Every gateway response type, in AWS's alphabetical listing order. */
export const GATEWAY_RESPONSE_TYPES: readonly GatewayResponseType[] = entries.map((e) => e.type)
