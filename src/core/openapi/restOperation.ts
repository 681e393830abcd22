import type { HttpMethod, Method, MethodResponse, RestApi } from '../model/rest/RestApi'
import { readString, show } from './cloudFormation'
import type { SchemaConverter } from './convertSchema'
import { jsonHash } from './hash'
import type { ImportContext } from './ImportContext'
import { isRecord } from './ImportContext'
import { child } from './ImportIssue'
import { readRestIntegration } from './restIntegration'
import { applySecurity, type SchemeMeaning } from './restSecurity'

/** Everything an operation's conversion needs from the document-level pass. */
export interface OperationScope {
  api: RestApi
  flavour: 'oas30' | 'swagger2'
  converter: SchemaConverter
  modelNameOf(ref: string): string | undefined
  meanings: Map<string, SchemeMeaning>
  rootSecurity: unknown
  validatorIdsByName: Map<string, string>
  defaultValidatorId: string | undefined
  consumes: string[]
  produces: string[]
}

const OPERATION_FIELDS = new Set([
  'tags',
  'summary',
  'description',
  'operationId',
  'parameters',
  'requestBody',
  'responses',
  'security',
  'consumes',
  'produces',
  'x-amazon-apigateway-integration',
  'x-amazon-apigateway-request-validator',
  'x-amazon-apigateway-auth',
])
const LOCATIONS: Record<string, string> = { path: 'path', query: 'querystring', header: 'header' }
const PRIMITIVE_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null'])

/**
 * Finds or creates the model for a body / response schema: a `$ref` to a named schema uses
 * that model; an inline object or array schema becomes a generated `MODEL…` model (as AWS's
 * importer does); an inline primitive schema is refused, as AWS refuses it.
 */
function modelFor(
  ctx: ImportContext,
  scope: OperationScope,
  schema: unknown,
  at: string,
  contentType: string,
  what: string,
): string | undefined {
  if (!isRecord(schema)) return undefined
  if (typeof schema.$ref === 'string') {
    const named = scope.modelNameOf(schema.$ref)
    if (named !== undefined) return named
  }
  const { value: resolved } = ctx.deref(schema, at)
  if (!isRecord(resolved) || Object.keys(resolved).length === 0) return undefined
  const type = resolved.type
  if (typeof type === 'string' && PRIMITIVE_TYPES.has(type) && resolved.properties === undefined) {
    ctx.warn(
      `Unable to create model for ${what}: an inline schema of type '${type}' is not a model (API Gateway needs an object schema or a $ref to a named one); no model was attached.`,
      at,
    )
    return undefined
  }
  const segments = at
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  const converted = scope.converter.convert(schema, segments, `The schema of ${what}`)
  const hash = jsonHash(converted)
  let name = `MODEL${hash.slice(0, 6)}`
  for (let i = 2; scope.api.models[name] && jsonHash(scope.api.models[name]!.schema) !== hash; i++) {
    name = `MODEL${hash.slice(0, 6)}${i}`
  }
  if (!scope.api.models[name]) {
    scope.api.models[name] = {
      name,
      contentType,
      schema: converted,
      inline: true,
      openApiSource: { flavour: scope.flavour, schema, schemaHash: hash },
    }
  }
  return name
}

/** Operation object → REST Method. `renames` maps path variables renamed by a repair. */
export function readOperation(
  ctx: ImportContext,
  scope: OperationScope,
  op: Record<string, unknown>,
  at: string,
  verb: HttpMethod,
  pathLabel: string,
  pathParameters: unknown,
  pathItemAt: string,
  renames: Map<string, string>,
): Method {
  const label = `${verb} ${pathLabel}`
  const method: Method = {
    httpMethod: verb,
    authorizationType: 'NONE',
    apiKeyRequired: false,
    requestParameters: {},
    requestModels: {},
    methodResponses: {},
  }
  const detail: NonNullable<Method['openApiDetail']> = {}

  // Parameters: path-level ones, overridden by operation-level ones with the same name and location.
  const params = new Map<string, { value: Record<string, unknown>; at: string }>()
  const collect = (list: unknown, listAt: string) => {
    if (list === undefined) return
    if (!Array.isArray(list)) {
      ctx.warn(`${label}: "parameters" must be a list; ignored.`, listAt)
      return
    }
    list.forEach((p, i) => {
      const { value } = ctx.deref(p, `${listAt}/${i}`)
      if (!isRecord(value) || typeof value.name !== 'string' || typeof value.in !== 'string') {
        ctx.warn(`${label}: a parameter without a name and location was ignored.`, `${listAt}/${i}`)
        return
      }
      params.set(`${value.in}\u0000${value.name}`, { value, at: `${listAt}/${i}` })
    })
  }
  collect(pathParameters, `${pathItemAt}/parameters`)
  collect(op.parameters, `${at}/parameters`)
  for (const { value: p, at: pAt } of params.values()) {
    const where = p.in as string
    let name = p.name as string
    if (where === 'body') {
      detail.bodyParameterName = name
      const extra = omit(p, ['name', 'in', 'schema', 'required'])
      if (p.required !== undefined) extra.required = p.required
      if (Object.keys(extra).length > 0) detail.requestBody = extra
      const consumes = stringList(op.consumes) ?? scope.consumes
      for (const ct of consumes) {
        const model = modelFor(ctx, scope, p.schema, `${pAt}/schema`, ct, `the request body of '${label}'`)
        if (model) method.requestModels[ct] = model
      }
      continue
    }
    const location = LOCATIONS[where]
    if (!location) {
      ctx.warn(`${label}: ${where} parameter "${name}" is not supported by API Gateway; ignored.`, pAt)
      continue
    }
    if (where === 'path') {
      if (name.endsWith('+')) name = name.slice(0, -1)
      name = renames.get(name) ?? name
    }
    const key = `method.request.${location}.${name}`
    method.requestParameters[key] = where === 'path' ? true : p.required === true
    const extra = omit(p, ['name', 'in', 'required'])
    if (where === 'path' && name !== p.name) extra['x-gatewright-name'] = p.name
    if (Object.keys(extra).length > 0 && !isDefaultParameterDetail(extra)) {
      detail.parameters ??= {}
      detail.parameters[key] = extra
    }
  }

  // Request body (OpenAPI 3).
  if (op.requestBody !== undefined) {
    const { value: body, at: bodyAt } = ctx.deref(op.requestBody, `${at}/requestBody`)
    if (isRecord(body)) {
      const extra = omit(body, ['content'])
      if (Object.keys(extra).length > 0) detail.requestBody = extra
      if (isRecord(body.content)) {
        for (const [ct, media] of Object.entries(body.content)) {
          if (!isRecord(media)) continue
          const mediaAt = child(bodyAt, 'content', ct)
          const model = modelFor(
            ctx,
            scope,
            media.schema,
            `${mediaAt}/schema`,
            ct,
            `the request body of '${label}'`,
          )
          if (model) method.requestModels[ct] = model
          const mediaExtra = omit(media, ['schema'])
          if (Object.keys(mediaExtra).length > 0) {
            detail.requestBody ??= {}
            const content = isRecord(detail.requestBody.content) ? detail.requestBody.content : {}
            content[ct] = mediaExtra
            detail.requestBody.content = content
          }
        }
      }
    }
  }

  // Responses.
  const statuses = new Set<string>()
  if (!isRecord(op.responses) || Object.keys(op.responses).length === 0) {
    ctx.warn(`No responses specified for '${label}'`, `${at}/responses`)
  } else {
    for (const [code, raw] of Object.entries(op.responses)) {
      const rAt = `${at}/responses/${code}`
      if (!/^[1-5]\d\d$/.test(code)) {
        ctx.warn(
          `'${label}': the response "${code}" is not a status code; API Gateway method responses need one, so it was skipped.`,
          rAt,
        )
        continue
      }
      if (isRecord(raw) && typeof raw.$ref === 'string') {
        ctx.warn(
          `'${label}': the ${code} response is a $ref ("${raw.$ref}"), which API Gateway's importer does not support; it was inlined.`,
          rAt,
        )
      }
      const { value: r, at: resolvedAt } = ctx.deref(raw, rAt)
      if (!isRecord(r)) continue
      statuses.add(code)
      const response: MethodResponse = { statusCode: code, responseParameters: {}, responseModels: {} }
      if (typeof r.description === 'string' && r.description !== '') response.description = r.description
      if (isRecord(r.headers)) {
        for (const [h, hv] of Object.entries(r.headers)) {
          const { value: header } = ctx.deref(hv, `${resolvedAt}/headers/${h}`)
          response.responseParameters[`method.response.header.${h}`] =
            isRecord(header) && header.required === true
          if (isRecord(header)) {
            const extra = omit(header, ['required'])
            if (Object.keys(extra).length > 0) {
              detail.responseHeaders ??= {}
              detail.responseHeaders[code] ??= {}
              detail.responseHeaders[code][h] = extra
            }
          }
        }
      }
      const what = `${code} response to method '${label}'`
      if (scope.flavour === 'oas30' && isRecord(r.content)) {
        for (const [ct, media] of Object.entries(r.content)) {
          if (!isRecord(media)) continue
          const mediaAt = child(resolvedAt, 'content', ct, 'schema')
          const model = modelFor(ctx, scope, media.schema, mediaAt, ct, `${what}`)
          if (model) response.responseModels[ct] = model
          else {
            detail.responseContent ??= {}
            detail.responseContent[code] ??= {}
            detail.responseContent[code][ct] = media
          }
        }
      } else if (scope.flavour === 'swagger2' && r.schema !== undefined) {
        for (const ct of stringList(op.produces) ?? scope.produces) {
          const model = modelFor(ctx, scope, r.schema, `${resolvedAt}/schema`, ct, what)
          if (model) response.responseModels[ct] = model
        }
      }
      method.methodResponses[code] = response
    }
  }

  // Operation fields.
  const operationId = readString(ctx, op.operationId, `${at}/operationId`, 'operationId')
  if (operationId !== undefined) method.operationName = operationId
  if (typeof op.summary === 'string') method.summary = op.summary
  if (typeof op.description === 'string') method.description = op.description
  if (Array.isArray(op.tags)) method.tags = op.tags.filter((t): t is string => typeof t === 'string')

  // Authorization.
  const auth = op['x-amazon-apigateway-auth']
  if (isRecord(auth)) {
    const t = String(auth.type ?? '').toUpperCase()
    if (t === 'AWS_IAM') method.authorizationType = 'AWS_IAM'
    else if (t !== 'NONE')
      ctx.warn(
        `x-amazon-apigateway-auth type "${show(auth.type)}" is not NONE or AWS_IAM; ignored.`,
        `${at}/x-amazon-apigateway-auth/type`,
      )
  }
  const security = op.security !== undefined ? op.security : scope.rootSecurity
  applySecurity(
    ctx,
    method,
    security,
    op.security !== undefined ? `${at}/security` : '/security',
    scope.meanings,
  )

  // Request validator.
  const validatorName = readString(
    ctx,
    op['x-amazon-apigateway-request-validator'],
    `${at}/x-amazon-apigateway-request-validator`,
    'request validator',
  )
  if (validatorName !== undefined) {
    const id = scope.validatorIdsByName.get(validatorName)
    if (id) method.requestValidatorId = id
    else
      ctx.warn(
        `'${label}': there is no request validator named "${validatorName}"; ignored.`,
        `${at}/x-amazon-apigateway-request-validator`,
      )
  } else if (scope.defaultValidatorId !== undefined) {
    method.requestValidatorId = scope.defaultValidatorId
  }

  // Integration.
  const rawIntegration = op['x-amazon-apigateway-integration']
  if (rawIntegration !== undefined) {
    let integrationValue: unknown = rawIntegration
    let integrationAt = `${at}/x-amazon-apigateway-integration`
    if (isRecord(rawIntegration) && typeof rawIntegration.$ref === 'string') {
      ctx.warn(
        `'${label}': REST import of a $ref integration is not documented by AWS; the reference was resolved.`,
        integrationAt,
      )
      const target = ctx.deref(rawIntegration, integrationAt)
      integrationValue = target.value
      integrationAt = target.at
    }
    if (isRecord(integrationValue)) {
      const integration = readRestIntegration(ctx, integrationValue, integrationAt, statuses, label)
      if (integration) {
        if (renames.size > 0) {
          for (const [k, v] of Object.entries(integration.requestParameters)) {
            const m = /^method\.request\.path\.(.+)$/.exec(v)
            if (m && renames.has(m[1]!))
              integration.requestParameters[k] = `method.request.path.${renames.get(m[1]!)}`
          }
        }
        method.integration = integration
      }
    } else {
      ctx.fail(
        `Unable to put integration on '${label}': x-amazon-apigateway-integration must be an object`,
        integrationAt,
        'ignored',
      )
    }
  }

  // Kept verbatim for the export.
  const extras: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(op)) {
    if (OPERATION_FIELDS.has(key)) continue
    if (key.startsWith('x-amazon-apigateway-')) {
      if (key === 'x-amazon-apigateway-any-method') continue
      ctx.warn(`Unknown extension ${key} on '${label}'; kept as is.`, `${at}/${key}`)
    }
    extras[key] = value
  }
  if (Object.keys(extras).length > 0) method.vendorExtensions = extras
  if (Object.keys(detail).length > 0) method.openApiDetail = detail
  return method
}

/** What the exporter writes for a parameter with no detail: `{type: string}` or `{schema: {type: string}}`. */
function isDefaultParameterDetail(extra: Record<string, unknown>): boolean {
  const keys = Object.keys(extra)
  if (keys.length !== 1) return false
  if (extra.type === 'string') return true
  return isRecord(extra.schema) && Object.keys(extra.schema).length === 1 && extra.schema.type === 'string'
}

function omit(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(record)) if (!keys.includes(k)) out[k] = v
  return out
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined
}
