import type { HttpApi, HttpAuthorizer, HttpIntegration } from '../model/http/HttpApi'
import type { Project } from '../model/project'
import type { ExportOmission, ExtensionSet } from './ExportOptions'
import { isRecord } from './ImportContext'

function exportIntegration(i: HttpIntegration): Record<string, unknown> {
  const out: Record<string, unknown> = { type: i.integrationType.toLowerCase() }
  if (i.integrationSubtype !== undefined) out.integrationSubtype = i.integrationSubtype
  if (i.integrationMethod !== undefined) out.httpMethod = i.integrationMethod
  if (i.integrationUri !== undefined) out.uri = i.integrationUri
  if (i.connectionType !== undefined) out.connectionType = i.connectionType
  if (i.connectionId !== undefined) out.connectionId = i.connectionId
  if (i.credentialsArn !== undefined) out.credentials = i.credentialsArn
  out.payloadFormatVersion = i.payloadFormatVersion
  if (i.timeoutInMillis !== 30000) out.timeoutInMillis = i.timeoutInMillis
  if (i.requestParameters) out.requestParameters = { ...i.requestParameters }
  if (i.responseParameters) out.responseParameters = JSON.parse(JSON.stringify(i.responseParameters))
  if (i.tlsConfig) out.tlsConfig = { ...i.tlsConfig }
  return out
}

function exportAuthorizer(a: HttpAuthorizer): Record<string, unknown> {
  if (a.authorizerType === 'JWT') {
    const jwt: Record<string, unknown> = { audience: [...(a.jwtConfiguration?.audience ?? [])] }
    if (a.jwtConfiguration?.issuer !== undefined) jwt.issuer = a.jwtConfiguration.issuer
    return {
      type: 'oauth2',
      'x-amazon-apigateway-authorizer': {
        type: 'jwt',
        identitySource: a.identitySource.join(', '),
        jwtConfiguration: jwt,
      },
    }
  }
  const header = /^\$request\.header\.(.+)$/.exec(a.identitySource[0] ?? '')?.[1]
  const ext: Record<string, unknown> = { type: 'request', identitySource: a.identitySource.join(', ') }
  if (a.authorizerUri !== undefined) ext.authorizerUri = a.authorizerUri
  if (a.authorizerPayloadFormatVersion !== undefined)
    ext.authorizerPayloadFormatVersion = a.authorizerPayloadFormatVersion
  if (a.enableSimpleResponses !== undefined) ext.enableSimpleResponses = a.enableSimpleResponses
  if (a.authorizerResultTtlInSeconds !== undefined)
    ext.authorizerResultTtlInSeconds = a.authorizerResultTtlInSeconds
  if (a.authorizerCredentialsArn !== undefined) ext.authorizerCredentials = a.authorizerCredentialsArn
  return {
    type: 'apiKey',
    name: header ?? 'Unused',
    in: 'header',
    'x-amazon-apigateway-authtype': 'custom',
    'x-amazon-apigateway-authorizer': ext,
  }
}

const VERB_KEY: Record<string, string> = {
  GET: 'get',
  PUT: 'put',
  POST: 'post',
  DELETE: 'delete',
  OPTIONS: 'options',
  HEAD: 'head',
  PATCH: 'patch',
  ANY: 'x-amazon-apigateway-any-method',
}
const VERB_ORDER = Object.values(VERB_KEY)

/** HTTP API → OpenAPI 3.0.1 as apigatewayv2 ExportApi writes it (extensions on unless `none`). */
export function exportHttpApi(
  project: Project,
  api: HttpApi,
  set: ExtensionSet,
  stageName: string | undefined,
): { document: Record<string, unknown>; omitted: ExportOmission[] } {
  const omitted: ExportOmission[] = []
  const ext = set !== 'none'
  if (set === 'integrations' || set === 'authorizers') {
    omitted.push({
      what: 'Extension set',
      why: `HTTP API exports include all extensions or none; "${set}" wrote all of them.`,
    })
  }
  const vendor = api.vendorExtensions ?? {}
  const doc: Record<string, unknown> = { openapi: '3.0.1' }
  const info: Record<string, unknown> = { title: api.name }
  if (api.description !== undefined) info.description = api.description
  if (api.version !== undefined) info.version = api.version
  if (isRecord(vendor.info)) Object.assign(info, vendor.info)
  doc.info = info
  let servers: unknown[] | undefined
  if (stageName !== undefined) {
    servers = [
      {
        url: `https://${api.id}.execute-api.${project.settings.region}.amazonaws.com/{basePath}`,
        variables: { basePath: { default: stageName === '$default' ? '' : stageName } },
      },
    ]
  } else if (Array.isArray(vendor.servers)) servers = vendor.servers.map((s) => (isRecord(s) ? { ...s } : s))
  if (servers)
    for (const s of servers) if (isRecord(s)) delete s['x-amazon-apigateway-endpoint-configuration']
  if (api.disableExecuteApiEndpoint !== undefined && ext) {
    servers ??= [{ url: '/' }]
    if (isRecord(servers[0]))
      servers[0]['x-amazon-apigateway-endpoint-configuration'] = {
        disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
      }
  }
  if (servers) doc.servers = servers
  const vendorTags = Array.isArray(vendor.tags) ? vendor.tags.filter(isRecord) : []
  const tagNames = new Set(Object.keys(api.tags))
  const tags: Record<string, unknown>[] = []
  for (const t of vendorTags) {
    if (typeof t.name !== 'string') continue
    const copy: Record<string, unknown> = { ...t }
    delete copy['x-amazon-apigateway-tag-value']
    if (tagNames.has(t.name) && ext && api.tags[t.name] !== '')
      copy['x-amazon-apigateway-tag-value'] = api.tags[t.name]
    tags.push(copy)
    tagNames.delete(t.name)
  }
  for (const name of [...tagNames].sort()) {
    tags.push(
      ext && api.tags[name] !== '' ? { name, 'x-amazon-apigateway-tag-value': api.tags[name] } : { name },
    )
  }
  if (tags.length > 0) doc.tags = tags

  const securitySchemeOf = new Map<string, string>()
  for (const a of Object.values(api.authorizers)) securitySchemeOf.set(a.id, a.name)
  let usesIam = false
  const paths: Record<string, Record<string, unknown>> = {}
  const routes = Object.values(api.routes).sort((a, b) =>
    a.routeKey < b.routeKey ? -1 : a.routeKey > b.routeKey ? 1 : 0,
  )
  for (const route of routes) {
    const isDefault = route.routeKey === '$default'
    const [verb, path] = isDefault ? ['ANY', '/$default'] : (route.routeKey.split(' ') as [string, string])
    const op: Record<string, unknown> = {}
    if (route.summary !== undefined) op.summary = route.summary
    if (route.description !== undefined) op.description = route.description
    if (route.operationName !== undefined) op.operationId = route.operationName
    const extras = { ...(route.vendorExtensions ?? {}) }
    const pathParams = extras['x-gatewright-path-parameters']
    delete extras['x-gatewright-path-parameters']
    for (const [k, v] of Object.entries(extras)) if (!k.startsWith('x-amazon-apigateway-') || ext) op[k] = v
    if (route.authorizationType === 'AWS_IAM') {
      usesIam = true
      op.security = [{ sigv4: [] }]
    } else if (route.authorizerId && securitySchemeOf.has(route.authorizerId)) {
      op.security = [
        {
          [securitySchemeOf.get(route.authorizerId)!]: route.authorizationScopes
            ? [...route.authorizationScopes]
            : [],
        },
      ]
    }
    if (isDefault && ext) op.isDefaultRoute = true
    if (route.integrationId && ext) {
      const i = api.integrations[route.integrationId]
      if (i) {
        op['x-amazon-apigateway-integration'] = i.reusableName
          ? { $ref: `#/components/x-amazon-apigateway-integrations/${i.reusableName}` }
          : exportIntegration(i)
      }
    }
    paths[path] ??= {}
    const item = paths[path]
    if (pathParams !== undefined) item.parameters = pathParams
    item[VERB_KEY[verb] ?? verb.toLowerCase()] = op
  }
  const sortedPaths: Record<string, unknown> = {}
  for (const p of Object.keys(paths).sort()) {
    const item = paths[p]!
    const ordered: Record<string, unknown> = {}
    if (item.parameters !== undefined) ordered.parameters = item.parameters
    for (const k of VERB_ORDER) if (item[k] !== undefined) ordered[k] = item[k]
    sortedPaths[p] = ordered
  }
  doc.paths = sortedPaths
  const components: Record<string, unknown> = {}
  const keptComponents = isRecord(vendor.components) ? vendor.components : {}
  for (const [k, v] of Object.entries(keptComponents)) components[k] = v
  const schemes: Record<string, unknown> = {}
  if (ext) for (const a of Object.values(api.authorizers)) schemes[a.name] = exportAuthorizer(a)
  if (usesIam)
    schemes.sigv4 = {
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authtype': 'awsSigv4',
    }
  if (Object.keys(schemes).length > 0) components.securitySchemes = schemes
  const reusable: Record<string, unknown> = {}
  for (const i of Object.values(api.integrations))
    if (i.reusableName) reusable[i.reusableName] = exportIntegration(i)
  if (Object.keys(reusable).length > 0 && ext) components['x-amazon-apigateway-integrations'] = reusable
  if (Object.keys(components).length > 0) doc.components = components
  if (api.cors && ext) {
    const c: Record<string, unknown> = {}
    if (api.cors.allowOrigins.length > 0) c.allowOrigins = [...api.cors.allowOrigins]
    if (api.cors.allowMethods.length > 0) c.allowMethods = [...api.cors.allowMethods]
    if (api.cors.allowHeaders.length > 0) c.allowHeaders = [...api.cors.allowHeaders]
    if (api.cors.exposeHeaders.length > 0) c.exposeHeaders = [...api.cors.exposeHeaders]
    if (api.cors.maxAge !== undefined) c.maxAge = api.cors.maxAge
    if (api.cors.allowCredentials !== undefined) c.allowCredentials = api.cors.allowCredentials
    doc['x-amazon-apigateway-cors'] = c
  }
  for (const [k, v] of Object.entries(vendor)) {
    if (['info', 'servers', 'tags', 'components', 'security'].includes(k)) continue
    if (k.startsWith('x-amazon-apigateway-') && !ext) continue
    doc[k] = v
  }
  if (!ext)
    omitted.push({
      what: 'API Gateway extensions',
      why: 'The "none" extension set writes no integrations, authorizers or CORS configuration.',
    })
  return { document: doc, omitted }
}
