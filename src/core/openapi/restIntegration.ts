import type {
  ContentHandling,
  Integration,
  IntegrationResponse,
  IntegrationType,
  PassthroughBehavior,
} from '../model/rest/RestApi'
import { checkPlaceholders, readString, show } from './cloudFormation'
import type { ImportContext } from './ImportContext'
import { isRecord } from './ImportContext'

const TYPES: Record<string, IntegrationType> = {
  mock: 'MOCK',
  http: 'HTTP',
  http_proxy: 'HTTP_PROXY',
  aws: 'AWS',
  aws_proxy: 'AWS_PROXY',
}
const PASSTHROUGH: Record<string, PassthroughBehavior> = {
  when_no_match: 'WHEN_NO_MATCH',
  when_no_templates: 'WHEN_NO_TEMPLATES',
  never: 'NEVER',
}
const CONTENT_HANDLING = new Set(['CONVERT_TO_TEXT', 'CONVERT_TO_BINARY'])
const REST_FIELDS = new Set([
  'type',
  'uri',
  'httpMethod',
  'credentials',
  'requestTemplates',
  'requestParameters',
  'responses',
  'passthroughBehavior',
  'contentHandling',
  'timeoutInMillis',
  'cacheKeyParameters',
  'cacheNamespace',
  'connectionType',
  'connectionId',
  'integrationTarget',
  'tlsConfig',
  'responseTransferMode',
])
const HTTP_ONLY_FIELDS = new Set(['payloadFormatVersion', 'integrationSubtype'])

function stringMap(ctx: ImportContext, value: unknown, at: string, field: string): Record<string, string> {
  const out: Record<string, string> = {}
  if (value === undefined || value === null) return out
  if (!isRecord(value)) {
    ctx.fail(`Invalid ${field}: expected a map of strings`, at, 'ignored')
    return out
  }
  for (const [k, v] of Object.entries(value)) {
    const text = readString(ctx, v, `${at}/${escapeSegment(k)}`, `${field} "${k}"`)
    if (text !== undefined) out[k] = text
  }
  return out
}

function escapeSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1')
}

function contentHandling(ctx: ImportContext, value: unknown, at: string): ContentHandling | undefined {
  if (value === undefined || value === null) return undefined
  const text = String(value).toUpperCase()
  if (CONTENT_HANDLING.has(text)) return text as ContentHandling
  ctx.fail(`Invalid content handling specified: ${show(value)}`, at, 'ignored (the payload passes through)')
  return undefined
}

/**
 * `x-amazon-apigateway-integration` → a REST Integration. `declaredStatuses` are the status
 * codes of the operation's responses, which integration responses must map to.
 */
export function readRestIntegration(
  ctx: ImportContext,
  raw: Record<string, unknown>,
  at: string,
  declaredStatuses: Set<string>,
  label: string,
): Integration | undefined {
  const typeText = (readString(ctx, raw.type, `${at}/type`, 'integration type') ?? '').toLowerCase()
  const type = TYPES[typeText]
  if (!type) {
    ctx.fail(
      `Unable to put integration on '${label}': ${raw.type === undefined ? 'the integration has no type' : `invalid integration type '${show(raw.type)}'`} (use aws, aws_proxy, http, http_proxy or mock)`,
      `${at}/type`,
      'the method was imported without an integration',
    )
    return undefined
  }
  const integration: Integration = {
    type,
    requestParameters: stringMap(ctx, raw.requestParameters, `${at}/requestParameters`, 'requestParameters'),
    requestTemplates: stringMap(ctx, raw.requestTemplates, `${at}/requestTemplates`, 'requestTemplates'),
    passthroughBehavior: 'WHEN_NO_MATCH',
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    integrationResponses: {},
  }
  const httpMethod = readString(ctx, raw.httpMethod, `${at}/httpMethod`, 'httpMethod')
  if (httpMethod !== undefined) integration.httpMethod = httpMethod.toUpperCase()
  const uri = readString(ctx, raw.uri, `${at}/uri`, 'uri')
  if (uri !== undefined) {
    integration.uri = uri
    checkPlaceholders(ctx, uri, `${at}/uri`, 'uri')
  }
  if (type !== 'MOCK' && uri === undefined) {
    ctx.fail(
      `Unable to put integration on '${label}': a ${typeText} integration needs a uri`,
      at,
      'imported without a URI',
    )
  }
  if (type !== 'MOCK' && httpMethod === undefined) {
    ctx.fail(
      `Unable to put integration on '${label}': a ${typeText} integration needs an httpMethod`,
      at,
      'imported without an HTTP method',
    )
  }
  const credentials = readString(ctx, raw.credentials, `${at}/credentials`, 'credentials')
  if (credentials !== undefined) {
    if (credentials !== 'arn:aws:iam::*:user/*')
      checkPlaceholders(ctx, credentials, `${at}/credentials`, 'credentials')
    integration.credentials = credentials
  }
  const passthrough = readString(
    ctx,
    raw.passthroughBehavior,
    `${at}/passthroughBehavior`,
    'passthroughBehavior',
  )
  if (passthrough !== undefined) {
    const p = PASSTHROUGH[passthrough.toLowerCase()]
    if (p) integration.passthroughBehavior = p
    else
      ctx.fail(
        `Invalid passthrough behavior specified: ${passthrough}`,
        `${at}/passthroughBehavior`,
        'WHEN_NO_MATCH used',
      )
  }
  const ch = contentHandling(ctx, raw.contentHandling, `${at}/contentHandling`)
  if (ch) integration.contentHandling = ch
  if (raw.timeoutInMillis !== undefined) {
    const t = Number(raw.timeoutInMillis)
    const max = String(raw.responseTransferMode).toUpperCase() === 'STREAM' ? 900_000 : 29_000
    if (Number.isInteger(t) && t >= 50 && t <= max) integration.timeoutInMillis = t
    else {
      ctx.fail(
        `Timeout should be between 50 ms and ${max} ms (got ${show(raw.timeoutInMillis)})`,
        `${at}/timeoutInMillis`,
        `${Number.isFinite(t) ? Math.min(Math.max(Math.round(t), 50), max) : 29000} ms used`,
      )
      if (Number.isFinite(t)) integration.timeoutInMillis = Math.min(Math.max(Math.round(t), 50), max)
    }
  }
  const namespace = readString(ctx, raw.cacheNamespace, `${at}/cacheNamespace`, 'cacheNamespace')
  if (namespace !== undefined) integration.cacheNamespace = namespace
  if (Array.isArray(raw.cacheKeyParameters)) {
    integration.cacheKeyParameters = raw.cacheKeyParameters.flatMap((p, i) => {
      const text = readString(ctx, p, `${at}/cacheKeyParameters/${i}`, 'cacheKeyParameters')
      return text === undefined ? [] : [text]
    })
  }
  const connectionType = readString(ctx, raw.connectionType, `${at}/connectionType`, 'connectionType')
  if (connectionType !== undefined) {
    const c = connectionType.toUpperCase()
    if (c === 'INTERNET' || c === 'VPC_LINK') integration.connectionType = c
    else ctx.fail(`Invalid connection type specified: ${connectionType}`, `${at}/connectionType`, 'ignored')
  }
  const connectionId = readString(ctx, raw.connectionId, `${at}/connectionId`, 'connectionId')
  if (connectionId !== undefined) integration.connectionId = connectionId
  if (
    integration.connectionType === 'VPC_LINK' &&
    connectionId === undefined &&
    raw.integrationTarget === undefined
  ) {
    ctx.warn(`${label}: a VPC_LINK integration needs a connectionId.`, at)
  }
  const target = readString(ctx, raw.integrationTarget, `${at}/integrationTarget`, 'integrationTarget')
  if (target !== undefined) integration.integrationTarget = target
  const mode = readString(ctx, raw.responseTransferMode, `${at}/responseTransferMode`, 'responseTransferMode')
  if (mode !== undefined) {
    const m = mode.toUpperCase()
    if (m === 'BUFFERED' || m === 'STREAM') integration.responseTransferMode = m
    else
      ctx.fail(
        `Invalid response transfer mode specified: ${mode}`,
        `${at}/responseTransferMode`,
        'BUFFERED used',
      )
  }
  if (isRecord(raw.tlsConfig)) {
    const tls: Integration['tlsConfig'] = {}
    if (typeof raw.tlsConfig.insecureSkipVerification === 'boolean')
      tls.insecureSkipVerification = raw.tlsConfig.insecureSkipVerification
    const sni = readString(
      ctx,
      raw.tlsConfig.serverNameToVerify,
      `${at}/tlsConfig/serverNameToVerify`,
      'serverNameToVerify',
    )
    if (sni !== undefined) tls.serverNameToVerify = sni
    integration.tlsConfig = tls
  }
  if (raw.responses !== undefined) {
    if (!isRecord(raw.responses))
      ctx.fail(`Invalid integration responses on '${label}': expected a map`, `${at}/responses`, 'ignored')
    else {
      for (const [pattern, r] of Object.entries(raw.responses)) {
        const rAt = `${at}/responses/${escapeSegment(pattern)}`
        if (!isRecord(r)) {
          ctx.fail(`Invalid integration response "${pattern}" on '${label}'`, rAt, 'ignored')
          continue
        }
        const statusCode = readString(ctx, r.statusCode, `${rAt}/statusCode`, 'statusCode')
        if (statusCode === undefined || !/^[1-5]\d\d$/.test(statusCode)) {
          ctx.fail(
            `Invalid status code '${show(r.statusCode)}' in integration response "${pattern}" of '${label}'`,
            `${rAt}/statusCode`,
            'response ignored',
          )
          continue
        }
        if (!declaredStatuses.has(statusCode)) {
          ctx.warn(
            `The integration response "${pattern}" of '${label}' maps to status ${statusCode}, which the operation's responses do not declare.`,
            `${rAt}/statusCode`,
          )
        }
        const response: IntegrationResponse = {
          statusCode,
          responseParameters: stringMap(
            ctx,
            r.responseParameters,
            `${rAt}/responseParameters`,
            'responseParameters',
          ),
          responseTemplates: stringMap(
            ctx,
            r.responseTemplates,
            `${rAt}/responseTemplates`,
            'responseTemplates',
          ),
        }
        if (pattern !== 'default') response.selectionPattern = pattern
        for (const key of Object.keys(r)) {
          if (!['statusCode', 'responseParameters', 'responseTemplates', 'contentHandling'].includes(key)) {
            ctx.warn(
              `Unknown field "${key}" in integration response "${pattern}" of '${label}'; ignored.`,
              `${rAt}/${escapeSegment(key)}`,
            )
          }
        }
        const rch = contentHandling(ctx, r.contentHandling, `${rAt}/contentHandling`)
        if (rch) response.contentHandling = rch
        integration.integrationResponses[pattern] = response
      }
    }
  }
  for (const key of Object.keys(raw)) {
    if (REST_FIELDS.has(key)) continue
    if (HTTP_ONLY_FIELDS.has(key)) {
      ctx.warn(
        `The integration field "${key}" applies only to HTTP APIs; REST import ignores it.`,
        `${at}/${key}`,
      )
    } else {
      ctx.warn(`Unknown integration field "${key}"; ignored.`, `${at}/${key}`)
    }
  }
  if (
    (type === 'AWS_PROXY' || type === 'HTTP_PROXY') &&
    Object.keys(integration.requestTemplates).length > 0
  ) {
    ctx.info(`${label}: a proxy integration does not use request templates.`, `${at}/requestTemplates`)
  }
  return integration
}
