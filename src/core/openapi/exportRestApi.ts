import type { Project } from '../model/project'
import { resourcePaths } from '../model/rest/paths'
import type { Authorizer, HttpMethod, Integration, Method, Model, RestApi } from '../model/rest/RestApi'
import type { ExportFlavour, ExportOmission, ExtensionSet } from './ExportOptions'
import { jsonHash } from './hash'
import { isRecord } from './ImportContext'
import { sortKeys } from './serializeDocument'

const VERB_ORDER: [HttpMethod, string][] = [
  ['GET', 'get'],
  ['PUT', 'put'],
  ['POST', 'post'],
  ['DELETE', 'delete'],
  ['OPTIONS', 'options'],
  ['HEAD', 'head'],
  ['PATCH', 'patch'],
  ['ANY', 'x-amazon-apigateway-any-method'],
]
const LOCATION_OUT: Record<string, string> = {
  path: 'path',
  querystring: 'query',
  header: 'header',
  multivaluequerystring: 'query',
  multivalueheader: 'header',
}
/** Parameter fields that live in `schema` in OpenAPI 3 and on the parameter in Swagger 2. */
const SCHEMA_FIELDS = [
  'type',
  'format',
  'items',
  'enum',
  'default',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'multipleOf',
]

interface Ctx {
  api: RestApi
  project: Project
  flavour: ExportFlavour
  set: ExtensionSet
  omitted: ExportOmission[]
  schemaPrefix: string
  /** Inline models referenced from other models' schemas must still be emitted as components. */
  referencedModels: Set<string>
}

function withIntegrations(set: ExtensionSet): boolean {
  return set === 'integrations' || set === 'apigateway'
}
function withAuthorizers(set: ExtensionSet): boolean {
  return set === 'authorizers' || set === 'apigateway'
}

function omit(ctx: Ctx, what: string, why: string): void {
  if (!ctx.omitted.some((o) => o.what === what)) ctx.omitted.push({ what, why })
}

/** A model's schema for this flavour: the imported original while unedited, else the model's draft-4 schema. */
export function exportModelSchema(model: Model, flavour: ExportFlavour, schemaPrefix: string): unknown {
  const src = model.openApiSource
  if (src && src.flavour === flavour && jsonHash(model.schema) === src.schemaHash) return src.schema
  return rewriteRefs(model.schema, schemaPrefix, true)
}

function rewriteRefs(value: unknown, prefix: string, top: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, prefix, false))
  if (!isRecord(value)) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (top && k === '$schema') continue
    if (k === '$ref' && typeof v === 'string') {
      const m =
        /^#\/definitions\/([^/]+)$/.exec(v) ??
        /^https:\/\/apigateway\.amazonaws\.com\/restapis\/[^/]+\/models\/([^/]+)$/.exec(v)
      out[k] = m ? `${prefix}/${m[1]}` : v
      continue
    }
    out[k] = rewriteRefs(v, prefix, false)
  }
  return out
}

function modelRef(ctx: Ctx, name: string): unknown {
  const model = ctx.api.models[name]
  if (model?.inline && !ctx.referencedModels.has(name))
    return exportModelSchema(model, ctx.flavour, ctx.schemaPrefix)
  return { $ref: `${ctx.schemaPrefix}/${name}` }
}

/** Moves parameter fields between Swagger 2 (on the parameter) and OpenAPI 3 (in `schema`). */
function parameterDetail(
  detail: Record<string, unknown> | undefined,
  flavour: ExportFlavour,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (!detail) return flavour === 'oas30' ? { schema: { type: 'string' } } : { type: 'string' }
  for (const [k, v] of Object.entries(detail)) if (k !== 'x-gatewright-name') out[k] = v
  if (flavour === 'oas30' && out.schema === undefined && out.content === undefined) {
    const schema: Record<string, unknown> = {}
    for (const f of SCHEMA_FIELDS) {
      if (out[f] !== undefined) {
        schema[f] = out[f]
        delete out[f]
      }
    }
    delete out.collectionFormat
    delete out.allowEmptyValue
    out.schema = Object.keys(schema).length > 0 ? schema : { type: 'string' }
  }
  if (flavour === 'swagger2' && out.type === undefined) {
    const schema = isRecord(out.schema) ? out.schema : {}
    for (const f of SCHEMA_FIELDS) if (schema[f] !== undefined) out[f] = schema[f]
    for (const k of [
      'schema',
      'style',
      'explode',
      'example',
      'examples',
      'content',
      'deprecated',
      'allowReserved',
    ])
      delete out[k]
    if (out.type === undefined) out.type = 'string'
  }
  return out
}

function exportIntegration(i: Integration): Record<string, unknown> {
  const out: Record<string, unknown> = { type: i.type.toLowerCase() }
  if (i.httpMethod !== undefined) out.httpMethod = i.httpMethod
  if (i.uri !== undefined) out.uri = i.uri
  if (i.credentials !== undefined) out.credentials = i.credentials
  if (i.connectionType !== undefined) out.connectionType = i.connectionType
  if (i.connectionId !== undefined) out.connectionId = i.connectionId
  if (i.integrationTarget !== undefined) out.integrationTarget = i.integrationTarget
  if (Object.keys(i.requestParameters).length > 0) out.requestParameters = { ...i.requestParameters }
  if (Object.keys(i.requestTemplates).length > 0) out.requestTemplates = { ...i.requestTemplates }
  out.passthroughBehavior = i.passthroughBehavior.toLowerCase()
  if (i.contentHandling !== undefined) out.contentHandling = i.contentHandling
  if (i.timeoutInMillis !== 29000) out.timeoutInMillis = i.timeoutInMillis
  if (i.cacheNamespace !== undefined) out.cacheNamespace = i.cacheNamespace
  if (i.cacheKeyParameters.length > 0) out.cacheKeyParameters = [...i.cacheKeyParameters]
  if (i.tlsConfig !== undefined) out.tlsConfig = { ...i.tlsConfig }
  if (i.responseTransferMode !== undefined) out.responseTransferMode = i.responseTransferMode
  const responses = Object.entries(i.integrationResponses)
  if (responses.length > 0) {
    const r: Record<string, unknown> = {}
    for (const [key, ir] of responses) {
      const o: Record<string, unknown> = { statusCode: ir.statusCode }
      if (Object.keys(ir.responseParameters).length > 0) o.responseParameters = { ...ir.responseParameters }
      if (Object.keys(ir.responseTemplates).length > 0) o.responseTemplates = { ...ir.responseTemplates }
      if (ir.contentHandling !== undefined) o.contentHandling = ir.contentHandling
      r[key] = o
    }
    out.responses = r
  }
  return out
}

interface SchemeNames {
  authorizer: Map<string, string>
  apiKey: string
  sigv4: string
}

function exportOperation(ctx: Ctx, m: Method, path: string, schemes: SchemeNames): Record<string, unknown> {
  const op: Record<string, unknown> = {}
  const detail = m.openApiDetail ?? {}
  if (m.tags) op.tags = [...m.tags]
  if (m.summary !== undefined) op.summary = m.summary
  if (m.description !== undefined) op.description = m.description
  if (m.operationName !== undefined) op.operationId = m.operationName
  const parameters: Record<string, unknown>[] = []
  const seen = new Set<string>()
  for (const [key, required] of Object.entries(m.requestParameters)) {
    const match =
      /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/.exec(key)
    if (!match) continue
    const where = LOCATION_OUT[match[1]!]!
    const d = detail.parameters?.[key]
    const name = (d?.['x-gatewright-name'] as string | undefined) ?? match[2]!
    if (match[1]!.startsWith('multivalue')) {
      omit(
        ctx,
        `${m.httpMethod} ${path}: ${key}`,
        'OpenAPI has no separate multi-value parameter; it is written as a plain parameter and imports back as one.',
      )
    }
    if (seen.has(`${where} ${name}`)) continue
    seen.add(`${where} ${name}`)
    parameters.push({
      name,
      in: where,
      required: where === 'path' ? true : required,
      ...parameterDetail(d, ctx.flavour),
    })
  }
  const models = Object.entries(m.requestModels)
  if (ctx.flavour === 'swagger2' && models.length > 0) {
    const distinct = new Set(models.map(([, n]) => n))
    if (distinct.size > 1) {
      omit(
        ctx,
        `${m.httpMethod} ${path}: request models`,
        'Swagger 2.0 has one body schema per operation; only the first content type’s model is written.',
      )
    }
    const body: Record<string, unknown> = {
      in: 'body',
      name: detail.bodyParameterName ?? models[0]![1],
      required: detail.requestBody?.required ?? true,
      schema: modelRef(ctx, models[0]![1]),
    }
    for (const [k, v] of Object.entries(detail.requestBody ?? {}))
      if (k !== 'required' && k !== 'content') body[k] = v
    parameters.push(body)
    const cts = models.map(([ct]) => ct)
    if (!(cts.length === 1 && cts[0] === 'application/json')) op.consumes = cts
  }
  if (parameters.length > 0) op.parameters = parameters
  if (ctx.flavour === 'oas30' && models.length > 0) {
    const extraContent = isRecord(detail.requestBody?.content) ? detail.requestBody.content : {}
    const content: Record<string, unknown> = {}
    for (const [ct, name] of models)
      content[ct] = { schema: modelRef(ctx, name), ...(isRecord(extraContent[ct]) ? extraContent[ct] : {}) }
    const body: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(detail.requestBody ?? {})) if (k !== 'content') body[k] = v
    body.content = content
    op.requestBody = body
  } else if (ctx.flavour === 'oas30' && detail.requestBody !== undefined && !detail.bodyParameterName) {
    op.requestBody = { ...detail.requestBody }
  }
  const responses: Record<string, unknown> = {}
  const produces = new Set<string>()
  for (const code of Object.keys(m.methodResponses).sort()) {
    const r = m.methodResponses[code]!
    const out: Record<string, unknown> = { description: r.description ?? '' }
    const headers: Record<string, unknown> = {}
    for (const [key, required] of Object.entries(r.responseParameters)) {
      const name = key.replace(/^method\.response\.header\./, '')
      const d = detail.responseHeaders?.[code]?.[name]
      const h: Record<string, unknown> = d
        ? { ...d }
        : ctx.flavour === 'oas30'
          ? { schema: { type: 'string' } }
          : { type: 'string' }
      if (required) h.required = true
      if (ctx.flavour === 'swagger2') delete h.required
      headers[name] = h
    }
    if (Object.keys(headers).length > 0) out.headers = headers
    const rm = Object.entries(r.responseModels)
    const unmodelled = detail.responseContent?.[code] ?? {}
    if (ctx.flavour === 'oas30' && rm.length === 0 && Object.keys(unmodelled).length > 0)
      out.content = { ...unmodelled }
    if (rm.length > 0) {
      if (ctx.flavour === 'oas30') {
        const content: Record<string, unknown> = {}
        for (const [ct, name] of rm) content[ct] = { schema: modelRef(ctx, name) }
        Object.assign(content, unmodelled)
        out.content = content
      } else {
        if (new Set(rm.map(([, n]) => n)).size > 1) {
          omit(
            ctx,
            `${m.httpMethod} ${path} ${code}: response models`,
            'Swagger 2.0 has one response schema per status; only the first is written.',
          )
        }
        out.schema = modelRef(ctx, rm[0]![1])
        for (const [ct] of rm) produces.add(ct)
      }
    }
    responses[code] = out
  }
  if (
    ctx.flavour === 'swagger2' &&
    produces.size > 0 &&
    !(produces.size === 1 && produces.has('application/json'))
  ) {
    op.produces = [...produces]
  }
  op.responses = responses
  const security: Record<string, string[]>[] = []
  if (m.authorizationType === 'AWS_IAM') security.push({ [schemes.sigv4]: [] })
  if ((m.authorizationType === 'CUSTOM' || m.authorizationType === 'COGNITO_USER_POOLS') && m.authorizerId) {
    const name = schemes.authorizer.get(m.authorizerId)
    if (name) security.push({ [name]: m.authorizationScopes ? [...m.authorizationScopes] : [] })
  }
  if (m.apiKeyRequired) security.push({ [schemes.apiKey]: [] })
  if (security.length > 0) op.security = security
  for (const [k, v] of Object.entries(m.vendorExtensions ?? {})) op[k] = v
  if (ctx.set === 'apigateway' && m.requestValidatorId !== undefined) {
    const v = ctx.api.requestValidators[m.requestValidatorId]
    if (v) op['x-amazon-apigateway-request-validator'] = v.name
  }
  if (m.integration) {
    if (withIntegrations(ctx.set)) op['x-amazon-apigateway-integration'] = exportIntegration(m.integration)
    else
      omit(ctx, 'Integrations', `The "${ctx.set}" extension set leaves out x-amazon-apigateway-integration.`)
  }
  if (ctx.set !== 'apigateway' && m.requestValidatorId !== undefined) {
    omit(
      ctx,
      'Request validators',
      'Only the "apigateway" extension set writes x-amazon-apigateway-request-validator(s), as AWS’s export does.',
    )
  }
  return op
}

function exportAuthorizer(a: Authorizer, includeExtension: boolean): Record<string, unknown> {
  const header = /^method\.request\.header\.([^,\s]+)$/.exec(a.identitySource ?? '')?.[1]
  const scheme: Record<string, unknown> = { type: 'apiKey', name: header ?? 'Unused', in: 'header' }
  scheme['x-amazon-apigateway-authtype'] =
    a.authType ?? (a.type === 'COGNITO_USER_POOLS' ? 'cognito_user_pools' : 'custom')
  if (includeExtension) {
    const ext: Record<string, unknown> = { type: a.type.toLowerCase() }
    if (a.authorizerUri !== undefined) ext.authorizerUri = a.authorizerUri
    if (a.authorizerCredentials !== undefined) ext.authorizerCredentials = a.authorizerCredentials
    if (a.identitySource !== undefined) ext.identitySource = a.identitySource
    if (a.identityValidationExpression !== undefined)
      ext.identityValidationExpression = a.identityValidationExpression
    if (a.providerARNs !== undefined) ext.providerARNs = [...a.providerARNs]
    if (a.authorizerResultTtlInSeconds !== 300)
      ext.authorizerResultTtlInSeconds = a.authorizerResultTtlInSeconds
    scheme['x-amazon-apigateway-authorizer'] = ext
  }
  return scheme
}

/** Turns full execute-api ARNs of this API back into the portable `execute-api:/…` form. */
function shortenPolicy(policy: unknown, apiId: string): unknown {
  const re = new RegExp(`^arn:aws[a-z-]*:execute-api:[^:]+:[^:]+:${apiId}/`)
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return re.test(v) ? v.replace(re, 'execute-api:/') : v
    if (Array.isArray(v)) return v.map(walk)
    if (isRecord(v)) {
      const out: Record<string, unknown> = {}
      for (const [k, x] of Object.entries(v))
        out[k] = k === 'Resource' || k === 'NotResource' || k === 'Statement' ? walk(x) : x
      return out
    }
    return v
  }
  return walk(policy)
}

/** REST API → OpenAPI 3.0.1 or Swagger 2.0 document (key order fixed for clean diffs). */
export function exportRestApi(
  project: Project,
  api: RestApi,
  flavour: ExportFlavour,
  set: ExtensionSet,
  stageName: string | undefined,
): { document: Record<string, unknown>; omitted: ExportOmission[] } {
  const schemaPrefix = flavour === 'oas30' ? '#/components/schemas' : '#/definitions'
  const referenced = new Set<string>()
  for (const model of Object.values(api.models)) {
    for (const m of JSON.stringify(model.schema).matchAll(/"\$ref":"#\/definitions\/([^"/]+)"/g))
      referenced.add(m[1]!)
  }
  const ctx: Ctx = { api, project, flavour, set, omitted: [], schemaPrefix, referencedModels: referenced }
  const vendor = api.vendorExtensions ?? {}
  const doc: Record<string, unknown> = {}
  if (flavour === 'oas30') doc.openapi = '3.0.1'
  else doc.swagger = '2.0'
  const info: Record<string, unknown> = { title: api.name }
  if (api.description !== undefined) info.description = api.description
  const infoExtras = isRecord(vendor.info) ? { ...vendor.info } : {}
  const versionWasNumber = infoExtras['x-gatewright-version-number'] === true
  delete infoExtras['x-gatewright-version-number']
  if (api.version !== undefined)
    info.version = versionWasNumber && /^\d+(\.\d+)?$/.test(api.version) ? Number(api.version) : api.version
  Object.assign(info, infoExtras)
  doc.info = info

  // Servers / host, with the endpoint configuration.
  const endpointExt: Record<string, unknown> = {}
  if (api.endpointConfiguration.disableExecuteApiEndpoint !== undefined)
    endpointExt.disableExecuteApiEndpoint = api.endpointConfiguration.disableExecuteApiEndpoint
  if (api.endpointConfiguration.vpcEndpointIds?.length)
    endpointExt.vpcEndpointIds = [...api.endpointConfiguration.vpcEndpointIds]
  const writeEndpoint = set === 'apigateway' && Object.keys(endpointExt).length > 0
  if (Object.keys(endpointExt).length > 0 && set !== 'apigateway') {
    omit(
      ctx,
      'Endpoint configuration',
      'Only the "apigateway" extension set writes x-amazon-apigateway-endpoint-configuration.',
    )
  }
  const host = `${api.id}.execute-api.${project.settings.region}.amazonaws.com`
  if (flavour === 'oas30') {
    let servers: unknown[] | undefined
    if (stageName !== undefined)
      servers = [{ url: `https://${host}/{basePath}`, variables: { basePath: { default: stageName } } }]
    else if (Array.isArray(vendor.servers)) servers = vendor.servers.map((s) => (isRecord(s) ? { ...s } : s))
    if (servers) {
      for (const s of servers) if (isRecord(s)) delete s['x-amazon-apigateway-endpoint-configuration']
    }
    if (writeEndpoint) {
      servers ??= [{ url: '/' }]
      if (isRecord(servers[0])) servers[0]['x-amazon-apigateway-endpoint-configuration'] = endpointExt
    }
    if (servers) doc.servers = servers
  } else {
    if (stageName !== undefined) {
      doc.host = host
      doc.basePath = `/${stageName}`
      doc.schemes = ['https']
    } else {
      for (const k of ['host', 'basePath', 'schemes']) if (vendor[k] !== undefined) doc[k] = vendor[k]
    }
    for (const k of ['consumes', 'produces']) if (vendor[k] !== undefined) doc[k] = vendor[k]
  }

  // Security scheme names.
  const names = new Set<string>()
  const schemeNames: SchemeNames = { authorizer: new Map(), apiKey: 'api_key', sigv4: 'sigv4' }
  for (const a of Object.values(api.authorizers).sort((x, y) => (x.name < y.name ? -1 : 1))) {
    let n = a.name.replace(/[^A-Za-z0-9._-]/g, '_') || 'authorizer'
    while (names.has(n)) n = `${n}_`
    names.add(n)
    schemeNames.authorizer.set(a.id, n)
  }
  while (names.has(schemeNames.apiKey)) schemeNames.apiKey += '_'
  names.add(schemeNames.apiKey)
  while (names.has(schemeNames.sigv4)) schemeNames.sigv4 += '_'

  // Paths.
  const paths: Record<string, unknown> = {}
  const allPaths = resourcePaths(api)
  const hasChild = new Set(Object.values(api.resources).map((r) => r.parentId))
  const ordered = [...allPaths.entries()].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
  let usesApiKey = false
  let usesSigv4 = false
  const usedAuthorizers = new Set<string>()
  for (const [id, path] of ordered) {
    const r = api.resources[id]!
    const item: Record<string, unknown> = {}
    for (const [verb, key] of VERB_ORDER) {
      const m = r.methods[verb]
      if (!m) continue
      if (m.apiKeyRequired) usesApiKey = true
      if (m.authorizationType === 'AWS_IAM') usesSigv4 = true
      if (m.authorizerId) usedAuthorizers.add(m.authorizerId)
      item[key] = exportOperation(ctx, m, path, schemeNames)
    }
    if (Object.keys(item).length > 0 || (r.parentId !== undefined && !hasChild.has(id))) paths[path] = item
  }
  for (const [k, v] of Object.entries(vendor))
    if (k.startsWith('x-gatewright-paths-')) paths[k.slice('x-gatewright-paths-'.length)] = v
  doc.paths = paths

  // Models and security schemes.
  const schemas: Record<string, unknown> = {}
  for (const name of Object.keys(api.models).sort()) {
    const model = api.models[name]!
    if (model.inline && !referenced.has(name)) continue
    schemas[name] = exportModelSchema(model, flavour, schemaPrefix)
    if (model.contentType !== 'application/json' && !model.inline) {
      omit(
        ctx,
        `Model ${name}`,
        `OpenAPI schemas carry no content type; ${model.contentType} is used where a method refers to the model.`,
      )
    }
    if (flavour === 'swagger2' && /"(oneOf|anyOf|not)"/.test(JSON.stringify(model.schema))) {
      omit(
        ctx,
        `Model ${name}`,
        'Swagger 2.0 schemas have no oneOf / anyOf / not; the keywords are written anyway and AWS warns about them.',
      )
    }
  }
  const securitySchemes: Record<string, unknown> = {}
  const includeAuthorizers = withAuthorizers(set)
  for (const a of Object.values(api.authorizers)) {
    securitySchemes[schemeNames.authorizer.get(a.id)!] = exportAuthorizer(a, includeAuthorizers)
  }
  if (Object.keys(api.authorizers).length > 0 && !includeAuthorizers) {
    omit(ctx, 'Authorizers', `The "${set}" extension set leaves out x-amazon-apigateway-authorizer.`)
  }
  if (usesApiKey) securitySchemes[schemeNames.apiKey] = { type: 'apiKey', name: 'x-api-key', in: 'header' }
  if (usesSigv4) {
    securitySchemes[schemeNames.sigv4] = {
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authtype': 'awsSigv4',
    }
  }
  const keptComponents = isRecord(vendor.components) ? vendor.components : {}
  if (isRecord(keptComponents.securitySchemes)) {
    for (const [k, v] of Object.entries(keptComponents.securitySchemes))
      if (!(k in securitySchemes)) securitySchemes[k] = v
  }
  if (flavour === 'oas30') {
    const components: Record<string, unknown> = {}
    if (Object.keys(schemas).length > 0) components.schemas = schemas
    if (Object.keys(securitySchemes).length > 0) components.securitySchemes = securitySchemes
    for (const [k, v] of Object.entries(keptComponents))
      if (k !== 'securitySchemes' && k !== 'schemas') components[k] = v
    if (Object.keys(components).length > 0) doc.components = components
  } else {
    if (Object.keys(securitySchemes).length > 0) doc.securityDefinitions = securitySchemes
    if (Object.keys(schemas).length > 0) doc.definitions = schemas
    const lost = Object.keys(keptComponents).filter((k) => k !== 'securitySchemes')
    if (lost.length > 0)
      omit(
        ctx,
        `components.${lost.join(', components.')}`,
        'Swagger 2.0 has no components section; these unused OpenAPI 3 components stay in the project.',
      )
  }

  // Root extensions.
  const ag = set === 'apigateway'
  const rootExt: [string, unknown, boolean][] = [
    [
      'x-amazon-apigateway-api-key-source',
      api.apiKeySource === 'AUTHORIZER' ? 'AUTHORIZER' : undefined,
      true,
    ],
    [
      'x-amazon-apigateway-binary-media-types',
      api.binaryMediaTypes.length > 0 ? [...api.binaryMediaTypes] : undefined,
      true,
    ],
    ['x-amazon-apigateway-minimum-compression-size', api.minimumCompressionSize, true],
    [
      'x-amazon-apigateway-policy',
      api.policy === undefined ? undefined : shortenPolicy(api.policy, api.id),
      true,
    ],
    ['x-amazon-apigateway-security-policy', api.securityPolicy, true],
    ['x-amazon-apigateway-endpoint-access-mode', api.endpointAccessMode, true],
  ]
  for (const [key, value] of rootExt) {
    if (value === undefined) continue
    if (ag) doc[key] = value
    else
      omit(
        ctx,
        key.replace('x-amazon-apigateway-', 'API setting '),
        `Only the "apigateway" extension set writes ${key}.`,
      )
  }
  if (flavour === 'swagger2' && writeEndpoint) doc['x-amazon-apigateway-endpoint-configuration'] = endpointExt
  const validators = Object.values(api.requestValidators)
  if (validators.length > 0 && ag) {
    const out: Record<string, unknown> = {}
    for (const v of [...validators].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      out[v.name] = {
        validateRequestBody: v.validateRequestBody,
        validateRequestParameters: v.validateRequestParameters,
      }
    }
    doc['x-amazon-apigateway-request-validators'] = out
  } else if (validators.length > 0) {
    omit(
      ctx,
      'Request validators',
      'Only the "apigateway" extension set writes x-amazon-apigateway-request-validator(s), as AWS’s export does.',
    )
  }
  const gr = Object.values(api.gatewayResponses)
  if (gr.length > 0 && ag) {
    const out: Record<string, unknown> = {}
    for (const g of [...gr].sort((a, b) => (a!.responseType < b!.responseType ? -1 : 1))) {
      if (!g) continue
      const o: Record<string, unknown> = {}
      if (g.statusCode !== undefined) o.statusCode = g.statusCode
      if (Object.keys(g.responseParameters).length > 0) o.responseParameters = { ...g.responseParameters }
      if (Object.keys(g.responseTemplates).length > 0) o.responseTemplates = { ...g.responseTemplates }
      out[g.responseType] = o
    }
    doc['x-amazon-apigateway-gateway-responses'] = out
  } else if (gr.length > 0) {
    omit(
      ctx,
      'Gateway responses',
      'Only the "apigateway" extension set writes x-amazon-apigateway-gateway-responses.',
    )
  }
  if ((api.documentationParts.length > 0 || api.documentationVersion !== undefined) && ag) {
    const d: Record<string, unknown> = {}
    if (api.documentationVersion !== undefined) d.version = api.documentationVersion
    d.documentationParts = api.documentationParts.map((p) => ({
      location: { ...p.location },
      properties: sortKeys(p.properties),
    }))
    doc['x-amazon-apigateway-documentation'] = d
  } else if (api.documentationParts.length > 0) {
    omit(
      ctx,
      'Documentation parts',
      'Only the "apigateway" extension set writes x-amazon-apigateway-documentation.',
    )
  }
  for (const [k, v] of Object.entries(vendor)) {
    if (
      [
        'info',
        'servers',
        'host',
        'basePath',
        'schemes',
        'consumes',
        'produces',
        'components',
        'security',
      ].includes(k)
    )
      continue
    if (k.startsWith('x-gatewright-paths-')) continue
    if (k.startsWith('x-amazon-apigateway-') && set === 'none') continue
    if (flavour === 'oas30' && (k === 'parameters' || k === 'responses' || k === 'securityDefinitions')) {
      omit(ctx, k, 'A Swagger 2.0 root section with no OpenAPI 3 place; it stays in the project.')
      continue
    }
    doc[k] = v
  }
  if (set === 'none') {
    for (const [k, v] of Object.entries(vendor)) {
      if (k.startsWith('x-amazon-apigateway-') && v !== undefined)
        omit(ctx, k, 'The "none" extension set writes no API Gateway extensions.')
    }
  }
  return { document: doc, omitted: ctx.omitted }
}
