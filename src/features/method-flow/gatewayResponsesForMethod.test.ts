import { describe, expect, it } from 'vitest'
import type { Method } from '../../core/model/rest/RestApi'
import { apiFromPaths } from '../designer/tree/testApi'
import { gatewayResponsesForMethod } from './gatewayResponsesForMethod'

const base: Method = {
  httpMethod: 'POST',
  authorizationType: 'NONE',
  apiKeyRequired: false,
  requestParameters: {},
  requestModels: {},
  methodResponses: {},
}

const types = (m: Method, api = apiFromPaths([])) => gatewayResponsesForMethod(api, m).map((g) => g.type)

describe('gatewayResponsesForMethod', () => {
  it('always lists throttling, payload size and the two defaults', () => {
    expect(types(base)).toEqual(
      expect.arrayContaining(['THROTTLED', 'REQUEST_TOO_LARGE', 'DEFAULT_4XX', 'DEFAULT_5XX']),
    )
    expect(types(base)).not.toContain('INVALID_API_KEY')
  })

  it('adds API key responses when a key is required', () => {
    expect(types({ ...base, apiKeyRequired: true })).toEqual(
      expect.arrayContaining(['INVALID_API_KEY', 'QUOTA_EXCEEDED']),
    )
  })

  it('adds authorizer responses for a Lambda authorizer and signature responses for IAM', () => {
    expect(types({ ...base, authorizationType: 'CUSTOM' })).toEqual(
      expect.arrayContaining(['UNAUTHORIZED', 'ACCESS_DENIED', 'AUTHORIZER_CONFIGURATION_ERROR']),
    )
    expect(types({ ...base, authorizationType: 'AWS_IAM' })).toEqual(
      expect.arrayContaining(['INVALID_SIGNATURE', 'MISSING_AUTHENTICATION_TOKEN']),
    )
  })

  it('adds validation responses for what the validator checks', () => {
    const api = apiFromPaths([])
    api.requestValidators.v = {
      id: 'v',
      name: 'body',
      validateRequestBody: true,
      validateRequestParameters: false,
    }
    const list = types({ ...base, requestValidatorId: 'v' }, api)
    expect(list).toContain('BAD_REQUEST_BODY')
    expect(list).not.toContain('BAD_REQUEST_PARAMETERS')
  })

  it('adds integration failures for real backends, and 415 only when passthrough can refuse', () => {
    const integration = {
      type: 'HTTP' as const,
      httpMethod: 'GET',
      uri: 'https://example.com',
      requestParameters: {},
      requestTemplates: {},
      passthroughBehavior: 'NEVER' as const,
      timeoutInMillis: 29000,
      cacheKeyParameters: [],
      integrationResponses: {},
    }
    const list = types({ ...base, integration })
    expect(list).toEqual(
      expect.arrayContaining(['INTEGRATION_FAILURE', 'INTEGRATION_TIMEOUT', 'UNSUPPORTED_MEDIA_TYPE']),
    )
    const mock = types({
      ...base,
      integration: { ...integration, type: 'MOCK', passthroughBehavior: 'WHEN_NO_MATCH' },
    })
    expect(mock).not.toContain('INTEGRATION_TIMEOUT')
    expect(mock).not.toContain('UNSUPPORTED_MEDIA_TYPE')
  })
})
