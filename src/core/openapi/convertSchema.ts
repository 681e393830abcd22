import type { ImportContext } from './ImportContext'
import { isRecord } from './ImportContext'
import { parsePointer, pointer } from './ImportIssue'

/**
 * OpenAPI schema → API Gateway model schema (JSON Schema draft 4). References to named
 * schemas become `#/definitions/{ModelName}` (the form API Gateway's importer writes);
 * keywords API Gateway does not support are dropped with one warning per model and keyword.
 */

const DRAFT4_KEYWORDS = new Set([
  '$schema',
  'id',
  'title',
  'description',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'maxLength',
  'minLength',
  'pattern',
  'additionalItems',
  'items',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'required',
  'additionalProperties',
  'definitions',
  'properties',
  'patternProperties',
  'dependencies',
  'enum',
  'type',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'format',
])
/** Listed by AWS as not supported in models (dropped on import). */
const AWS_UNSUPPORTED = new Set(['discriminator', 'example', 'exclusiveMinimum', 'readOnly', 'default'])
/** OpenAPI's own schema keywords that are not JSON Schema draft 4. */
const OPENAPI_ONLY = new Set([
  'nullable',
  'writeOnly',
  'xml',
  'externalDocs',
  'examples',
  'deprecated',
  'const',
  '$id',
  '$comment',
])
const SUBSCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions'])
const SUBSCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf'])
const SUBSCHEMA_SINGLE = new Set(['not', 'additionalProperties', 'additionalItems'])

export interface SchemaConverter {
  convert(schema: unknown, segments: (string | number)[], owner: string): unknown
  /** Emits the collected keyword warnings (one per model and keyword). */
  flush(): void
}

/**
 * @param modelNameOf maps a `$ref` string to the model name it designates, or `undefined` when
 *   it does not point at a named schema (the target is then inlined).
 */
export function createSchemaConverter(
  ctx: ImportContext,
  modelNameOf: (ref: string) => string | undefined,
  flavour: 'oas30' | 'swagger2',
): SchemaConverter {
  const dropped = new Map<
    string,
    { owner: string; keyword: string; count: number; at: string; why: string }
  >()

  function note(
    owner: string,
    keyword: string,
    segments: (string | number)[],
    why: string,
    field = keyword,
  ): void {
    const key = `${owner}\u0000${keyword}`
    const hit = dropped.get(key)
    if (hit) hit.count++
    else dropped.set(key, { owner, keyword, count: 1, at: pointer(...segments, field), why })
  }

  function convert(
    schema: unknown,
    segments: (string | number)[],
    owner: string,
    stack: Set<string>,
  ): unknown {
    if (Array.isArray(schema)) return schema.map((s, i) => convert(s, [...segments, i], owner, stack))
    if (!isRecord(schema)) return schema
    if (typeof schema.$ref === 'string') {
      const ref = schema.$ref
      const name = modelNameOf(ref)
      if (name !== undefined) return { $ref: `#/definitions/${name}` }
      if (stack.has(ref)) {
        ctx.warn(
          `The schema reference "${ref}" is circular and does not name a model; it was replaced by an empty schema.`,
          pointer(...segments, '$ref'),
        )
        return {}
      }
      const target = ctx.deref(schema, pointer(...segments))
      const next = new Set(stack)
      next.add(ref)
      return convert(target.value, parsePointer(target.at), owner, next)
    }
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(schema)) {
      if (key.startsWith('x-')) continue
      if (AWS_UNSUPPORTED.has(key)) {
        note(owner, key, segments, 'not supported by API Gateway models')
        continue
      }
      if (OPENAPI_ONLY.has(key)) {
        note(owner, key, segments, 'not part of JSON Schema draft 4')
        continue
      }
      if (!DRAFT4_KEYWORDS.has(key)) {
        note(owner, key, segments, 'not a JSON Schema draft 4 keyword')
        continue
      }
      if (key === 'format') {
        const type = schema.type
        if (value === 'decimal' || (type === 'number' && (value === 'int32' || value === 'int64'))) {
          note(
            owner,
            `format: ${String(value)}`,
            segments,
            `not supported by API Gateway models${type === 'number' ? ' on type number' : ''}`,
            'format',
          )
          continue
        }
      }
      if (key === 'oneOf' && flavour === 'swagger2') {
        note(owner, key, segments, 'not supported for Swagger 2.0 (kept)')
      }
      if (SUBSCHEMA_MAPS.has(key) && isRecord(value)) {
        const map: Record<string, unknown> = {}
        for (const [k, v] of Object.entries(value)) map[k] = convert(v, [...segments, key, k], owner, stack)
        out[key] = map
      } else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) {
        out[key] = value.map((v, i) => convert(v, [...segments, key, i], owner, stack))
      } else if ((SUBSCHEMA_SINGLE.has(key) && isRecord(value)) || key === 'items') {
        out[key] = convert(value, [...segments, key], owner, stack)
      } else if (key === 'dependencies' && isRecord(value)) {
        const deps: Record<string, unknown> = {}
        for (const [k, v] of Object.entries(value))
          deps[k] = Array.isArray(v) ? v : convert(v, [...segments, key, k], owner, stack)
        out[key] = deps
      } else {
        out[key] = value
      }
    }
    return out
  }

  return {
    convert: (schema, segments, owner) => convert(schema, segments, owner, new Set()),
    flush() {
      for (const d of dropped.values()) {
        const places = d.count > 1 ? ` (${d.count} places)` : ''
        ctx.warn(`${d.owner}: '${d.keyword}' is ${d.why}; it was dropped${places}.`, d.at)
      }
      dropped.clear()
    },
  }
}
