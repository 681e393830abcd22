import { readdirSync, readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { Project } from '../core/model/project'
import { resourcePaths } from '../core/model/rest/paths'
import { parseDocument } from '../core/openapi/parseDocument'
import { buildProject, corpusPath } from '../testing/builders'
import { SequentialIds } from '../testing/fakes'
import { exportOpenApi, importOpenApi } from './openapi'

/**
 * Round trip over every file of the shared corpus: import → export (same flavour and format)
 * → import gives an equal model, and the export differs from the source only in the ways
 * listed per file below, each with its reason.
 */

const REASONS = {
  version: 'Exports declare openapi 3.0.1 / swagger "2.0", the versions AWS’s export writes.',
  'enum-case':
    'Integration types and passthrough behaviours are written lower-case, as AWS’s export does (case is not significant on import).',
  'number-as-string':
    'statusCode and payloadFormatVersion are strings in AWS’s model; numbers in the source come back as strings.',
  defaults:
    'Values equal to AWS’s defaults (timeout 29000, TTL 300, when_no_match, HEADER, empty maps, required: false, empty description) are written or left out; the API is the same.',
  'aws-variables':
    'The AWS::Region, AWS::AccountId and AWS::Partition import variables are substituted at import, as API Gateway does.',
  'cfn-intrinsics':
    'CloudFormation intrinsics (Fn::Sub, Ref, Fn::GetAtt, …) were rendered as text by --repair; API Gateway itself refuses them.',
  'root-security':
    'Root-level security is applied to each operation on import (as AWS does) and written per operation.',
  'root-validator':
    'The API-wide default request validator is applied to each method on import and written per operation.',
  'media-types':
    'consumes / produces are written per operation only where they differ from application/json (the models carry their content types).',
  'legacy-auth':
    'x-amazon-apigateway-auth is written as a security requirement on an awsSigv4 scheme, the form the extension notes recommend.',
  'security-schemes':
    'Security schemes are rebuilt from the authorizers: IAM as "sigv4", API keys as "api_key", authorizer header names and authtypes as stored; references to schemes the document never defined are dropped.',
  parameters: 'Parameters are written inline ($ref resolved) with a schema, as AWS’s export does.',
  'non-status-responses':
    'Responses keyed "default" (not a status code) are not API Gateway method responses and are left out.',
  'http-only-fields':
    'Integration fields REST APIs do not have (payloadFormatVersion) are dropped, as the REST importer ignores them.',
  'rest-only-fields': 'Integration fields HTTP APIs do not have (passthroughBehavior) are dropped.',
  'documentation-fields':
    'createdDate in x-amazon-apigateway-documentation is not part of API Gateway’s documentation model.',
  'path-repair': 'Paths AWS cannot represent were repaired by --repair.',
  'unknown-fields':
    'Fields API Gateway does not have (here a template placed beside responseTemplates) were ignored, with a warning on import.',
  'required-fields': 'OpenAPI requires info.title; the name the import gave the API is written.',
} as const
type Reason = keyof typeof REASONS

/** The differences each corpus file is expected to show after a round trip. */
const INTENDED: Record<string, Reason[]> = {
  'awsdocs-aws-variables-tasks.oas30.yaml': ['aws-variables', 'defaults'],
  'awsdocs-binary-lambda-images.swagger.json': ['defaults', 'enum-case', 'media-types'],
  'awsdocs-binary-s3-images.oas30.json': ['version'],
  'awsdocs-documentation-parts.oas30.json': ['version'],
  'awsdocs-httpapi-petstore-cors.oas30.json': ['enum-case', 'number-as-string'],
  'awsdocs-httpapi-reusable-integrations.oas30.json': ['rest-only-fields'],
  'awsdocs-kinesis-proxy.oas30.json': ['defaults', 'parameters', 'version'],
  'awsdocs-lambda-custom-calc.swagger.json': ['media-types'],
  'awsdocs-request-validators.swagger.json': ['defaults', 'legacy-auth', 'parameters', 'root-validator'],
  'awsdocs-s3-proxy.swagger.json': ['media-types'],
  'awsdocs-simplecalc-vtl.swagger.json': ['media-types'],
  'awsdocs-vpclink-stagevar.swagger.json': ['media-types'],
  'importer-legacy-auth.swagger.json': [
    'defaults',
    'legacy-auth',
    'non-status-responses',
    'root-security',
    'security-schemes',
  ],
  'localstack-any-method.oas30.yaml': [],
  'localstack-basepath-server-variable.oas30.yaml': [],
  'localstack-circular-ref-validator.oas30.json': ['root-validator', 'version'],
  'localstack-cognito-authorizer.oas30.json': [
    'defaults',
    'enum-case',
    'http-only-fields',
    'parameters',
    'root-security',
    'security-schemes',
  ],
  'localstack-global-auth-apikey.oas30.json': ['root-security', 'security-schemes', 'version'],
  'localstack-httpapi-authorizer-cors.oas30.json': ['enum-case', 'number-as-string', 'security-schemes'],
  'localstack-mock-cors.swagger.json': ['defaults', 'media-types'],
  'localstack-petstore-documentation.swagger.json': ['documentation-fields', 'media-types'],
  'localstack-pulumi-gateway-responses.swagger.json': [
    'defaults',
    'media-types',
    'number-as-string',
    'security-schemes',
  ],
  'localstack-terraform.oas30.json': [],
  'moto-integration-documentation.oas30.yaml': ['defaults', 'enum-case', 'version'],
  'sam-example-swagger-cors.swagger.yaml': [
    'cfn-intrinsics',
    'defaults',
    'legacy-auth',
    'media-types',
    'number-as-string',
    'security-schemes',
    'version',
  ],
  'sam-translator-disable-execute-api.oas30.json': ['cfn-intrinsics', 'defaults', 'version'],
  'sam-translator-gateway-responses-all.oas30.json': ['cfn-intrinsics', 'defaults', 'version'],
  'sam-translator-httpapi-iam-cors-tags.oas30.json': ['cfn-intrinsics', 'security-schemes'],
  'sam-translator-resource-policy.swagger.json': ['cfn-intrinsics', 'defaults'],
  'sessions-httpapi-direct-integration.oas30.yaml': ['cfn-intrinsics'],
  'sessions-s12d-server.oas30.yaml': [
    'cfn-intrinsics',
    'enum-case',
    'parameters',
    'security-schemes',
    'unknown-fields',
  ],
  'sp-cache-key-parameters.oas30.yaml': ['cfn-intrinsics', 'defaults'],
  'sp-gateway-responses-validators.oas30.yaml': ['cfn-intrinsics', 'number-as-string'],
  'sp-httpapi-sfn-cors.oas30.yaml': ['cfn-intrinsics'],
  'sp-lambda-response-streaming.oas30.yaml': ['cfn-intrinsics', 'defaults'],
  'sp-rest-kinesis-with-httpapi-cors.oas30.yaml': ['cfn-intrinsics', 'enum-case'],
  'sp-rest-private-alb-timeout.swagger.yaml': ['cfn-intrinsics', 'defaults'],
  'sp-rest-vpclink-v2-alb.oas30.yaml': ['cfn-intrinsics', 'defaults'],
  'sp-restaurants-dynamodb-vtl.oas30.yaml': ['cfn-intrinsics'],
  'tf-apigwv2-complete-http.oas30.yaml': ['enum-case', 'required-fields'],
}

function isIntrinsic(v: unknown): boolean {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(v).length === 1 &&
    /^(Ref|Fn::.*)$/.test(Object.keys(v)[0]!)
  )
}
function containsIntrinsic(v: unknown): boolean {
  if (isIntrinsic(v)) return true
  if (typeof v === 'object' && v !== null) return Object.values(v).some(containsIntrinsic)
  return false
}
const DEFAULT_VALUES = [29000, 300, 'when_no_match', 'HEADER', false, '']
function isEmpty(v: unknown): boolean {
  return (
    (Array.isArray(v) && v.length === 0) ||
    (typeof v === 'object' && v !== null && Object.keys(v).length === 0)
  )
}

function classify(
  pointer: string,
  source: unknown,
  exported: unknown,
  doc: Record<string, unknown>,
  apiType: string,
): Reason | undefined {
  const segs = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  const last = segs[segs.length - 1]
  if (segs.length === 1 && (last === 'openapi' || last === 'swagger')) return 'version'
  if (containsIntrinsic(source)) return 'cfn-intrinsics'
  if (typeof source === 'string' && source.includes('${AWS::')) return 'aws-variables'
  if (
    typeof source === 'string' &&
    typeof exported === 'string' &&
    source.toLowerCase() === exported.toLowerCase()
  )
    return 'enum-case'
  if (
    typeof source === 'number' &&
    typeof exported === 'string' &&
    (String(source) === exported || source.toFixed(1) === exported)
  )
    return 'number-as-string'
  if (last === 'x-amazon-apigateway-request-validator') return 'root-validator'
  if (
    segs[0] === 'security' ||
    (segs[0] === 'paths' && segs[3] === 'security' && doc.security !== undefined && source === undefined)
  )
    return 'root-security'
  if (segs[0] === 'paths' && (segs[3] === 'security' || segs[3] === 'x-amazon-apigateway-auth')) {
    const op = (doc.paths as Record<string, Record<string, Record<string, unknown>>>)[segs[1]!]?.[segs[2]!]
    return op?.['x-amazon-apigateway-auth'] !== undefined ? 'legacy-auth' : 'security-schemes'
  }
  if (segs[0] === 'securityDefinitions' || (segs[0] === 'components' && segs[1] === 'securitySchemes'))
    return 'security-schemes'
  if (last === 'consumes' || last === 'produces') return 'media-types'
  if (segs[0] === 'paths' && (segs[3] === 'parameters' || segs[2] === 'parameters')) return 'parameters'
  if (segs[0] === 'paths' && segs[3] === 'responses' && segs[4] !== undefined && !/^[1-5]\d\d$/.test(segs[4]))
    return 'non-status-responses'
  if (last === 'payloadFormatVersion' && apiType === 'rest' && exported === undefined)
    return 'http-only-fields'
  if (last === 'passthroughBehavior' && apiType === 'http' && exported === undefined)
    return 'rest-only-fields'
  if (segs[0] === 'x-amazon-apigateway-documentation' && last === 'createdDate') return 'documentation-fields'
  if (
    (exported === undefined && (DEFAULT_VALUES.includes(source as never) || isEmpty(source))) ||
    (source === undefined && (DEFAULT_VALUES.includes(exported as never) || isEmpty(exported)))
  )
    return 'defaults'
  if (segs[0] === 'paths' && segs.length === 2) return 'path-repair'
  if (segs[0] === 'info' && last === 'title' && source === undefined) return 'required-fields'
  if (
    segs.includes('x-amazon-apigateway-integration') &&
    segs[segs.length - 3] === 'responses' &&
    exported === undefined
  )
    return 'unknown-fields'
  return undefined
}

function docDiff(
  a: unknown,
  b: unknown,
  pointer = '',
): { pointer: string; source: unknown; exported: unknown }[] {
  if (isDeepStrictEqual(a, b)) return []
  const objects =
    typeof a === 'object' &&
    a !== null &&
    typeof b === 'object' &&
    b !== null &&
    Array.isArray(a) === Array.isArray(b)
  if (!objects) return [{ pointer, source: a, exported: b }]
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)])
  return [...keys].flatMap((k) =>
    docDiff(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`,
    ),
  )
}

/** The API with ids replaced by what identifies things to a person (paths, names), for comparing two imports. */
function comparable(project: Project, apiId: string): unknown {
  const rest = project.restApis.find((a) => a.id === apiId)
  if (rest) {
    const paths = resourcePaths(rest)
    const resources: Record<string, unknown> = {}
    for (const r of Object.values(rest.resources)) {
      const methods: Record<string, unknown> = {}
      for (const [verb, m] of Object.entries(r.methods)) {
        methods[verb] = {
          ...m,
          authorizerId: m?.authorizerId ? rest.authorizers[m.authorizerId]?.name : undefined,
          requestValidatorId: m?.requestValidatorId
            ? rest.requestValidators[m.requestValidatorId]?.name
            : undefined,
        }
      }
      resources[paths.get(r.id)!] = methods
    }
    const byName = <T extends { id: string; name: string }>(m: Record<string, T>) =>
      Object.fromEntries(Object.values(m).map((x) => [x.name, { ...x, id: undefined }]))
    return JSON.parse(
      JSON.stringify({
        ...rest,
        id: undefined,
        rootResourceId: undefined,
        resources,
        authorizers: byName(rest.authorizers),
        requestValidators: byName(rest.requestValidators),
        policy: JSON.stringify(rest.policy ?? null).replaceAll(apiId, '{apiId}'),
      }),
    )
  }
  const http = project.httpApis.find((a) => a.id === apiId)!
  const routes: Record<string, unknown> = {}
  for (const r of Object.values(http.routes)) {
    const i = r.integrationId ? http.integrations[r.integrationId] : undefined
    routes[r.routeKey] = {
      ...r,
      id: undefined,
      integrationId: undefined,
      integration: i ? { ...i, id: undefined } : undefined,
      authorizerId: r.authorizerId ? http.authorizers[r.authorizerId]?.name : undefined,
    }
  }
  const authorizers = Object.fromEntries(
    Object.values(http.authorizers).map((a) => [a.name, { ...a, id: undefined }]),
  )
  return JSON.parse(JSON.stringify({ ...http, id: undefined, routes, integrations: undefined, authorizers }))
}

const files = readdirSync(corpusPath('openapi'))
  .filter((f) => !f.endsWith('.md'))
  .sort()

describe('corpus round trip', () => {
  it('covers the whole corpus (40 files)', () => {
    expect(files).toHaveLength(40)
  })
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(corpusPath(`openapi/${file}`), 'utf8')
      const flavour = file.includes('.swagger.') ? 'swagger2' : 'oas30'
      const format = file.endsWith('.json') ? 'json' : 'yaml'
      const first = importOpenApi(text, { repair: true, ids: new SequentialIds(), project: buildProject() })
      expect(first.errors).toEqual([])
      const exported = exportOpenApi(first.project, { flavour, format })
      const second = importOpenApi(exported.text, {
        repair: true,
        ids: new SequentialIds(99),
        project: buildProject(),
      })
      expect(second.errors).toEqual([])
      expect(comparable(second.project, second.apiId!)).toEqual(comparable(first.project, first.apiId!))
      const source = parseDocument(text).doc
      const diffs = docDiff(source, exported.document).map((d) => ({
        ...d,
        reason: classify(d.pointer, d.source, d.exported, source, first.apiType!),
      }))
      expect(diffs.filter((d) => d.reason === undefined)).toEqual([])
      const reasons = [...new Set(diffs.map((d) => d.reason!))].sort()
      expect({ file, reasons }).toEqual({ file, reasons: [...(INTENDED[file] ?? [])].sort() })
    })
  }
})

/** Only what API Gateway keeps: the model without the OpenAPI-only detail kept for lossless exports. */
function awsOnly(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v) =>
      ['openApiSource', 'openApiDetail', 'vendorExtensions', 'inline'].includes(key) ? undefined : v,
    ),
  )
}

describe('corpus round trip across flavours', () => {
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(corpusPath(`openapi/${file}`), 'utf8')
      const first = importOpenApi(text, { repair: true, ids: new SequentialIds(), project: buildProject() })
      if (first.apiType === 'http') return // HTTP APIs have only OpenAPI 3.0
      const other = file.includes('.swagger.') ? 'oas30' : 'swagger2'
      const exported = exportOpenApi(first.project, {
        flavour: other,
        format: file.endsWith('.json') ? 'yaml' : 'json',
      })
      const second = importOpenApi(exported.text, {
        repair: true,
        ids: new SequentialIds(99),
        project: buildProject(),
      })
      expect(second.errors).toEqual([])
      expect(awsOnly(comparable(second.project, second.apiId!))).toEqual(
        awsOnly(comparable(first.project, first.apiId!)),
      )
    })
  }
})

/** What API Gateway says about each large file: the first error without repair, and how much repair had to fix. */
const LARGE: Record<string, { error: string | null; repaired: number; paths: number }> = {
  'argo-workflows.swagger.json': {
    error:
      "Unable to create model for 'eventsource.CreateEventSourceRequest': Model name must be alphanumeric: eventsource.CreateEventSourceRequest",
    repaired: 425,
    paths: 53,
  },
  'box-platform.oas30.json': {
    error: "Unable to create model for 'AiItem--Base': Model name must be alphanumeric: AiItem--Base",
    repaired: 43,
    paths: 186,
  },
  'openai-2025-04-29.oas30.yaml': { error: null, repaired: 0, paths: 99 },
  'stripe-spec3-2021-08-25.oas30.json': {
    error:
      "Unable to create model for 'account_bacs_debit_payments_settings': Model name must be alphanumeric: account_bacs_debit_payments_settings",
    repaired: 429,
    paths: 234,
  },
  'twilio-api-v2010.oas30.json': {
    error:
      "Unable to create model for 'api.v2010.account': Model name must be alphanumeric: api.v2010.account",
    repaired: 148,
    paths: 121,
  },
}

describe('large corpus files', () => {
  const large = readdirSync(corpusPath('openapi-large'))
    .filter((f) => !f.endsWith('.md'))
    .sort()
  it('lists the five large files', () => expect(large).toEqual(Object.keys(LARGE).sort()))
  for (const file of large) {
    it(`${file}: AWS's verdict, then a repaired import with its warnings`, () => {
      const text = readFileSync(corpusPath(`openapi-large/${file}`), 'utf8')
      const expected = LARGE[file]!
      const strict = importOpenApi(text, { ids: new SequentialIds(), project: buildProject() })
      expect(strict.errors[0]?.message ?? null).toBe(expected.error)
      const repaired = importOpenApi(text, {
        repair: true,
        ids: new SequentialIds(),
        project: buildProject(),
      })
      expect(repaired.ok).toBe(true)
      expect(repaired.warnings.length).toBeGreaterThan(0)
      const modelRepairs = repaired.warnings.filter((w) =>
        w.awsError?.includes('Model name must be alphanumeric'),
      )
      expect(modelRepairs).toHaveLength(expected.repaired)
      const api = repaired.project.restApis[0]!
      const methods = Object.values(api.resources).reduce((n, r) => n + Object.keys(r.methods).length, 0)
      expect(methods).toBeGreaterThan(expected.paths)
      // every warning points at a place in the document (or at a field the operation lacks)
      const doc = parseDocument(text).doc
      const unresolved = repaired.issues
        .filter((w) => !w.message.startsWith('No responses specified'))
        .filter((w) => {
          let node: unknown = doc
          for (const seg of w.pointer.split('/').slice(1)) {
            const key = seg.replace(/~1/g, '/').replace(/~0/g, '~')
            node =
              typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined
          }
          return node === undefined
        })
        .map((w) => `${w.pointer} ${w.message}`)
      expect(unresolved).toEqual([])
    })
  }
})
