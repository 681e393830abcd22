import type { Authorizer, AuthorizerType, Method } from '../model/rest/RestApi'
import { checkPlaceholders, readString, show } from './cloudFormation'
import type { ImportContext } from './ImportContext'
import { isRecord } from './ImportContext'
import { child } from './ImportIssue'

/** What a security scheme means for a REST API. */
export type SchemeMeaning =
  | { kind: 'authorizer'; authorizerId: string; cognito: boolean }
  | { kind: 'apiKey' }
  | { kind: 'sigv4' }
  | { kind: 'ignored' }

const AUTHORIZER_TYPES: Record<string, AuthorizerType> = {
  token: 'TOKEN',
  request: 'REQUEST',
  cognito_user_pools: 'COGNITO_USER_POOLS',
}

/** Reads the document's security schemes into authorizers and scheme meanings. */
export function readSecuritySchemes(
  ctx: ImportContext,
  schemes: Record<string, unknown>,
  at: (name: string) => string,
): { authorizers: Record<string, Authorizer>; meanings: Map<string, SchemeMeaning> } {
  const authorizers: Record<string, Authorizer> = {}
  const meanings = new Map<string, SchemeMeaning>()
  for (const [name, raw] of Object.entries(schemes)) {
    const here = at(name)
    const { value: scheme } = ctx.deref(raw, here)
    if (!isRecord(scheme)) {
      ctx.warn(`Security scheme ${name} is not an object; ignored.`, here)
      meanings.set(name, { kind: 'ignored' })
      continue
    }
    const ext = scheme['x-amazon-apigateway-authorizer']
    const authType = readString(
      ctx,
      scheme['x-amazon-apigateway-authtype'],
      child(here, 'x-amazon-apigateway-authtype'),
      'x-amazon-apigateway-authtype',
    )
    if (isRecord(ext)) {
      const extAt = `${here}/x-amazon-apigateway-authorizer`
      const typeText = (readString(ctx, ext.type, `${extAt}/type`, 'authorizer type') ?? '').toLowerCase()
      const type = AUTHORIZER_TYPES[typeText]
      if (!type) {
        ctx.fail(
          `Invalid authorizer type '${typeText}' for security scheme ${name}: a REST API accepts token, request or cognito_user_pools`,
          `${extAt}/type`,
          'the scheme was ignored',
        )
        meanings.set(name, { kind: 'ignored' })
        continue
      }
      if (scheme.type !== 'apiKey') {
        ctx.warn(
          `Security scheme ${name} carries a ${type} authorizer but is of type "${show(scheme.type)}"; REST APIs expect type apiKey.`,
          `${here}/type`,
        )
      }
      const id = ctx.ids.shortId(6)
      const headerName = typeof scheme.name === 'string' ? scheme.name : 'Authorization'
      const a: Authorizer = {
        id,
        name,
        type,
        authorizerResultTtlInSeconds: 300,
      }
      const identitySource =
        readString(ctx, ext.identitySource, `${extAt}/identitySource`, 'identitySource') ??
        (type === 'REQUEST' ? undefined : `method.request.header.${headerName}`)
      if (identitySource !== undefined) a.identitySource = identitySource.replace(/\s*,\s*/g, ', ').trim()
      const uri = readString(ctx, ext.authorizerUri, `${extAt}/authorizerUri`, 'authorizerUri')
      if (uri !== undefined) {
        checkPlaceholders(ctx, uri, `${extAt}/authorizerUri`, 'authorizerUri')
        a.authorizerUri = uri
      }
      const credentials = readString(
        ctx,
        ext.authorizerCredentials,
        `${extAt}/authorizerCredentials`,
        'authorizerCredentials',
      )
      if (credentials !== undefined) a.authorizerCredentials = credentials
      const regex = readString(
        ctx,
        ext.identityValidationExpression,
        `${extAt}/identityValidationExpression`,
        'identityValidationExpression',
      )
      if (regex !== undefined) a.identityValidationExpression = regex
      const ttl = ext.authorizerResultTtlInSeconds
      if (ttl !== undefined) {
        const n = typeof ttl === 'string' ? Number(ttl) : ttl
        if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 3600)
          a.authorizerResultTtlInSeconds = n
        else
          ctx.fail(
            `Invalid authorizer result TTL for ${name}: must be 0 to 3600 seconds`,
            `${extAt}/authorizerResultTtlInSeconds`,
            'AWS default of 300 used',
          )
      }
      if (Array.isArray(ext.providerARNs)) {
        a.providerARNs = ext.providerARNs.flatMap((arn, i) => {
          const text = readString(ctx, arn, `${extAt}/providerARNs/${i}`, 'providerARNs')
          if (text !== undefined) checkPlaceholders(ctx, text, `${extAt}/providerARNs/${i}`, 'providerARNs')
          return text === undefined ? [] : [text]
        })
      }
      if (authType !== undefined) a.authType = authType
      for (const key of Object.keys(ext)) {
        if (
          ![
            'type',
            'identitySource',
            'authorizerUri',
            'authorizerCredentials',
            'identityValidationExpression',
            'authorizerResultTtlInSeconds',
            'providerARNs',
          ].includes(key)
        ) {
          ctx.warn(`Authorizer field "${key}" is not used by REST APIs; ignored.`, `${extAt}/${key}`)
        }
      }
      authorizers[id] = a
      meanings.set(name, { kind: 'authorizer', authorizerId: id, cognito: type === 'COGNITO_USER_POOLS' })
      continue
    }
    if (scheme.type === 'apiKey') {
      if (authType?.toLowerCase().startsWith('aws')) {
        meanings.set(name, { kind: 'sigv4' })
      } else if (
        typeof scheme.name === 'string' &&
        scheme.name.toLowerCase() === 'x-api-key' &&
        scheme.in === 'header'
      ) {
        meanings.set(name, { kind: 'apiKey' })
      } else {
        ctx.warn(
          `Security scheme ${name} is an apiKey scheme that is neither the x-api-key header nor an API Gateway authorizer; REST APIs ignore it.`,
          here,
        )
        meanings.set(name, { kind: 'ignored' })
      }
      continue
    }
    ctx.warn(
      `Security scheme ${name} (${show(scheme.type)}) is not supported by REST APIs (use an apiKey scheme with x-amazon-apigateway-authorizer); ignored.`,
      here,
    )
    meanings.set(name, { kind: 'ignored' })
  }
  return { authorizers, meanings }
}

/** Applies an operation's security requirements (or the root ones) to a method. */
export function applySecurity(
  ctx: ImportContext,
  method: Method,
  requirements: unknown,
  at: string,
  meanings: Map<string, SchemeMeaning>,
): void {
  if (!Array.isArray(requirements)) return
  requirements.forEach((req, i) => {
    if (!isRecord(req)) return
    for (const [name, scopes] of Object.entries(req)) {
      const meaning = meanings.get(name)
      const where = child(at, i, name)
      if (!meaning) {
        ctx.warn(
          `The security requirement names "${name}", which is not a security scheme of this document; ignored.`,
          where,
        )
        continue
      }
      if (meaning.kind === 'apiKey') method.apiKeyRequired = true
      else if (meaning.kind === 'sigv4') {
        if (method.authorizationType === 'NONE') method.authorizationType = 'AWS_IAM'
      } else if (meaning.kind === 'authorizer') {
        if (method.authorizerId !== undefined && method.authorizerId !== meaning.authorizerId) {
          ctx.warn(`A method can use only one authorizer; "${name}" was ignored.`, where)
          continue
        }
        method.authorizationType = meaning.cognito ? 'COGNITO_USER_POOLS' : 'CUSTOM'
        method.authorizerId = meaning.authorizerId
        if (meaning.cognito && Array.isArray(scopes) && scopes.length > 0) {
          method.authorizationScopes = scopes.filter((s): s is string => typeof s === 'string')
        }
      }
    }
  })
}
