import type { Authorizer, AuthorizerType } from '../../../core/model/rest/RestApi'
import { integerBetween } from '../validation/fieldRules'

/** `authorizerResultTtlInSeconds`: 0 (no caching) to 3600; AWS's default is 300. */
export const authorizerTtl = integerBetween(0, 3600, 'seconds')

export const DEFAULT_AUTHORIZER_TTL = 300

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
  return {
    ...base,
    type: draft.type,
    authType: 'custom',
    authorizerUri: draft.authorizerUri.trim(),
    ...(identitySource === '' ? {} : { identitySource }),
  }
}

/** The Lambda function name inside an invocation URI (`…:function:NAME/invocations`), if any. */
export function lambdaFunctionName(uri: string | undefined): string | undefined {
  const m = /:function:([^:/]+)(?::[^/]+)?\/invocations$/.exec(uri ?? '')
  return m?.[1]
}
