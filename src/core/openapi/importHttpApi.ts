import type {
  CorsConfiguration,
  HttpApi,
  HttpAuthorizer,
  HttpIntegration,
  HttpRoute,
} from '../model/http/HttpApi'
import { checkPlaceholders, readString, show } from './cloudFormation'
import type { ImportContext } from './ImportContext'
import { isRecord } from './ImportContext'
import { child, parsePointer, pointer } from './ImportIssue'
import { HTTP_ROOT_EXTENSIONS, OPERATION_KEYS } from './importRestApi'

const REST_ONLY_ROOT = [
  'x-amazon-apigateway-binary-media-types',
  'x-amazon-apigateway-minimum-compression-size',
  'x-amazon-apigateway-api-key-source',
  'x-amazon-apigateway-policy',
  'x-amazon-apigateway-gateway-responses',
  'x-amazon-apigateway-request-validators',
  'x-amazon-apigateway-request-validator',
  'x-amazon-apigateway-documentation',
  'x-amazon-apigateway-security-policy',
  'x-amazon-apigateway-endpoint-access-mode',
]
const INTEGRATION_FIELDS = new Set([
  'type',
  'uri',
  'httpMethod',
  'connectionType',
  'connectionId',
  'credentials',
  'payloadFormatVersion',
  'timeoutInMillis',
  'integrationSubtype',
  'requestParameters',
  'responseParameters',
  'tlsConfig',
])
const SEGMENT = /^([A-Za-z0-9._\-:,$]+|\{[A-Za-z0-9._-]+\+?\})$/

type Meaning = { kind: 'authorizer'; id: string; jwt: boolean } | { kind: 'iam' } | { kind: 'ignored' }

function strings(ctx: ImportContext, value: unknown, at: string, field: string): string[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((v, i) => {
    const s = readString(ctx, v, `${at}/${i}`, field)
    return s === undefined ? [] : [s]
  })
}

/** OpenAPI 3.0 document → HTTP API (API Gateway v2), with AWS's info/warning/error classes. */
export function convertHttpApi(ctx: ImportContext, apiId: string): HttpApi {
  const doc = ctx.doc
  const info = isRecord(doc.info) ? doc.info : {}
  const title = readString(ctx, info.title, '/info/title', 'info.title')
  const api: HttpApi = {
    id: apiId,
    name: title ?? 'Imported API',
    tags: {},
    routes: {},
    integrations: {},
    authorizers: {},
  }
  if (title === undefined)
    ctx.warn('The document has no info.title; the API was named "Imported API".', '/info')
  const description = readString(ctx, info.description, '/info/description', 'info.description')
  if (description !== undefined) api.description = description
  const version = readString(ctx, info.version, '/info/version', 'info.version')
  if (version !== undefined) api.version = version
  const vendor: Record<string, unknown> = {}
  const infoExtras: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(info))
    if (!['title', 'description', 'version'].includes(k)) infoExtras[k] = v
  if (Object.keys(infoExtras).length > 0) vendor.info = infoExtras

  const cors = doc['x-amazon-apigateway-cors']
  if (isRecord(cors)) {
    const at = '/x-amazon-apigateway-cors'
    const c: CorsConfiguration = {
      allowOrigins: strings(ctx, cors.allowOrigins, `${at}/allowOrigins`, 'allowOrigins'),
      allowMethods: strings(ctx, cors.allowMethods, `${at}/allowMethods`, 'allowMethods'),
      allowHeaders: strings(ctx, cors.allowHeaders, `${at}/allowHeaders`, 'allowHeaders'),
      exposeHeaders: strings(ctx, cors.exposeHeaders, `${at}/exposeHeaders`, 'exposeHeaders'),
    }
    if (typeof cors.allowCredentials === 'boolean') c.allowCredentials = cors.allowCredentials
    if (cors.maxAge !== undefined) {
      const n = Number(cors.maxAge)
      if (Number.isInteger(n) && n >= -1 && n <= 86400) c.maxAge = n
      else ctx.warn('CORS maxAge must be a whole number of seconds up to 86400; ignored.', `${at}/maxAge`)
    }
    api.cors = c
  }
  if (Array.isArray(doc.tags)) {
    doc.tags.forEach((t, i) => {
      if (!isRecord(t) || typeof t.name !== 'string') return
      const v = t['x-amazon-apigateway-tag-value']
      api.tags[t.name] =
        v === undefined
          ? ''
          : (readString(ctx, v, `/tags/${i}/x-amazon-apigateway-tag-value`, 'tag value') ?? '')
    })
  }
  if (Array.isArray(doc.servers)) {
    doc.servers.forEach((s, i) => {
      const e = isRecord(s) ? s['x-amazon-apigateway-endpoint-configuration'] : undefined
      if (isRecord(e) && typeof e.disableExecuteApiEndpoint === 'boolean')
        api.disableExecuteApiEndpoint = e.disableExecuteApiEndpoint
      if (isRecord(e) && e.vpcEndpointIds !== undefined) {
        ctx.warn(
          'vpcEndpointIds apply only to private REST APIs; HTTP APIs ignore them.',
          `/servers/${i}/x-amazon-apigateway-endpoint-configuration/vpcEndpointIds`,
        )
      }
    })
  }

  // Authorizers.
  const components = isRecord(doc.components) ? doc.components : {}
  const meanings = new Map<string, Meaning>()
  const taken = new Set<string>()
  const newId = (length: number) => {
    for (;;) {
      const id = ctx.ids.shortId(length)
      if (!taken.has(id)) {
        taken.add(id)
        return id
      }
    }
  }
  if (isRecord(components.securitySchemes)) {
    for (const [name, raw] of Object.entries(components.securitySchemes)) {
      const at = pointer('components', 'securitySchemes', name)
      const { value: scheme } = ctx.deref(raw, at)
      if (!isRecord(scheme)) continue
      const ext = scheme['x-amazon-apigateway-authorizer']
      const authType =
        typeof scheme['x-amazon-apigateway-authtype'] === 'string'
          ? scheme['x-amazon-apigateway-authtype']
          : undefined
      if (isRecord(ext)) {
        const extAt = `${at}/x-amazon-apigateway-authorizer`
        const type = String(ext.type ?? '').toLowerCase()
        const id = newId(6)
        const identity = Array.isArray(ext.identitySource)
          ? strings(ctx, ext.identitySource, `${extAt}/identitySource`, 'identitySource')
          : (readString(ctx, ext.identitySource, `${extAt}/identitySource`, 'identitySource') ?? '')
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
        if (type === 'jwt') {
          const jwt = isRecord(ext.jwtConfiguration) ? ext.jwtConfiguration : {}
          let issuer = readString(ctx, jwt.issuer, `${extAt}/jwtConfiguration/issuer`, 'issuer')
          if (issuer === undefined && typeof scheme.openIdConnectUrl === 'string') {
            issuer = scheme.openIdConnectUrl.replace(/\/\.well-known\/openid-configuration$/, '')
          }
          const a: HttpAuthorizer = {
            id,
            name,
            authorizerType: 'JWT',
            identitySource: identity.length > 0 ? identity : ['$request.header.Authorization'],
            jwtConfiguration: {
              audience: strings(ctx, jwt.audience, `${extAt}/jwtConfiguration/audience`, 'audience'),
            },
          }
          if (issuer !== undefined) a.jwtConfiguration!.issuer = issuer
          api.authorizers[id] = a
          meanings.set(name, { kind: 'authorizer', id, jwt: true })
        } else if (type === 'request') {
          const a: HttpAuthorizer = { id, name, authorizerType: 'REQUEST', identitySource: identity }
          const uri = readString(ctx, ext.authorizerUri, `${extAt}/authorizerUri`, 'authorizerUri')
          if (uri !== undefined) {
            checkPlaceholders(ctx, uri, `${extAt}/authorizerUri`, 'authorizerUri')
            a.authorizerUri = uri
          }
          const pfv = readString(
            ctx,
            ext.authorizerPayloadFormatVersion,
            `${extAt}/authorizerPayloadFormatVersion`,
            'authorizerPayloadFormatVersion',
          )
          if (pfv === '1.0' || pfv === '2.0') a.authorizerPayloadFormatVersion = pfv
          else if (pfv === '1' || pfv === '2') a.authorizerPayloadFormatVersion = `${pfv}.0`
          if (typeof ext.enableSimpleResponses === 'boolean')
            a.enableSimpleResponses = ext.enableSimpleResponses
          if (ext.authorizerResultTtlInSeconds !== undefined)
            a.authorizerResultTtlInSeconds = Number(ext.authorizerResultTtlInSeconds)
          const cred = readString(
            ctx,
            ext.authorizerCredentials,
            `${extAt}/authorizerCredentials`,
            'authorizerCredentials',
          )
          if (cred !== undefined) a.authorizerCredentialsArn = cred
          if (identity.some((s) => s.startsWith('method.request.'))) {
            ctx.warn(
              `Authorizer ${name}: HTTP API identity sources look like $request.header.X; "${identity.join(', ')}" is REST syntax.`,
              `${extAt}/identitySource`,
            )
          }
          api.authorizers[id] = a
          meanings.set(name, { kind: 'authorizer', id, jwt: false })
        } else {
          ctx.warn(
            `Authorizer type "${type}" is not supported by HTTP APIs (use jwt or request); scheme ${name} ignored.`,
            `${extAt}/type`,
          )
          meanings.set(name, { kind: 'ignored' })
        }
      } else if (authType?.toLowerCase().startsWith('aws')) {
        meanings.set(name, { kind: 'iam' })
      } else {
        ctx.warn(`Security scheme ${name} has no API Gateway authorizer; HTTP APIs ignore it.`, at)
        meanings.set(name, { kind: 'ignored' })
      }
    }
  }

  // Reusable integrations.
  const reusable = isRecord(components['x-amazon-apigateway-integrations'])
    ? components['x-amazon-apigateway-integrations']
    : {}
  const reusableIds = new Map<string, string>()
  const keptComponents: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(components)) {
    if (k === 'securitySchemes' || k === 'x-amazon-apigateway-integrations') continue
    keptComponents[k] = v
  }
  if (isRecord(components.schemas) && Object.keys(components.schemas).length > 0) {
    ctx.info('HTTP APIs do not validate requests, so schemas are kept but not used.', '/components/schemas')
  }
  if (Object.keys(keptComponents).length > 0) vendor.components = keptComponents

  const readIntegration = (raw: unknown, at: string, label: string): string | undefined => {
    if (isRecord(raw) && typeof raw.$ref === 'string') {
      const ref = raw.$ref
      const segs = parsePointer(ref)
      if (segs.length === 3 && segs[0] === 'components' && segs[1] === 'x-amazon-apigateway-integrations') {
        const known = reusableIds.get(segs[2]!)
        if (known) return known
        const target = reusable[segs[2]!]
        if (!isRecord(target)) ctx.abort(`Cannot resolve the reference "${ref}".`, `${at}/$ref`)
        const id = buildIntegration(
          target,
          pointer('components', 'x-amazon-apigateway-integrations', segs[2]!),
          label,
        )
        if (id) {
          api.integrations[id]!.reusableName = segs[2]!
          reusableIds.set(segs[2]!, id)
        }
        return id
      }
      const target = ctx.deref(raw, at)
      return isRecord(target.value) ? buildIntegration(target.value, target.at, label) : undefined
    }
    return isRecord(raw) ? buildIntegration(raw, at, label) : undefined
  }

  const buildIntegration = (raw: Record<string, unknown>, at: string, label: string): string | undefined => {
    const type = String(readString(ctx, raw.type, `${at}/type`, 'integration type') ?? '').toUpperCase()
    if (type !== 'AWS_PROXY' && type !== 'HTTP_PROXY') {
      ctx.warn(
        `${label}: HTTP APIs support only aws_proxy and http_proxy integrations; the ${type.toLowerCase() || 'untyped'} integration was not imported.`,
        `${at}/type`,
      )
      return undefined
    }
    const id = newId(7)
    const i: HttpIntegration = {
      id,
      integrationType: type,
      payloadFormatVersion: '1.0',
      timeoutInMillis: 30000,
    }
    const uri = readString(ctx, raw.uri, `${at}/uri`, 'uri')
    if (uri !== undefined) {
      checkPlaceholders(ctx, uri, `${at}/uri`, 'uri')
      i.integrationUri = uri
    }
    const method = readString(ctx, raw.httpMethod, `${at}/httpMethod`, 'httpMethod')
    if (method !== undefined) i.integrationMethod = method.toUpperCase()
    const subtype = readString(ctx, raw.integrationSubtype, `${at}/integrationSubtype`, 'integrationSubtype')
    if (subtype !== undefined) i.integrationSubtype = subtype
    if (uri === undefined && subtype === undefined) ctx.warn(`${label}: the integration has no uri.`, at)
    const pfv = raw.payloadFormatVersion
    if (pfv === undefined) {
      ctx.warn(`${label}: payloadFormatVersion is required for HTTP API integrations; 1.0 was used.`, at)
    } else {
      const s = typeof pfv === 'number' ? pfv.toFixed(1) : String(pfv)
      if (s === '1.0' || s === '2.0') i.payloadFormatVersion = s
      else
        ctx.fail(
          `Invalid payload format version: ${s} (use 1.0 or 2.0)`,
          `${at}/payloadFormatVersion`,
          '1.0 used',
        )
    }
    const ct = readString(ctx, raw.connectionType, `${at}/connectionType`, 'connectionType')
    if (ct !== undefined) i.connectionType = ct.toUpperCase() === 'VPC_LINK' ? 'VPC_LINK' : 'INTERNET'
    const cid = readString(ctx, raw.connectionId, `${at}/connectionId`, 'connectionId')
    if (cid !== undefined) i.connectionId = cid
    const cred = readString(ctx, raw.credentials, `${at}/credentials`, 'credentials')
    if (cred !== undefined) i.credentialsArn = cred
    if (raw.timeoutInMillis !== undefined) {
      const t = Number(raw.timeoutInMillis)
      if (Number.isInteger(t) && t >= 50 && t <= 30000) i.timeoutInMillis = t
      else
        ctx.fail(
          `Timeout should be between 50 ms and 30000 ms (got ${show(raw.timeoutInMillis)})`,
          `${at}/timeoutInMillis`,
          '30000 ms used',
        )
    }
    if (isRecord(raw.requestParameters)) {
      i.requestParameters = {}
      for (const [k, v] of Object.entries(raw.requestParameters)) {
        const s = readString(ctx, v, child(at, 'requestParameters', k), `requestParameters "${k}"`)
        if (s !== undefined) i.requestParameters[k] = s
      }
    }
    if (isRecord(raw.responseParameters)) {
      i.responseParameters = {}
      for (const [status, map] of Object.entries(raw.responseParameters)) {
        if (!isRecord(map)) continue
        const out: Record<string, string> = {}
        for (const [k, v] of Object.entries(map)) if (typeof v === 'string') out[k] = v
        i.responseParameters[status] = out
      }
    }
    if (isRecord(raw.tlsConfig)) {
      const sni = readString(
        ctx,
        raw.tlsConfig.serverNameToVerify,
        `${at}/tlsConfig/serverNameToVerify`,
        'serverNameToVerify',
      )
      i.tlsConfig = sni === undefined ? {} : { serverNameToVerify: sni }
    }
    for (const key of Object.keys(raw)) {
      if (INTEGRATION_FIELDS.has(key)) continue
      ctx.info(`The integration field "${key}" is not used by HTTP APIs; ignored.`, `${at}/${key}`)
    }
    api.integrations[id] = i
    return id
  }

  // Routes.
  const paths = isRecord(doc.paths) ? doc.paths : {}
  const entries = Object.entries(paths)
  entries.forEach(([pathKey, rawItem], index) => {
    if (index % 50 === 0) ctx.progress('paths', index, entries.length)
    const itemAt = pointer('paths', pathKey)
    if (pathKey.startsWith('x-')) return
    const segments = pathKey.split('/').filter(Boolean)
    const bad = segments.find((s) => !SEGMENT.test(s))
    if (bad !== undefined && pathKey !== '/$default') {
      ctx.fail(
        `Invalid route path '${pathKey}': a path parameter must be a whole segment ("${bad}")`,
        itemAt,
        'the path was skipped',
      )
      return
    }
    const greedyAt = segments.findIndex((s) => s.endsWith('+}'))
    if (greedyAt !== -1 && greedyAt !== segments.length - 1) {
      ctx.fail(
        `Invalid route path '${pathKey}': a greedy path variable must be the last segment`,
        itemAt,
        'the path was skipped',
      )
      return
    }
    const { value: item, at: resolvedAt } = ctx.deref(rawItem, itemAt)
    if (!isRecord(item)) return
    for (const [key, op] of Object.entries(item)) {
      const verb = OPERATION_KEYS[key]
      if (!verb || !isRecord(op)) continue
      const opAt = child(resolvedAt, key)
      const isDefault = op.isDefaultRoute === true || (pathKey === '/$default' && verb === 'ANY')
      const routeKey = isDefault ? '$default' : `${verb} ${pathKey}`
      if (Object.values(api.routes).some((r) => r.routeKey === routeKey)) {
        ctx.warn(`Route ${routeKey} is defined more than once; the later definition was skipped.`, opAt)
        continue
      }
      const id = newId(7)
      const route: HttpRoute = { id, routeKey, authorizationType: 'NONE' }
      const opId = readString(ctx, op.operationId, `${opAt}/operationId`, 'operationId')
      if (opId !== undefined) route.operationName = opId
      if (typeof op.summary === 'string') route.summary = op.summary
      if (typeof op.description === 'string') route.description = op.description
      const security = op.security !== undefined ? op.security : doc.security
      if (Array.isArray(security) && security.length > 0) {
        const names = security.flatMap((req) => (isRecord(req) ? Object.keys(req) : []))
        if (security.length > 1 || names.length > 1) {
          ctx.abort(
            `Route ${routeKey} has more than one security requirement; an HTTP API route uses one of IAM, a Lambda authorizer or a JWT authorizer.`,
            op.security !== undefined ? `${opAt}/security` : '/security',
          )
        }
        const name = names[0]
        const req = security[0] as Record<string, unknown>
        const meaning = name === undefined ? undefined : meanings.get(name)
        if (name !== undefined && !meaning)
          ctx.warn(
            `The security requirement names "${name}", which is not a security scheme; ignored.`,
            `${opAt}/security`,
          )
        if (meaning?.kind === 'iam') route.authorizationType = 'AWS_IAM'
        if (meaning?.kind === 'authorizer') {
          route.authorizationType = meaning.jwt ? 'JWT' : 'CUSTOM'
          route.authorizerId = meaning.id
          const scopes = req[name!]
          if (Array.isArray(scopes) && scopes.length > 0)
            route.authorizationScopes = scopes.filter((s): s is string => typeof s === 'string')
        }
      }
      const auth = op['x-amazon-apigateway-auth']
      if (isRecord(auth) && String(auth.type).toUpperCase() === 'AWS_IAM') route.authorizationType = 'AWS_IAM'
      if (op['x-amazon-apigateway-integration'] !== undefined) {
        const integrationId = readIntegration(
          op['x-amazon-apigateway-integration'],
          `${opAt}/x-amazon-apigateway-integration`,
          routeKey,
        )
        if (integrationId) route.integrationId = integrationId
      } else {
        ctx.warn(`Route ${routeKey} has no x-amazon-apigateway-integration.`, opAt)
      }
      if (op.requestBody !== undefined)
        ctx.info(
          `${routeKey}: HTTP APIs do not validate request bodies; the body schema is not used.`,
          `${opAt}/requestBody`,
        )
      const extras: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(op)) {
        if (
          [
            'operationId',
            'summary',
            'description',
            'security',
            'x-amazon-apigateway-integration',
            'x-amazon-apigateway-auth',
            'isDefaultRoute',
          ].includes(k)
        )
          continue
        if (k.startsWith('x-amazon-apigateway-'))
          ctx.warn(`Unknown extension ${k} on ${routeKey}; kept as is.`, `${opAt}/${k}`)
        extras[k] = v
      }
      if (Object.keys(extras).length > 0) route.vendorExtensions = extras
      if (isRecord(item.parameters) || Array.isArray(item.parameters)) {
        route.vendorExtensions = {
          ...(route.vendorExtensions ?? {}),
          'x-gatewright-path-parameters': item.parameters,
        }
      }
      api.routes[id] = route
    }
  })
  ctx.progress('paths', entries.length, entries.length)

  for (const [key, value] of Object.entries(doc)) {
    if (['openapi', 'info', 'paths', 'components', 'security', 'x-amazon-apigateway-cors'].includes(key))
      continue
    if (REST_ONLY_ROOT.includes(key))
      ctx.warn(
        `${key} applies only to REST APIs; an HTTP API import does not use it (kept in the project).`,
        pointer(key),
      )
    else if (key.startsWith('x-amazon-apigateway-') && !HTTP_ROOT_EXTENSIONS.has(key))
      ctx.warn(`Unknown extension ${key}; kept as is.`, pointer(key))
    vendor[key] = value
  }
  if (Object.keys(vendor).length > 0) api.vendorExtensions = vendor
  return api
}
