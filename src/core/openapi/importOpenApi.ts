import type { HttpApi } from '../model/http/HttpApi'
import { CURRENT_SCHEMA_VERSION, type Project } from '../model/project'
import type { RestApi } from '../model/rest/RestApi'
import type { IdSource } from '../ports/IdSource'
import { substituteAwsVariables } from './cloudFormation'
import { type ConvertOptions, ImportContext, type ImportProgress, isRecord } from './ImportContext'
import { ImportAbort, type ImportIssue } from './ImportIssue'
import { convertHttpApi } from './importHttpApi'
import { convertRestApi } from './importRestApi'
import { mergeRestApi, overwriteRestApi } from './mergeRestApi'
import { parseDocument, type SourceFormat } from './parseDocument'

export type ImportMode = 'new' | 'overwrite' | 'merge'
export type OpenApiFlavour = 'oas30' | 'swagger2'

export interface ImportOptions {
  /** `new` (default) creates an API; `overwrite` / `merge` update `targetApiId` as PutRestApi does. */
  mode?: ImportMode
  targetApiId?: string
  /** Roll back when there are warnings, and report them (AWS's `failonwarnings`). */
  failOnWarnings?: boolean
  /**
   * Import files AWS would refuse by repairing what it refuses (non-alphanumeric model names,
   * path parameters that are not whole segments, CloudFormation intrinsics, …). Each repair is a
   * warning that quotes AWS's error in `awsError`. Off by default, as AWS.
   */
  repair?: boolean
  /** Which kind of API to make; `auto` (default) reads the extensions the document uses. */
  apiType?: 'auto' | 'rest' | 'http'
  basepath?: ConvertOptions['basepath']
  ignoreDocumentation?: boolean
  endpointType?: ConvertOptions['endpointType']
  onProgress?: (progress: ImportProgress) => void
}

export interface ImportResult {
  /** False when the import was refused: `project` is then the very object passed in. */
  ok: boolean
  project: Project
  apiId?: string
  apiType?: 'rest' | 'http'
  flavour?: OpenApiFlavour
  format?: SourceFormat
  issues: ImportIssue[]
  errors: ImportIssue[]
  warnings: ImportIssue[]
  /** True when `failOnWarnings` turned warnings into a refusal. */
  failedOnWarnings?: boolean
}

interface Detected {
  flavour: OpenApiFlavour
  doc: Record<string, unknown>
  format: SourceFormat
}

/** Parses, checks the version, and substitutes AWS's import-time variables. */
function readDocument(text: string, project: Pick<Project, 'settings'>, ctxIssues: ImportIssue[]): Detected {
  const substituted = substituteAwsVariables(text, project.settings.region, project.settings.accountId)
  const { doc, format } = parseDocument(substituted)
  const openapi = doc.openapi
  const swagger = doc.swagger
  if (openapi !== undefined) {
    const v =
      typeof openapi === 'number'
        ? Number.isInteger(openapi)
          ? `${openapi}.0`
          : String(openapi)
        : typeof openapi === 'string'
          ? openapi
          : JSON.stringify(openapi)
    if (typeof openapi === 'number') {
      ctxIssues.push({
        severity: 'warning',
        message: `"openapi" should be a string such as "3.0.1", not the number ${openapi}.`,
        pointer: '/openapi',
      })
    }
    if (/^3\.0(\.\d+)?$/.test(v)) return { flavour: 'oas30', doc, format }
    throw new ImportAbort({
      severity: 'error',
      message: `Invalid OpenAPI input. API Gateway imports OpenAPI 3.0.x and Swagger 2.0 only; this document declares openapi: ${v}.${v.startsWith('3.1') ? ' Convert it to 3.0 (for example replace type lists with nullable and drop 3.1-only keywords) before importing.' : ''}`,
      pointer: '/openapi',
    })
  }
  if (swagger !== undefined) {
    if (String(swagger) === '2.0' || swagger === 2) {
      if (typeof swagger === 'number')
        ctxIssues.push({
          severity: 'warning',
          message: '"swagger" should be the string "2.0".',
          pointer: '/swagger',
        })
      return { flavour: 'swagger2', doc, format }
    }
    throw new ImportAbort({
      severity: 'error',
      message: `Invalid OpenAPI input. Unsupported swagger version ${typeof swagger === 'string' ? swagger : JSON.stringify(swagger)}; only 2.0 is supported.`,
      pointer: '/swagger',
    })
  }
  throw new ImportAbort({
    severity: 'error',
    message:
      'Invalid OpenAPI input. The document has neither an "openapi" (3.0.x) nor a "swagger" (2.0) version field.',
    pointer: '',
  })
}

const REST_SIGNALS = [
  'x-amazon-apigateway-gateway-responses',
  'x-amazon-apigateway-request-validators',
  'x-amazon-apigateway-policy',
  'x-amazon-apigateway-documentation',
  'x-amazon-apigateway-binary-media-types',
  'x-amazon-apigateway-minimum-compression-size',
  'x-amazon-apigateway-api-key-source',
]

/** REST unless the document only uses HTTP API features (payload format, cors, reusable integrations, $default). */
export function detectApiType(doc: Record<string, unknown>, flavour: OpenApiFlavour): 'rest' | 'http' {
  if (flavour === 'swagger2') return 'rest'
  if (REST_SIGNALS.some((k) => doc[k] !== undefined)) return 'rest'
  let http =
    doc['x-amazon-apigateway-cors'] !== undefined ||
    doc['x-amazon-apigateway-importexport-version'] !== undefined
  if (isRecord(doc.components) && doc.components['x-amazon-apigateway-integrations'] !== undefined)
    http = true
  let rest = false
  if (isRecord(doc.paths)) {
    for (const [path, item] of Object.entries(doc.paths)) {
      if (path === '/$default') http = true
      if (!isRecord(item)) continue
      for (const op of Object.values(item)) {
        if (!isRecord(op)) continue
        if (op.isDefaultRoute !== undefined) http = true
        const i = op['x-amazon-apigateway-integration']
        if (!isRecord(i)) continue
        if (i.payloadFormatVersion !== undefined || i.integrationSubtype !== undefined) http = true
        const type = String(i.type ?? '').toLowerCase()
        if (
          type === 'aws' ||
          type === 'http' ||
          type === 'mock' ||
          i.requestTemplates !== undefined ||
          i.responses !== undefined
        ) {
          rest = true
        }
      }
    }
  }
  return http && !rest ? 'http' : 'rest'
}

function uniqueApiId(project: Project, ids: IdSource): string {
  const taken = new Set([...project.restApis.map((a) => a.id), ...project.httpApis.map((a) => a.id)])
  for (;;) {
    const id = ids.shortId(10)
    if (!taken.has(id)) return id
  }
}

function finish(
  project: Project,
  partial: Omit<ImportResult, 'errors' | 'warnings' | 'ok' | 'project'> & { project?: Project },
  failOnWarnings: boolean,
): ImportResult {
  const errors = partial.issues.filter((i) => i.severity === 'error')
  const warnings = partial.issues.filter((i) => i.severity === 'warning')
  if (errors.length > 0 || !partial.project) {
    const { project: _p, apiId: _a, ...rest } = partial
    return { ...rest, ok: false, project, errors, warnings }
  }
  if (failOnWarnings && warnings.length > 0) {
    const { project: _p, apiId: _a, ...rest } = partial
    return { ...rest, ok: false, project, errors, warnings, failedOnWarnings: true }
  }
  return { ...partial, ok: true, project: partial.project, errors, warnings }
}

/**
 * Imports an OpenAPI 3.0 / Swagger 2.0 document (JSON or YAML text) into a project, as API
 * Gateway's ImportRestApi / PutRestApi (or apigatewayv2 ImportApi / ReimportApi) would.
 * Pure and atomic: on an error (or a warning with `failOnWarnings`) the result carries the
 * untouched input project and `ok: false`.
 */
export function importOpenApi(
  project: Project,
  text: string,
  options: ImportOptions,
  ids: IdSource,
): ImportResult {
  const pre: ImportIssue[] = []
  const mode = options.mode ?? 'new'
  let meta: { apiType?: 'rest' | 'http'; flavour?: OpenApiFlavour; format?: SourceFormat } = {}
  let ctx: ImportContext | undefined
  try {
    options.onProgress?.({ phase: 'parse', done: 0, total: 1 })
    const { flavour, doc, format } = readDocument(text, project, pre)
    options.onProgress?.({ phase: 'parse', done: 1, total: 1 })
    meta = { flavour, format }
    const target =
      mode === 'new'
        ? undefined
        : (project.restApis.find((a) => a.id === options.targetApiId) ??
          project.httpApis.find((a) => a.id === options.targetApiId))
    if (mode !== 'new' && !target) {
      throw new ImportAbort({
        severity: 'error',
        message: options.targetApiId
          ? `There is no API with id "${options.targetApiId}" to ${mode}.`
          : `Choose the API to ${mode}.`,
        pointer: '',
      })
    }
    const targetType = target ? (project.restApis.includes(target as RestApi) ? 'rest' : 'http') : undefined
    let apiType =
      targetType ??
      (options.apiType && options.apiType !== 'auto' ? options.apiType : detectApiType(doc, flavour))
    if (targetType && options.apiType && options.apiType !== 'auto' && options.apiType !== targetType) {
      pre.push({
        severity: 'warning',
        message: `The target API is a ${targetType.toUpperCase()} API; imported as one.`,
        pointer: '',
      })
      apiType = targetType
    }
    meta.apiType = apiType
    if (apiType === 'http' && flavour === 'swagger2') {
      throw new ImportAbort({
        severity: 'error',
        message: 'HTTP APIs import OpenAPI 3.0 only; a Swagger 2.0 file cannot become an HTTP API.',
        pointer: '/swagger',
      })
    }
    if (apiType === 'http' && mode === 'merge') {
      throw new ImportAbort({
        severity: 'error',
        message:
          'HTTP APIs have no merge mode: re-importing (ReimportApi) replaces the whole definition. Use overwrite.',
        pointer: '',
      })
    }
    const convertOptions: ConvertOptions = {
      region: project.settings.region,
      accountId: project.settings.accountId,
      ...(options.repair !== undefined ? { repair: options.repair } : {}),
      ...(options.basepath !== undefined ? { basepath: options.basepath } : {}),
      ...(options.ignoreDocumentation !== undefined
        ? { ignoreDocumentation: options.ignoreDocumentation }
        : {}),
      ...(options.endpointType !== undefined ? { endpointType: options.endpointType } : {}),
      ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
    }
    ctx = new ImportContext(doc, convertOptions, ids)
    const apiId = target?.id ?? uniqueApiId(project, ids)
    let next: Project
    if (apiType === 'rest') {
      const rootId = (target as RestApi | undefined)?.rootResourceId ?? ids.shortId(10)
      const { api } = convertRestApi(ctx, flavour, apiId, rootId)
      let result: RestApi = api
      if (target && mode === 'overwrite') result = overwriteRestApi(target as RestApi, api)
      if (target && mode === 'merge') result = mergeRestApi(target as RestApi, api, new Set(Object.keys(doc)))
      next = {
        ...project,
        restApis: target
          ? project.restApis.map((a) => (a.id === apiId ? result : a))
          : [...project.restApis, result],
      }
    } else {
      const api = convertHttpApi(ctx, apiId)
      const result: HttpApi = target ? { ...api, tags: { ...(target as HttpApi).tags, ...api.tags } } : api
      next = {
        ...project,
        httpApis: target
          ? project.httpApis.map((a) => (a.id === apiId ? result : a))
          : [...project.httpApis, result],
      }
    }
    options.onProgress?.({ phase: 'done', done: 1, total: 1 })
    return finish(
      project,
      { ...meta, project: next, apiId, issues: [...pre, ...ctx.issues] },
      options.failOnWarnings === true,
    )
  } catch (e) {
    const issue: ImportIssue =
      e instanceof ImportAbort
        ? e.issue
        : {
            severity: 'error',
            message: `Gatewright could not read this document: ${e instanceof Error ? e.message : String(e)}`,
            pointer: '',
          }
    return finish(project, { ...meta, issues: [...pre, ...(ctx?.issues ?? []), issue] }, false)
  }
}

/** A throwaway id source for checks that build an API only to report on it. */
class CountingIds implements IdSource {
  private n = 0
  uuid(): string {
    return `00000000-0000-4000-8000-${(++this.n).toString(16).padStart(12, '0')}`
  }
  shortId(length: number): string {
    return (++this.n).toString(36).padStart(length, '0')
  }
  random(): number {
    return 0.5
  }
}

/**
 * What AWS's importer would say about a document, without a project: its errors, warnings and
 * infos with JSON pointers (the `gatewright validate` command).
 */
export function checkOpenApi(
  text: string,
  options: Omit<ImportOptions, 'mode' | 'targetApiId'> & { region?: string; accountId?: string } = {},
): ImportResult {
  const empty: Project = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'check',
    name: 'check',
    createdAt: '',
    updatedAt: '',
    settings: { region: options.region ?? 'us-east-1', accountId: options.accountId ?? '123456789012' },
    restApis: [],
    httpApis: [],
    stages: [],
    deployments: [],
    usagePlans: [],
    apiKeys: [],
    functions: [],
    domainNames: [],
  }
  return importOpenApi(empty, text, { ...options, mode: 'new' }, new CountingIds())
}
