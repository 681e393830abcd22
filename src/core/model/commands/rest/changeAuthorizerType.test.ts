import { describe, expect, it } from 'vitest'
import { buildMethod, buildProject, buildRestApi } from '../../../../testing/builders'
import type { Authorizer, RestApi } from '../../rest/RestApi'
import { CommandError } from '../defineCommand'
import {
  authorizerTypeChangeProblems,
  changeAuthorizerType,
  defaultIdentitySource,
  methodsUsingAuthorizer,
  retypeAuthorizer,
} from './changeAuthorizerType'

const URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations'
const ROLE = 'arn:aws:iam::123456789012:role/apigInvokeRole'
const POOL = 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc'

const token: Authorizer = {
  id: 'au1',
  name: 'tok',
  type: 'TOKEN',
  authType: 'custom',
  identitySource: 'method.request.header.Auth',
  identityValidationExpression: '^Bearer .+$',
  authorizerUri: URI,
  authorizerCredentials: ROLE,
  authorizerResultTtlInSeconds: 60,
}
const cognito: Authorizer = {
  id: 'au2',
  name: 'pool',
  type: 'COGNITO_USER_POOLS',
  authType: 'cognito_user_pools',
  identitySource: 'method.request.header.Authorization',
  providerARNs: [POOL],
  authorizerResultTtlInSeconds: 300,
}

function apiWith(): RestApi {
  return buildRestApi({
    paths: {
      '/pets': {
        GET: buildMethod('GET', { authorizationType: 'CUSTOM', authorizerId: 'au1' }),
        POST: buildMethod('POST', {
          authorizationType: 'COGNITO_USER_POOLS',
          authorizerId: 'au2',
          authorizationScopes: ['pets/write'],
        }),
      },
      '/pets/{petId}': {
        DELETE: buildMethod('DELETE', { authorizationType: 'CUSTOM', authorizerId: 'au1' }),
      },
      '/open': { GET: buildMethod('GET') },
    },
    authorizers: { au1: token, au2: cognito },
  })
}

function apply(api: RestApi, authorizerId: string, change: Parameters<typeof retypeAuthorizer>[1]) {
  const project = buildProject({ restApis: [api] })
  return changeAuthorizerType.apply(project, { apiId: api.id, authorizerId, change }).restApis[0]!
}

describe('retypeAuthorizer', () => {
  it('TOKEN → REQUEST keeps the Lambda URI, role, TTL and header source; drops the validation expression', () => {
    const { authorizer, dropped } = retypeAuthorizer(token, { type: 'REQUEST' })
    expect(authorizer).toEqual({
      id: 'au1',
      name: 'tok',
      type: 'REQUEST',
      authType: 'custom',
      identitySource: 'method.request.header.Auth',
      authorizerUri: URI,
      authorizerCredentials: ROLE,
      authorizerResultTtlInSeconds: 60,
    })
    expect(dropped).toEqual(['identityValidationExpression'])
  })

  it('TOKEN → Cognito needs pool ARNs and drops the URI and role', () => {
    const { authorizer, dropped } = retypeAuthorizer(token, {
      type: 'COGNITO_USER_POOLS',
      providerARNs: [POOL],
    })
    expect(authorizer).toEqual({
      id: 'au1',
      name: 'tok',
      type: 'COGNITO_USER_POOLS',
      authType: 'cognito_user_pools',
      identitySource: 'method.request.header.Auth',
      identityValidationExpression: '^Bearer .+$',
      providerARNs: [POOL],
      authorizerResultTtlInSeconds: 60,
    })
    expect(dropped).toEqual(['authorizerUri', 'authorizerCredentials'])
  })

  it('Cognito → TOKEN drops the pool ARNs and takes the URI and role given', () => {
    const { authorizer, dropped } = retypeAuthorizer(cognito, {
      type: 'TOKEN',
      authorizerUri: ` ${URI} `,
      authorizerCredentials: '',
    })
    expect(authorizer.authorizerUri).toBe(URI)
    expect('authorizerCredentials' in authorizer).toBe(false)
    expect('providerARNs' in authorizer).toBe(false)
    expect(authorizer.identitySource).toBe('method.request.header.Authorization')
    expect(dropped).toEqual(['providerARNs'])
  })

  it('identity source defaults: one header is kept; otherwise TOKEN empty, REQUEST its own, Cognito Authorization', () => {
    const request: Authorizer = {
      ...token,
      type: 'REQUEST',
      identitySource: 'method.request.header.A, method.request.querystring.b',
    }
    expect(defaultIdentitySource(request, 'TOKEN')).toBe('')
    expect(defaultIdentitySource(request, 'COGNITO_USER_POOLS')).toBe('method.request.header.Authorization')
    expect(defaultIdentitySource(token, 'REQUEST')).toBe('method.request.header.Auth')
    expect(defaultIdentitySource(token, 'COGNITO_USER_POOLS')).toBe('method.request.header.Auth')
    const { identitySource: _gone, ...bare } = request
    expect(defaultIdentitySource(bare, 'REQUEST')).toBe('')
  })
})

describe('authorizerTypeChangeProblems', () => {
  it('lists everything the new type is missing', () => {
    const request: Authorizer = {
      id: 'r',
      name: 'req',
      type: 'REQUEST',
      authorizerUri: URI,
      identitySource: 'method.request.querystring.token',
      authorizerResultTtlInSeconds: 300,
    }
    expect(authorizerTypeChangeProblems(request, { type: 'TOKEN' })).toEqual([
      expect.stringMatching(/^A token source: the header/),
    ])
    expect(authorizerTypeChangeProblems(token, { type: 'COGNITO_USER_POOLS' })).toEqual([
      'At least one Cognito user pool ARN (providerARNs).',
    ])
    expect(
      authorizerTypeChangeProblems(cognito, {
        type: 'REQUEST',
        identitySource: '',
        authorizerCredentials: 'x',
      }),
    ).toEqual([
      'A Lambda function: choose one, or enter its invocation URI (authorizerUri).',
      expect.stringMatching(
        /^An identity source: REQUEST authorizers need one while authorization caching is on/,
      ),
      expect.stringMatching(/^Lambda invoke role \(authorizerCredentials\): Enter the IAM role ARN/),
    ])
    // With caching off, a REQUEST authorizer needs no identity source.
    expect(
      authorizerTypeChangeProblems(cognito, {
        type: 'REQUEST',
        identitySource: '',
        authorizerUri: URI,
        authorizerResultTtlInSeconds: 0,
      }),
    ).toEqual([])
    expect(authorizerTypeChangeProblems(token, { type: 'TOKEN' })).toEqual([
      'This is already a TOKEN authorizer.',
    ])
  })

  it('passes on the model rules of the new type (REQUEST identity sources)', () => {
    expect(authorizerTypeChangeProblems(token, { type: 'REQUEST', identitySource: 'header.Auth' })).toEqual([
      expect.stringMatching(/^Invalid identity source "header.Auth"/),
    ])
  })
})

describe('changeAuthorizerType', () => {
  it('changes the authorizer and moves its methods to the matching authorization type', () => {
    const next = apply(apiWith(), 'au1', { type: 'COGNITO_USER_POOLS', providerARNs: [POOL] })
    expect(next.authorizers.au1?.type).toBe('COGNITO_USER_POOLS')
    const methods = Object.values(next.resources).flatMap((r) => Object.values(r.methods))
    const users = methods.filter((m) => m?.authorizerId === 'au1')
    expect(users).toHaveLength(2)
    for (const m of users) expect(m?.authorizationType).toBe('COGNITO_USER_POOLS')
    // Methods of other authorizers are untouched.
    expect(methods.find((m) => m?.authorizerId === 'au2')?.authorizationScopes).toEqual(['pets/write'])
  })

  it('Cognito → Lambda drops the OAuth scopes of its methods', () => {
    const next = apply(apiWith(), 'au2', { type: 'TOKEN', authorizerUri: URI })
    const post = Object.values(next.resources)
      .flatMap((r) => Object.values(r.methods))
      .find((m) => m?.authorizerId === 'au2')
    expect(post?.authorizationType).toBe('CUSTOM')
    expect(post && 'authorizationScopes' in post).toBe(false)
  })

  it('refuses a change with something missing, naming it, and leaves the project alone', () => {
    const api = apiWith()
    const project = buildProject({ restApis: [api] })
    expect(() =>
      changeAuthorizerType.apply(project, {
        apiId: api.id,
        authorizerId: 'au1',
        change: { type: 'COGNITO_USER_POOLS' },
      }),
    ).toThrowError(
      new CommandError('changeAuthorizerType', 'At least one Cognito user pool ARN (providerARNs).'),
    )
    expect(() =>
      changeAuthorizerType.apply(project, { apiId: api.id, authorizerId: 'nope', change: { type: 'TOKEN' } }),
    ).toThrow(/Invalid authorizer identifier specified: nope/)
    expect(project.restApis[0]).toBe(api)
  })

  it('lists the methods that use an authorizer', () => {
    expect(methodsUsingAuthorizer(apiWith(), 'au1')).toEqual(['DELETE /pets/{petId}', 'GET /pets'])
    expect(methodsUsingAuthorizer(apiWith(), 'none')).toEqual([])
  })
})
