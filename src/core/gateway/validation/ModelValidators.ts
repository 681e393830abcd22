import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04'
import type { RestApi } from '../../model/rest/RestApi'

/** The URL AWS gives a model once created; `$ref`s between models use it. */
export function modelUrl(apiId: string, name: string): string {
  return `https://apigateway.amazonaws.com/restapis/${apiId}/models/${name}`
}

/** Rewrites `#/definitions/Name` refs that point at another model (import form) to the model's URL. */
function rewriteRefs(value: unknown, apiId: string, localDefs: Set<string>, models: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, apiId, localDefs, models))
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === '$ref' && typeof v === 'string') {
      const m = /^#\/definitions\/(.+)$/.exec(v)
      if (m && !localDefs.has(m[1]!) && models.has(m[1]!)) {
        out[k] = modelUrl(apiId, m[1]!)
        continue
      }
    }
    out[k] = rewriteRefs(v, apiId, localDefs, models)
  }
  return out
}

/**
 * JSON Schema draft 4 validators for an API's models, compiled on first use and kept for the
 * deployment's lifetime. Models may `$ref` each other (by URL or `#/definitions/Name`), also
 * recursively. `format` is not enforced (AWS does not enforce `format: byte`).
 */
export class ModelValidators {
  private ajv: Ajv | undefined
  private readonly cache = new Map<string, ValidateFunction | Error>()

  constructor(private readonly api: RestApi) {}

  private instance(): Ajv {
    if (this.ajv !== undefined) return this.ajv
    const ajv = new Ajv({
      allErrors: true,
      verbose: true,
      strict: false,
      validateFormats: false,
      logger: false,
    })
    const names = new Set(Object.keys(this.api.models))
    for (const model of Object.values(this.api.models)) {
      const schema = model.schema
      if (schema === null || typeof schema !== 'object') continue
      const defs = (schema as { definitions?: Record<string, unknown> }).definitions
      const local = new Set(defs ? Object.keys(defs) : [])
      const rewritten = rewriteRefs(schema, this.api.id, local, names) as Record<string, unknown>
      const { $schema: _ignored, id: _id, $id: _id2, ...rest } = rewritten
      try {
        ajv.addSchema({ ...rest, id: modelUrl(this.api.id, model.name) })
      } catch {
        // A broken model surfaces when a method validates against it.
      }
    }
    this.ajv = ajv
    return ajv
  }

  /** The validator of a model, or the Error that stopped it compiling. */
  get(modelName: string): ValidateFunction | Error | undefined {
    const hit = this.cache.get(modelName)
    if (hit !== undefined) return hit
    if (!Object.hasOwn(this.api.models, modelName)) return undefined
    let result: ValidateFunction | Error
    try {
      const fn = this.instance().getSchema(modelUrl(this.api.id, modelName))
      result = fn ?? new Error(`model ${modelName} could not be compiled`)
    } catch (e) {
      result = e instanceof Error ? e : new Error(String(e))
    }
    this.cache.set(modelName, result)
    return result
  }
}

function j(value: unknown): string {
  return JSON.stringify(value)
}

/**
 * One validation error worded like the Java json-schema-validator AWS uses (as far as its
 * messages are known; see docs/fidelity.md).
 */
export function describeSchemaError(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'required':
      return `object has missing required properties ([${j(p.missingProperty)}])`
    case 'type': {
      const allowed = String(p.type).split(',')
      return `instance type (${typeOfInstance(e.data)}) does not match any allowed primitive type (allowed: [${allowed
        .map((t) => j(t))
        .join(',')}])`
    }
    case 'enum':
      return `instance value (${j(e.data)}) not found in enum (possible values: ${j(p.allowedValues)})`
    case 'minimum':
      return `numeric instance is lower than the required minimum (minimum: ${p.limit}, found: ${j(e.data)})`
    case 'maximum':
      return `numeric instance is greater than the required maximum (maximum: ${p.limit}, found: ${j(e.data)})`
    case 'minLength':
      return `string ${j(e.data)} is too short (length: ${String(e.data).length}, required minimum: ${p.limit})`
    case 'maxLength':
      return `string ${j(e.data)} is too long (length: ${String(e.data).length}, maximum allowed: ${p.limit})`
    case 'pattern':
      return `ECMA 262 regex ${j(p.pattern)} does not match input string ${j(e.data)}`
    case 'additionalProperties':
      return `object instance has properties which are not allowed by the schema: [${j(p.additionalProperty)}]`
    default:
      return `${e.instancePath || 'instance'} ${e.message ?? 'is invalid'}`
  }
}

function typeOfInstance(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}
