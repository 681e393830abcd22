import { resourcePaths } from '../../rest/paths'
import type { AuthorizationType, Authorizer, AuthorizerType, HttpMethod, RestApi } from '../../rest/RestApi'
import { CommandError, defineCommand } from '../defineCommand'
import { checkAuthorizer } from './apiObjects'
import { iamRoleArnProblem } from './iamRoleArn'
import { withRestApi } from './withRestApi'

/**
 * Changing an existing authorizer's type (TOKEN, REQUEST, COGNITO_USER_POOLS), as editing an
 * authorizer in the console does: what the new type needs comes in `AuthorizerTypeChange`;
 * what it does not say is kept where the new type uses it and dropped where it does not.
 */
export interface AuthorizerTypeChange {
  type: AuthorizerType
  /** TOKEN / REQUEST: the Lambda invocation URI; absent keeps a Lambda authorizer's own. */
  authorizerUri?: string
  /** Absent: `defaultIdentitySource(authorizer, type)`. `''` means none (REQUEST only). */
  identitySource?: string
  /** COGNITO_USER_POOLS: the user pool ARNs; absent keeps a Cognito authorizer's own. */
  providerARNs?: string[]
  /** TOKEN / REQUEST: the IAM role API Gateway assumes to call the function; `''` removes it. */
  authorizerCredentials?: string
  authorizerResultTtlInSeconds?: number
}

const HEADER_SOURCE = /^method\.request\.header\.[^\s,]+$/
const COGNITO_HEADER = 'method.request.header.Authorization'

const isLambda = (t: AuthorizerType) => t !== 'COGNITO_USER_POOLS'

/**
 * The identity source the new type starts with: a single header is kept (it serves all three
 * types); otherwise TOKEN starts empty (the console asks for the token source header), REQUEST
 * keeps its sources, and Cognito starts with `Authorization`, the header AWS's Cognito
 * walkthrough names.
 */
export function defaultIdentitySource(a: Authorizer, type: AuthorizerType): string {
  const current = a.identitySource?.trim() ?? ''
  if (HEADER_SOURCE.test(current)) return current
  if (type === 'REQUEST') return current
  if (type === 'COGNITO_USER_POOLS') return COGNITO_HEADER
  return ''
}

/** The authorizer `a` becomes as `change.type`, and the fields it loses on the way. */
export function retypeAuthorizer(
  a: Authorizer,
  change: AuthorizerTypeChange,
): { authorizer: Authorizer; dropped: string[] } {
  const type = change.type
  const dropped: string[] = []
  const next: Authorizer = {
    id: a.id,
    name: a.name,
    type,
    authType: isLambda(type) ? 'custom' : 'cognito_user_pools',
    authorizerResultTtlInSeconds: change.authorizerResultTtlInSeconds ?? a.authorizerResultTtlInSeconds,
  }
  const identitySource = (change.identitySource ?? defaultIdentitySource(a, type)).trim()
  if (identitySource !== '') next.identitySource = identitySource
  if (type !== 'REQUEST' && a.identityValidationExpression !== undefined) {
    next.identityValidationExpression = a.identityValidationExpression
  } else if (a.identityValidationExpression !== undefined) dropped.push('identityValidationExpression')
  if (isLambda(type)) {
    const uri = (change.authorizerUri ?? a.authorizerUri ?? '').trim()
    if (uri !== '') next.authorizerUri = uri
    const credentials = (change.authorizerCredentials ?? a.authorizerCredentials ?? '').trim()
    if (credentials !== '') next.authorizerCredentials = credentials
    if (a.providerARNs !== undefined && a.providerARNs.length > 0) dropped.push('providerARNs')
  } else {
    const arns = change.providerARNs ?? a.providerARNs ?? []
    next.providerARNs = arns.map((s) => s.trim()).filter((s) => s !== '')
    if (a.authorizerUri !== undefined) dropped.push('authorizerUri')
    if (a.authorizerCredentials !== undefined) dropped.push('authorizerCredentials')
  }
  return { authorizer: next, dropped }
}

/**
 * Everything the new type still needs or refuses, each in words a person can act on (empty when
 * the change can be applied). The form lists these before the user applies the change.
 */
export function authorizerTypeChangeProblems(a: Authorizer, change: AuthorizerTypeChange): string[] {
  if (change.type === a.type) return [`This is already a ${a.type} authorizer.`]
  const next = retypeAuthorizer(a, change).authorizer
  const problems: string[] = []
  if (isLambda(next.type) && !next.authorizerUri) {
    problems.push('A Lambda function: choose one, or enter its invocation URI (authorizerUri).')
  }
  if (next.type === 'TOKEN' && !HEADER_SOURCE.test(next.identitySource ?? '')) {
    problems.push(
      'A token source: the header that carries the token, as method.request.header.{name} (identitySource).',
    )
  }
  if (next.type === 'REQUEST' && !next.identitySource && next.authorizerResultTtlInSeconds > 0) {
    problems.push(
      'An identity source: REQUEST authorizers need one while authorization caching is on (TTL above 0); add one or set the TTL to 0.',
    )
  }
  if (next.type === 'COGNITO_USER_POOLS' && !HEADER_SOURCE.test(next.identitySource ?? '')) {
    problems.push('A token source header, as method.request.header.{name} (identitySource).')
  }
  if (next.type === 'COGNITO_USER_POOLS' && (next.providerARNs ?? []).length === 0) {
    problems.push('At least one Cognito user pool ARN (providerARNs).')
  }
  if (next.authorizerCredentials !== undefined) {
    const problem = iamRoleArnProblem(next.authorizerCredentials)
    if (problem) problems.push(`Lambda invoke role (authorizerCredentials): ${problem}`)
  }
  if (problems.length === 0) {
    try {
      checkAuthorizer('changeAuthorizerType', next)
    } catch (e) {
      if (e instanceof CommandError) problems.push(e.message)
      else throw e
    }
  }
  return problems
}

/** The authorization type a method must have to use an authorizer of this type. */
export function authorizationTypeFor(type: AuthorizerType): AuthorizationType {
  return isLambda(type) ? 'CUSTOM' : 'COGNITO_USER_POOLS'
}

/** `GET /pets`-style names of the methods that use an authorizer. */
export function methodsUsingAuthorizer(api: RestApi, authorizerId: string): string[] {
  const paths = resourcePaths(api)
  const out: string[] = []
  for (const r of Object.values(api.resources)) {
    for (const m of Object.values(r.methods)) {
      if (m?.authorizerId === authorizerId) out.push(`${m.httpMethod} ${paths.get(r.id) ?? r.id}`)
    }
  }
  return out.sort()
}

/**
 * Changes an authorizer's type in one step: the authorizer as `retypeAuthorizer` builds it,
 * and every method that uses it switches authorization type with it (CUSTOM for Lambda,
 * COGNITO_USER_POOLS for Cognito; OAuth scopes, which only Cognito authorization has, go when
 * it becomes a Lambda authorizer), so no method is left pointing at an authorizer of the wrong kind.
 */
export const changeAuthorizerType = defineCommand<{
  apiId: string
  authorizerId: string
  change: AuthorizerTypeChange
}>('changeAuthorizerType', 'Change authorizer type', (project, { apiId, authorizerId, change }) =>
  withRestApi(project, 'changeAuthorizerType', apiId, (api) => {
    const a = api.authorizers[authorizerId]
    if (!a) {
      throw new CommandError(
        'changeAuthorizerType',
        `Invalid authorizer identifier specified: ${authorizerId}`,
      )
    }
    const problems = authorizerTypeChangeProblems(a, change)
    if (problems.length > 0) throw new CommandError('changeAuthorizerType', problems.join(' '))
    const { authorizer } = retypeAuthorizer(a, change)
    const authorizationType = authorizationTypeFor(authorizer.type)
    const resources = { ...api.resources }
    for (const [id, r] of Object.entries(api.resources)) {
      let methods: typeof r.methods | undefined
      for (const [key, m] of Object.entries(r.methods)) {
        if (!m || m.authorizerId !== authorizerId) continue
        const { authorizationScopes: _scopes, ...rest } = m
        const next =
          authorizationType === 'COGNITO_USER_POOLS'
            ? { ...m, authorizationType }
            : { ...rest, authorizationType }
        methods = { ...(methods ?? r.methods), [key as HttpMethod]: next }
      }
      if (methods) resources[id] = { ...r, methods }
    }
    return { ...api, resources, authorizers: { ...api.authorizers, [authorizerId]: authorizer } }
  }),
)
