import { iamRoleArnProblem } from '../../../core/model/commands/rest/iamRoleArn'
import type { Authorizer, AuthorizerType } from '../../../core/model/rest/RestApi'
import { integerBetween, type Rule } from '../validation/fieldRules'

/** The authorizer types, in the console's words (Lambda with a TOKEN or REQUEST payload, Cognito). */
export const AUTHORIZER_TYPES: { value: AuthorizerType; label: string }[] = [
  { value: 'TOKEN', label: 'Lambda, TOKEN' },
  { value: 'REQUEST', label: 'Lambda, REQUEST' },
  { value: 'COGNITO_USER_POOLS', label: 'Cognito user pools (COGNITO_USER_POOLS)' },
]

/** `authorizerResultTtlInSeconds`: 0 (no caching) to 3600; AWS's default is 300. */
export const authorizerTtl = integerBetween(0, 3600, 'seconds')

export const DEFAULT_AUTHORIZER_TTL = 300

/**
 * A REQUEST authorizer's identity source is required while authorization caching is on (AWS's
 * Authorizer reference: "required when authorization caching is enabled"): the sources are the
 * cache key.
 */
export function requestIdentitySourceProblem(identitySource: string, ttlSeconds: number): string | undefined {
  return identitySource.trim() === '' && ttlSeconds > 0
    ? 'A REQUEST authorizer needs an identity source while caching is on (TTL above 0): the sources are the cache key. Add one, or set the TTL to 0.'
    : undefined
}

/**
 * `authorizerCredentials`: the ARN of the IAM role API Gateway assumes to call the Lambda
 * function. Checked as typed (spaces around it are refused, not silently kept).
 */
export const iamRoleArn: Rule = (v) =>
  v.trim() !== v ? 'Remove the spaces around the role ARN.' : iamRoleArnProblem(v)

/** What the create form collects; the rest of the authorizer takes AWS's defaults. */
export interface AuthorizerDraft {
  name: string
  type: AuthorizerType
  /** TOKEN / REQUEST: the Lambda invocation URI. */
  authorizerUri: string
  /** TOKEN: the header carrying the token; REQUEST: comma-separated sources (may be empty). */
  identitySource: string
  /** COGNITO_USER_POOLS: user pool ARNs, separated by commas or whitespace. */
  providerARNs: string
  /** TOKEN / REQUEST: the IAM role API Gateway assumes to invoke the function; '' for none. */
  authorizerCredentials: string
}

/** Splits a list of ARNs typed with commas, spaces or line breaks. */
export function splitArns(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/**
 * The authorizer a draft describes: only the fields its type uses (a Cognito authorizer has no
 * URI, a Lambda one no provider ARNs), `authType` as the OpenAPI extension writes it.
 */
export function authorizerFromDraft(id: string, draft: AuthorizerDraft): Authorizer {
  const base = { id, name: draft.name.trim(), authorizerResultTtlInSeconds: DEFAULT_AUTHORIZER_TTL }
  const identitySource = draft.identitySource.trim()
  if (draft.type === 'COGNITO_USER_POOLS') {
    return {
      ...base,
      type: 'COGNITO_USER_POOLS',
      authType: 'cognito_user_pools',
      identitySource: identitySource === '' ? 'method.request.header.Authorization' : identitySource,
      providerARNs: splitArns(draft.providerARNs),
    }
  }
  const credentials = draft.authorizerCredentials.trim()
  return {
    ...base,
    type: draft.type,
    authType: 'custom',
    authorizerUri: draft.authorizerUri.trim(),
    ...(identitySource === '' ? {} : { identitySource }),
    ...(credentials === '' ? {} : { authorizerCredentials: credentials }),
  }
}

/** The Lambda function name inside an invocation URI (`…:function:NAME/invocations`), if any. */
export function lambdaFunctionName(uri: string | undefined): string | undefined {
  const m = /:function:([^:/]+)(?::[^/]+)?\/invocations$/.exec(uri ?? '')
  return m?.[1]
}
