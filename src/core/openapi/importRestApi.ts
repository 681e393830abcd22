import { GATEWAY_RESPONSE_DEFAULT_STATUS } from '../model/commands/rest/apiObjects'
import { PATH_PART_MESSAGE, parsePathPart } from '../model/rest/pathPart'
import type {
  DocumentationPart,
  EndpointConfiguration,
  GatewayResponse,
  GatewayResponseType,
  HttpMethod,
  Model,
  Resource,
  RestApi,
} from '../model/rest/RestApi'
import { readString, show } from './cloudFormation'
import { createSchemaConverter } from './convertSchema'
import { jsonHash } from './hash'
import type { ImportContext } from './ImportContext'
import { isRecord } from './ImportContext'
import { child, parsePointer, pointer } from './ImportIssue'
import { type OperationScope, readOperation } from './restOperation'
import { readSecuritySchemes } from './restSecurity'

export const OPERATION_KEYS: Record<string, HttpMethod> = {
  get: 'GET',
  put: 'PUT',
  post: 'POST',
  delete: 'DELETE',
  options: 'OPTIONS',
  head: 'HEAD',
  patch: 'PATCH',
  'x-amazon-apigateway-any-method': 'ANY',
}

/** Root-level extensions a REST API reads. */
const REST_ROOT_EXTENSIONS = new Set([
  'x-amazon-apigateway-binary-media-types',
  'x-amazon-apigateway-minimum-compression-size',
  'x-amazon-apigateway-api-key-source',
  'x-amazon-apigateway-policy',
  'x-amazon-apigateway-gateway-responses',
  'x-amazon-apigateway-request-validators',
  'x-amazon-apigateway-request-validator',
  'x-amazon-apigateway-documentation',
  'x-amazon-apigateway-endpoint-configuration',
  'x-amazon-apigateway-security-policy',
  'x-amazon-apigateway-endpoint-access-mode',
])
export const HTTP_ROOT_EXTENSIONS = new Set([
  'x-amazon-apigateway-cors',
  'x-amazon-apigateway-importexport-version',
])
/** Root fields consumed by the conversion (everything else is kept verbatim for export). */
const CONSUMED_ROOT = new Set([
  'openapi',
  'swagger',
  'paths',
  'definitions',
  'securityDefinitions',
  'security',
])

/** The AWS model-name rule, and a repaired name when it fails. */
function modelNameFor(key: string, taken: Set<string>): string {
  const parts = key.split(/[^A-Za-z0-9]+/).filter(Boolean)
  let base = parts.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join('') || 'Model'
  if (taken.has(base)) {
    let i = 2
    while (taken.has(`${base}${i}`)) i++
    base = `${base}${i}`
  }
  return base
}

function uniqueId(ctx: ImportContext, length: number, taken: Set<string>): string {
  for (let i = 0; i < 1000; i++) {
    const id = ctx.ids.shortId(length)
    if (!taken.has(id)) {
      taken.add(id)
      return id
    }
  }
  let n = taken.size
  while (taken.has(`r${n}`)) n++
  taken.add(`r${n}`)
  return `r${n}`
}

export interface RestConversion {
  api: RestApi
  /** Every (resource path, method) the document defines, for merge mode. */
  methods: { path: string; verb: HttpMethod }[]
}

/**
 * OpenAPI 3.0 / Swagger 2.0 document → REST API, with AWS's warnings and errors in
 * `ctx.issues`. `apiId` and `rootResourceId` are the ids the API gets (new, or the API being
 * overwritten/merged, whose policy short ARNs expand to this id).
 */
export function convertRestApi(
  ctx: ImportContext,
  flavour: 'oas30' | 'swagger2',
  apiId: string,
  rootResourceId: string,
): RestConversion {
  const doc = ctx.doc
  const info = isRecord(doc.info) ? doc.info : {}
  const title = readString(ctx, info.title, '/info/title', 'info.title')
  const api: RestApi = {
    id: apiId,
    name: title ?? 'Imported API',
    endpointConfiguration: { types: [ctx.options.endpointType ?? 'EDGE'] },
    binaryMediaTypes: [],
    apiKeySource: 'HEADER',
    tags: {},
    rootResourceId,
    resources: { [rootResourceId]: { id: rootResourceId, pathPart: '', methods: {} } },
    models: {},
    requestValidators: {},
    authorizers: {},
    gatewayResponses: {},
    documentationParts: [],
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
  if (typeof info.version === 'number') infoExtras['x-gatewright-version-number'] = true
  if (Object.keys(infoExtras).length > 0) vendor.info = infoExtras

  // Models.
  const components = isRecord(doc.components) ? doc.components : {}
  const schemaSection = flavour === 'oas30' ? components.schemas : doc.definitions
  const schemaPrefix = flavour === 'oas30' ? '/components/schemas' : '/definitions'
  const modelNames = new Map<string, string>()
  const takenNames = new Set<string>()
  if (isRecord(schemaSection)) {
    for (const key of Object.keys(schemaSection)) {
      if (/^[A-Za-z0-9]+$/.test(key) && !takenNames.has(key)) {
        modelNames.set(key, key)
        takenNames.add(key)
      }
    }
    for (const key of Object.keys(schemaSection)) {
      if (modelNames.has(key)) continue
      const repaired = modelNameFor(key, takenNames)
      ctx.fail(
        `Unable to create model for '${key}': Model name must be alphanumeric: ${key}`,
        child(schemaPrefix, key),
        `imported as model '${repaired}'`,
      )
      modelNames.set(key, repaired)
      takenNames.add(repaired)
    }
  } else if (schemaSection !== undefined) {
    ctx.warn(`${schemaPrefix} must be a map of schemas; ignored.`, schemaPrefix)
  }
  const refPrefix = `#${schemaPrefix}/`
  const modelNameOf = (ref: string): string | undefined => {
    if (!ref.startsWith(refPrefix)) return undefined
    const key = ref.slice(refPrefix.length)
    if (key.includes('/')) return undefined
    return modelNames.get(key.includes('~') || key.includes('%') ? parsePointer(`/${key}`)[0]! : key)
  }
  const converter = createSchemaConverter(ctx, modelNameOf, flavour)
  if (isRecord(schemaSection)) {
    const entries = Object.entries(schemaSection)
    entries.forEach(([key, schema], i) => {
      if (i % 50 === 0) ctx.progress('models', i, entries.length)
      const name = modelNames.get(key)!
      const converted = converter.convert(schema, [...parsePointer(schemaPrefix), key], `Model '${name}'`)
      const model: Model = { name, contentType: 'application/json', schema: converted }
      if (name === key) model.openApiSource = { flavour, schema, schemaHash: jsonHash(converted) }
      api.models[name] = model
    })
    ctx.progress('models', entries.length, entries.length)
  }

  // Security schemes → authorizers.
  const schemeSection = flavour === 'oas30' ? components.securitySchemes : doc.securityDefinitions
  const schemePrefix = flavour === 'oas30' ? ['components', 'securitySchemes'] : ['securityDefinitions']
  const { authorizers, meanings } = readSecuritySchemes(
    ctx,
    isRecord(schemeSection) ? schemeSection : {},
    (n) => pointer(...schemePrefix, n),
  )
  api.authorizers = authorizers
  const ignoredSchemes: Record<string, unknown> = {}
  for (const [name, meaning] of meanings) {
    if (meaning.kind === 'ignored' && isRecord(schemeSection)) ignoredSchemes[name] = schemeSection[name]
  }
  const keptComponents: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(components))
    if (k !== 'schemas' && k !== 'securitySchemes') keptComponents[k] = v
  if (Object.keys(ignoredSchemes).length > 0) keptComponents.securitySchemes = ignoredSchemes
  if (Object.keys(keptComponents).length > 0) vendor.components = keptComponents

  // Request validators.
  const validatorIdsByName = new Map<string, string>()
  const validators = doc['x-amazon-apigateway-request-validators']
  const takenIds = new Set<string>([rootResourceId])
  if (isRecord(validators)) {
    for (const [name, v] of Object.entries(validators)) {
      if (!isRecord(v)) continue
      const id = uniqueId(ctx, 6, takenIds)
      api.requestValidators[id] = {
        id,
        name,
        validateRequestBody: v.validateRequestBody === true,
        validateRequestParameters: v.validateRequestParameters === true,
      }
      validatorIdsByName.set(name, id)
    }
  }
  let defaultValidatorId: string | undefined
  const defaultValidator = readString(
    ctx,
    doc['x-amazon-apigateway-request-validator'],
    '/x-amazon-apigateway-request-validator',
    'request validator',
  )
  if (defaultValidator !== undefined) {
    defaultValidatorId = validatorIdsByName.get(defaultValidator)
    if (!defaultValidatorId) {
      ctx.warn(
        `There is no request validator named "${defaultValidator}"; the API-wide default was ignored.`,
        '/x-amazon-apigateway-request-validator',
      )
    }
  }

  readApiSettings(ctx, api, flavour)

  // Paths.
  const methods: { path: string; verb: HttpMethod }[] = []
  const scope: OperationScope = {
    api,
    flavour,
    converter,
    modelNameOf,
    meanings,
    rootSecurity: doc.security,
    validatorIdsByName,
    defaultValidatorId,
    consumes: stringList(doc.consumes) ?? ['application/json'],
    produces: stringList(doc.produces) ?? ['application/json'],
  }
  const baseSegments = basePathSegments(ctx, flavour)
  const paths = doc.paths
  if (!isRecord(paths)) {
    if (paths !== undefined) ctx.abort('"paths" must be a map of path items.', '/paths')
    ctx.warn('The document has no paths.', '/paths')
  } else {
    for (const id of Object.keys(api.resources)) takenIds.add(id)
    const childIndex = new Map<string, Map<string, Resource>>()
    childIndex.set(rootResourceId, new Map())
    const entries = Object.entries(paths)
    entries.forEach(([pathKey, rawItem], index) => {
      if (index % 50 === 0) ctx.progress('paths', index, entries.length)
      const itemAt = pointer('paths', pathKey)
      if (pathKey.startsWith('x-')) {
        vendor[`x-gatewright-paths-${pathKey}`] = rawItem
        return
      }
      if (!pathKey.startsWith('/')) {
        ctx.fail(`Invalid path "${pathKey}": paths start with /`, itemAt, 'the path was skipped')
        return
      }
      const placed = placePath(ctx, api, pathKey, baseSegments, itemAt, childIndex, takenIds)
      if (!placed) return
      const { value: item, at: resolvedItemAt } = ctx.deref(rawItem, itemAt)
      if (!isRecord(item)) return
      const resource = api.resources[placed.resourceId]!
      for (const [key, op] of Object.entries(item)) {
        const verb = OPERATION_KEYS[key]
        const opAt = child(resolvedItemAt, key)
        if (!verb) {
          if (key === 'trace')
            ctx.warn(`TRACE is not an API Gateway method; 'trace ${pathKey}' was skipped.`, opAt)
          continue
        }
        if (!isRecord(op)) continue
        if (resource.methods[verb]) {
          ctx.warn(
            `${verb} ${placed.path} is defined more than once; the later definition (${pathKey}) was skipped.`,
            opAt,
          )
          continue
        }
        if (op.isDefaultRoute !== undefined) {
          ctx.warn('isDefaultRoute applies only to HTTP APIs; ignored.', `${opAt}/isDefaultRoute`)
        }
        const opCopy = op.isDefaultRoute !== undefined ? { ...op } : op
        if (opCopy !== op) delete (opCopy as Record<string, unknown>).isDefaultRoute
        resource.methods[verb] = readOperation(
          ctx,
          scope,
          opCopy,
          opAt,
          verb,
          placed.path,
          item.parameters,
          resolvedItemAt,
          placed.renames,
        )
        methods.push({ path: placed.path, verb })
      }
    })
    ctx.progress('paths', entries.length, entries.length)
  }
  converter.flush()

  // Everything else at the root is kept for the export.
  for (const [key, value] of Object.entries(doc)) {
    if (CONSUMED_ROOT.has(key) || key === 'info' || key === 'components' || REST_ROOT_EXTENSIONS.has(key))
      continue
    if (HTTP_ROOT_EXTENSIONS.has(key)) {
      ctx.warn(
        `${key} applies only to HTTP APIs; a REST API import does not use it (kept in the project).`,
        pointer(key),
      )
    } else if (key.startsWith('x-amazon-apigateway-')) {
      ctx.warn(`Unknown extension ${key}; kept as is.`, pointer(key))
    }
    vendor[key] = value
  }
  if (Object.keys(vendor).length > 0) api.vendorExtensions = vendor
  return { api, methods }
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')
    ? (value as string[])
    : undefined
}

/** The base path segments from `basePath` (Swagger 2) or the servers (OpenAPI 3), per the basepath option. */
function basePathSegments(ctx: ImportContext, flavour: 'oas30' | 'swagger2'): string[] {
  const mode = ctx.options.basepath ?? 'ignore'
  if (mode === 'ignore') return []
  let base = ''
  if (flavour === 'swagger2') base = typeof ctx.doc.basePath === 'string' ? ctx.doc.basePath : ''
  else if (Array.isArray(ctx.doc.servers) && isRecord(ctx.doc.servers[0])) {
    const server = ctx.doc.servers[0]
    const variable =
      isRecord(server.variables) && isRecord(server.variables.basePath)
        ? server.variables.basePath.default
        : undefined
    if (typeof variable === 'string') base = variable
    else if (typeof server.url === 'string') {
      const m = /^[a-z]+:\/\/[^/]+(\/.*)?$/i.exec(server.url)
      base = m ? (m[1] ?? '') : server.url
    }
  }
  const segments = base.split('/').filter(Boolean)
  return mode === 'split' ? segments.slice(1) : segments
}

/** Creates the resources of a path (reusing existing ones) by AWS's rules. */
function placePath(
  ctx: ImportContext,
  api: RestApi,
  pathKey: string,
  base: string[],
  at: string,
  childIndex: Map<string, Map<string, Resource>>,
  takenIds: Set<string>,
): { resourceId: string; path: string; renames: Map<string, string> } | undefined {
  let key = pathKey
  if (key.includes('#')) {
    const stripped = key.slice(0, key.indexOf('#'))
    ctx.fail(
      `Unable to create resource at path '${pathKey}': ${PATH_PART_MESSAGE}`,
      at,
      `imported at ${stripped || '/'}`,
    )
    key = stripped
  }
  const raw = [...base, ...key.split('/').filter(Boolean)]
  const segments: string[] = []
  const renames = new Map<string, string>()
  for (let i = 0; i < raw.length; i++) {
    let seg = raw[i]!
    let parsed = parsePathPart(seg)
    if (!parsed) {
      const inner = /\{([A-Za-z0-9._-]+\+?)\}/.exec(seg)
      const repaired = inner ? `{${inner[1]}}` : seg.replace(/[^A-Za-z0-9._\-:,]/g, '')
      if (repaired === '' || !parsePathPart(repaired)) {
        ctx.fail(
          `Unable to create resource at path '${pathKey}': ${PATH_PART_MESSAGE}`,
          at,
          'the path was skipped',
        )
        return undefined
      }
      ctx.fail(
        `Unable to create resource at path '${pathKey}': ${PATH_PART_MESSAGE}`,
        at,
        `segment "${seg}" imported as "${repaired}"`,
      )
      seg = repaired
      parsed = parsePathPart(seg)!
    }
    if (parsed.kind === 'greedy' && i !== raw.length - 1) {
      ctx.fail(
        `Unable to create resource at path '${pathKey}': a greedy path variable (${seg}) must be the last path segment`,
        at,
        'the path was skipped',
      )
      return undefined
    }
    segments.push(seg)
  }
  let parentId = api.rootResourceId
  let path = ''
  for (const seg0 of segments) {
    let seg = seg0
    const parent = api.resources[parentId]!
    if (parsePathPart(parent.pathPart)?.kind === 'greedy') {
      ctx.fail(
        `Unable to create resource at path '${pathKey}': Cannot create a child of a resource with a greedy path variable: ${parent.pathPart}`,
        at,
        'the path was skipped',
      )
      return undefined
    }
    let children = childIndex.get(parentId)
    if (!children) {
      children = new Map()
      childIndex.set(parentId, children)
    }
    let child = children.get(seg)
    const parsed = parsePathPart(seg)!
    if (!child && parsed.kind !== 'static') {
      const sibling = [...children.values()].find((c) => parsePathPart(c.pathPart)?.kind !== 'static')
      if (sibling) {
        const siblingParsed = parsePathPart(sibling.pathPart)!
        if (siblingParsed.kind === parsed.kind) {
          ctx.fail(
            `Unable to create resource at path '${pathKey}': A sibling (${sibling.pathPart}) of this resource already has a variable path part -- only one is allowed`,
            at,
            `${seg} was imported as ${sibling.pathPart}`,
          )
          renames.set(parsed.name, siblingParsed.name)
          child = sibling
          seg = sibling.pathPart
        } else {
          ctx.fail(
            `Unable to create resource at path '${pathKey}': A sibling (${sibling.pathPart}) of this resource already has a variable path part -- only one is allowed`,
            at,
            'the path was skipped',
          )
          return undefined
        }
      }
    }
    if (!child) {
      const id = uniqueId(ctx, 6, takenIds)
      child = { id, parentId, pathPart: seg, methods: {} }
      api.resources[id] = child
      children.set(seg, child)
    }
    parentId = child.id
    path += `/${seg}`
  }
  return { resourceId: parentId, path: path || '/', renames }
}

/** Root-level REST settings: binary types, compression, key source, policy, gateway responses, docs, endpoint. */
function readApiSettings(ctx: ImportContext, api: RestApi, flavour: 'oas30' | 'swagger2'): void {
  const doc = ctx.doc
  const binary = doc['x-amazon-apigateway-binary-media-types']
  if (Array.isArray(binary)) {
    api.binaryMediaTypes = binary.flatMap((t, i) => {
      const s = readString(ctx, t, `/x-amazon-apigateway-binary-media-types/${i}`, 'binary media type')
      return s === undefined ? [] : [s]
    })
  }
  const size = doc['x-amazon-apigateway-minimum-compression-size']
  if (size !== undefined) {
    const n = Number(size)
    if (Number.isInteger(n) && n >= 0 && n <= 10_485_760) api.minimumCompressionSize = n
    else
      ctx.fail(
        'Invalid minimum compression size: must be an integer from 0 to 10485760',
        '/x-amazon-apigateway-minimum-compression-size',
        'compression left off',
      )
  }
  const keySource = doc['x-amazon-apigateway-api-key-source']
  if (keySource !== undefined) {
    const k = String(keySource).toUpperCase()
    if (k === 'HEADER' || k === 'AUTHORIZER') api.apiKeySource = k
    else
      ctx.fail(
        `Invalid API key source specified: ${show(keySource)}`,
        '/x-amazon-apigateway-api-key-source',
        'HEADER used',
      )
  }
  const policy = doc['x-amazon-apigateway-policy']
  if (policy !== undefined) {
    let value: unknown = policy
    if (typeof policy === 'string') {
      try {
        value = JSON.parse(policy)
      } catch {
        ctx.fail(
          'Invalid policy document: x-amazon-apigateway-policy must be a JSON policy object',
          '/x-amazon-apigateway-policy',
          'policy ignored',
        )
        value = undefined
      }
    }
    if (isRecord(value)) api.policy = expandPolicy(value, ctx.options.region, ctx.options.accountId, api.id)
  }
  const sp = readString(
    ctx,
    doc['x-amazon-apigateway-security-policy'],
    '/x-amazon-apigateway-security-policy',
    'security policy',
  )
  if (sp !== undefined) api.securityPolicy = sp
  const mode = readString(
    ctx,
    doc['x-amazon-apigateway-endpoint-access-mode'],
    '/x-amazon-apigateway-endpoint-access-mode',
    'endpoint access mode',
  )
  if (mode !== undefined) api.endpointAccessMode = mode

  const responses = doc['x-amazon-apigateway-gateway-responses']
  if (isRecord(responses)) {
    for (const [type, r] of Object.entries(responses)) {
      const at = pointer('x-amazon-apigateway-gateway-responses', type)
      if (!(type in GATEWAY_RESPONSE_DEFAULT_STATUS)) {
        ctx.fail(`Invalid gateway response type specified: ${type}`, at, 'ignored')
        continue
      }
      if (!isRecord(r)) continue
      const g: GatewayResponse = {
        responseType: type as GatewayResponseType,
        responseParameters: {},
        responseTemplates: {},
      }
      const status = r.statusCode
      if (status !== undefined) {
        const s = readString(ctx, status, `${at}/statusCode`, 'statusCode')
        if (s !== undefined && /^[1-5]\d\d$/.test(s)) g.statusCode = s
        else
          ctx.fail(
            `Invalid status code for gateway response ${type}: ${show(status)}`,
            `${at}/statusCode`,
            'default status kept',
          )
      }
      for (const field of ['responseParameters', 'responseTemplates'] as const) {
        const m = r[field]
        if (isRecord(m)) {
          for (const [k, v] of Object.entries(m)) {
            const s = readString(ctx, v, child(at, field, k), `${field} "${k}"`)
            if (s !== undefined) g[field][k] = s
          }
        }
      }
      api.gatewayResponses[g.responseType] = g
    }
  }

  const documentation = doc['x-amazon-apigateway-documentation']
  if (isRecord(documentation) && !ctx.options.ignoreDocumentation) {
    const v = readString(
      ctx,
      documentation.version,
      '/x-amazon-apigateway-documentation/version',
      'documentation version',
    )
    if (v !== undefined) api.documentationVersion = v
    if (Array.isArray(documentation.documentationParts)) {
      api.documentationParts = documentation.documentationParts
        .filter(
          (p): p is DocumentationPart =>
            isRecord(p) && isRecord(p.location) && typeof p.location.type === 'string',
        )
        .map((p) => ({
          location: { ...p.location },
          properties: isRecord(p.properties) ? { ...p.properties } : {},
        }))
    }
  }

  const endpoint: EndpointConfiguration = api.endpointConfiguration
  const readEndpoint = (value: unknown, at: string) => {
    if (!isRecord(value)) return
    if (typeof value.disableExecuteApiEndpoint === 'boolean')
      endpoint.disableExecuteApiEndpoint = value.disableExecuteApiEndpoint
    if (Array.isArray(value.vpcEndpointIds)) {
      endpoint.vpcEndpointIds = value.vpcEndpointIds.flatMap((x, i) => {
        const s = readString(ctx, x, `${at}/vpcEndpointIds/${i}`, 'vpcEndpointIds')
        return s === undefined ? [] : [s]
      })
      if (!endpoint.types.includes('PRIVATE')) {
        ctx.warn(
          'vpcEndpointIds apply only to PRIVATE APIs; import with endpoint type PRIVATE to use them.',
          `${at}/vpcEndpointIds`,
        )
      }
    }
  }
  if (flavour === 'swagger2')
    readEndpoint(
      doc['x-amazon-apigateway-endpoint-configuration'],
      '/x-amazon-apigateway-endpoint-configuration',
    )
  else {
    if (doc['x-amazon-apigateway-endpoint-configuration'] !== undefined) {
      ctx.warn(
        'In OpenAPI 3 the endpoint configuration belongs on a server object in "servers"; read from the root anyway.',
        '/x-amazon-apigateway-endpoint-configuration',
      )
      readEndpoint(
        doc['x-amazon-apigateway-endpoint-configuration'],
        '/x-amazon-apigateway-endpoint-configuration',
      )
    }
    if (Array.isArray(doc.servers)) {
      doc.servers.forEach((s, i) => {
        if (isRecord(s))
          readEndpoint(
            s['x-amazon-apigateway-endpoint-configuration'],
            `/servers/${i}/x-amazon-apigateway-endpoint-configuration`,
          )
      })
    }
  }
}

/** Expands `execute-api:/…` short resources to full ARNs, as API Gateway does on import. */
export function expandPolicy(
  policy: Record<string, unknown>,
  region: string,
  accountId: string,
  apiId: string,
): unknown {
  const expand = (r: unknown): unknown =>
    typeof r === 'string' && r.startsWith('execute-api:/')
      ? `arn:aws:execute-api:${region}:${accountId}:${apiId}/${r.slice('execute-api:/'.length)}`
      : r
  const statements = Array.isArray(policy.Statement)
    ? policy.Statement
    : isRecord(policy.Statement)
      ? [policy.Statement]
      : undefined
  if (!statements) return policy
  const next = statements.map((s) => {
    if (!isRecord(s)) return s
    const out = { ...s }
    for (const key of ['Resource', 'NotResource']) {
      if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map(expand)
      else if (out[key] !== undefined) out[key] = expand(out[key])
    }
    return out
  })
  return { ...policy, Statement: Array.isArray(policy.Statement) ? next : next[0] }
}
