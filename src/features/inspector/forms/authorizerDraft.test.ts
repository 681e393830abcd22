import { describe, expect, it } from 'vitest'
import { checkAuthorizer } from '../../../core/model/commands/rest/apiObjects'
import {
  authorizerFromDraft,
  authorizerTtl,
  iamRoleArn,
  lambdaFunctionName,
  requestIdentitySourceProblem,
  splitArns,
} from './authorizerDraft'

const URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations'

describe('authorizerDraft', () => {
  it('TTL is a whole number of seconds from 0 to 3600', () => {
    expect(authorizerTtl('0')).toBeUndefined()
    expect(authorizerTtl('3600')).toBeUndefined()
    expect(authorizerTtl('3601')).toMatch(/between 0 and 3600/)
    expect(authorizerTtl('-1')).toMatch(/between 0 and 3600/)
    expect(authorizerTtl('1.5')).toMatch(/whole number/)
  })

  it('a TOKEN draft becomes a Lambda authorizer the command accepts', () => {
    const a = authorizerFromDraft('ab12cd', {
      name: ' TokenAuth ',
      type: 'TOKEN',
      authorizerUri: URI,
      identitySource: 'method.request.header.Authorization',
      providerARNs: 'ignored',
      authorizerCredentials: '',
    })
    expect(a).toEqual({
      id: 'ab12cd',
      name: 'TokenAuth',
      type: 'TOKEN',
      authType: 'custom',
      authorizerUri: URI,
      identitySource: 'method.request.header.Authorization',
      authorizerResultTtlInSeconds: 300,
    })
    expect(() => checkAuthorizer('t', a)).not.toThrow()
  })

  it('a REQUEST draft without identity source omits the field', () => {
    const a = authorizerFromDraft('x', {
      name: 'Req',
      type: 'REQUEST',
      authorizerUri: URI,
      identitySource: '  ',
      providerARNs: '',
      authorizerCredentials: '',
    })
    expect('identitySource' in a).toBe(false)
    expect('providerARNs' in a).toBe(false)
  })

  it('a Cognito draft keeps its ARNs and no URI', () => {
    const a = authorizerFromDraft('c', {
      name: 'Pool',
      type: 'COGNITO_USER_POOLS',
      authorizerUri: URI,
      identitySource: '',
      providerARNs: 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_A,\n arn:b',
      authorizerCredentials: 'arn:aws:iam::123456789012:role/ignored',
    })
    expect(a.providerARNs).toEqual([
      'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_A',
      'arn:b',
    ])
    expect(a.authorizerUri).toBeUndefined()
    expect(a.authorizerCredentials).toBeUndefined()
    expect(a.identitySource).toBe('method.request.header.Authorization')
    expect(splitArns(' ,, ')).toEqual([])
  })

  it('a Lambda draft keeps its invoke role (authorizerCredentials), checked as an IAM role ARN', () => {
    const a = authorizerFromDraft('r', {
      name: 'WithRole',
      type: 'REQUEST',
      authorizerUri: URI,
      identitySource: 'method.request.querystring.token',
      providerARNs: '',
      authorizerCredentials: ' arn:aws:iam::123456789012:role/apigInvokeRole ',
    })
    expect(a.authorizerCredentials).toBe('arn:aws:iam::123456789012:role/apigInvokeRole')
    expect(() => checkAuthorizer('t', a)).not.toThrow()
    expect(iamRoleArn('arn:aws:iam::123456789012:role/apigInvokeRole')).toBeUndefined()
    expect(iamRoleArn('arn:aws:iam::123456789012:user/bob')).toMatch(/role/)
  })

  it('a REQUEST authorizer needs an identity source while caching is on', () => {
    expect(requestIdentitySourceProblem('', 300)).toMatch(/needs an identity source while caching is on/)
    expect(requestIdentitySourceProblem('  ', 1)).toMatch(/set the TTL to 0/)
    expect(requestIdentitySourceProblem('', 0)).toBeUndefined()
    expect(requestIdentitySourceProblem('method.request.header.Auth', 300)).toBeUndefined()
  })

  it('reads the function name out of an invocation URI', () => {
    expect(lambdaFunctionName(URI)).toBe('auth')
    expect(lambdaFunctionName(URI.replace(':auth/', ':auth:live/'))).toBe('auth')
    expect(lambdaFunctionName('https://example.com')).toBeUndefined()
    expect(lambdaFunctionName(undefined)).toBeUndefined()
  })
})
