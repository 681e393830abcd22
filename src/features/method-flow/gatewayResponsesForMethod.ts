import type { GatewayResponseType, Method, RestApi } from '../../core/model/rest/RestApi'

export interface ApplicableGatewayResponse {
  type: GatewayResponseType
  /** Why this response can happen on this method, in a sentence. */
  reason: string
}

/**
 * The gateway responses a request to this method can end in, judged from the method's
 * configuration and the meaning AWS gives each response type ("Gateway response types" in
 * AWS's developer guide). AWS does not publish this per-method list; it is our reading of
 * the types' definitions (see docs/fidelity.md, Studio).
 */
export function gatewayResponsesForMethod(api: RestApi, method: Method): ApplicableGatewayResponse[] {
  const out: ApplicableGatewayResponse[] = []
  const add = (type: GatewayResponseType, reason: string) => out.push({ type, reason })
  const integration = method.integration
  const isProxy = integration?.type === 'AWS_PROXY' || integration?.type === 'HTTP_PROXY'

  switch (method.authorizationType) {
    case 'AWS_IAM':
      add('MISSING_AUTHENTICATION_TOKEN', 'IAM authorization: the request carries no SigV4 signature')
      add('INVALID_SIGNATURE', 'IAM authorization: the SigV4 signature does not match')
      add('EXPIRED_TOKEN', 'IAM authorization: the credentials have expired')
      add('ACCESS_DENIED', 'IAM authorization: the caller is not allowed to invoke this method')
      break
    case 'CUSTOM': {
      const authorizer = method.authorizerId ? api.authorizers[method.authorizerId] : undefined
      add(
        'UNAUTHORIZED',
        'Lambda authorizer: the identity source is missing or the function answers Unauthorized',
      )
      add('ACCESS_DENIED', 'Lambda authorizer: the returned policy denies this method')
      add('AUTHORIZER_FAILURE', 'Lambda authorizer: the function failed')
      add(
        'AUTHORIZER_CONFIGURATION_ERROR',
        `Lambda authorizer${authorizer ? ` "${authorizer.name}"` : ''}: the authorizer cannot be called or returns an invalid policy`,
      )
      break
    }
    case 'COGNITO_USER_POOLS':
      add('UNAUTHORIZED', 'Cognito authorizer: the token is missing, invalid or expired')
      add('AUTHORIZER_CONFIGURATION_ERROR', 'Cognito authorizer: the user pool cannot be used')
      break
    case 'NONE':
      break
  }
  if (method.apiKeyRequired) {
    add(
      'INVALID_API_KEY',
      'API key required: the key is missing, unknown or not in a usage plan for this stage',
    )
    add('QUOTA_EXCEEDED', "API key required: the usage plan's quota is used up")
  }
  add('THROTTLED', 'Stage, method or usage-plan throttling limits are exceeded')
  const validator = method.requestValidatorId ? api.requestValidators[method.requestValidatorId] : undefined
  if (validator?.validateRequestParameters) {
    add('BAD_REQUEST_PARAMETERS', `Request validator "${validator.name}": a required parameter is missing`)
  }
  if (validator?.validateRequestBody) {
    add('BAD_REQUEST_BODY', `Request validator "${validator.name}": the body does not match the model`)
  }
  add('REQUEST_TOO_LARGE', 'The request payload is larger than 10 MB')
  if (integration && !isProxy && integration.passthroughBehavior !== 'WHEN_NO_MATCH') {
    add(
      'UNSUPPORTED_MEDIA_TYPE',
      `Request body passthrough is ${integration.passthroughBehavior}: a Content-Type without a template is refused`,
    )
  }
  if (integration && integration.type !== 'MOCK') {
    add('INTEGRATION_FAILURE', 'The integration fails (backend unreachable, function error)')
    add('INTEGRATION_TIMEOUT', `The backend answers after ${integration.timeoutInMillis} ms`)
  }
  if (!integration || !isProxy) {
    add(
      'API_CONFIGURATION_ERROR',
      'A template fails, or no integration response matches and none is the default',
    )
  }
  add('DEFAULT_4XX', 'Any 4XX response type not customised on its own')
  add('DEFAULT_5XX', 'Any 5XX response type not customised on its own')
  return out
}
