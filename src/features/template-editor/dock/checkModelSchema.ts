import Ajv from 'ajv-draft-04'
import type { RestApi } from '../../../core/model/rest/RestApi'

export interface SchemaProblem {
  message: string
  /** 1-based position in the text. */
  line: number
  column: number
}

const ajv = new Ajv({ strict: false, validateSchema: true, allErrors: true })
const MODEL_REF = /^https:\/\/apigateway\.amazonaws\.com\/restapis\/[^/]+\/models\/([^/#]+)/

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset))
  const lines = before.split('\n')
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 }
}

/** Where `"key"` for a JSON pointer's last segment appears first in the text (a good enough anchor). */
function positionOfPointer(text: string, pointer: string): { line: number; column: number } {
  const last = pointer.split('/').filter(Boolean).pop()
  if (!last) return { line: 1, column: 1 }
  const at = text.indexOf(`"${last.replace(/~1/g, '/').replace(/~0/g, '~')}"`)
  return at >= 0 ? positionOf(text, at) : { line: 1, column: 1 }
}

function walkRefs(value: unknown, visit: (ref: string, path: string) => void, path = ''): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      walkRefs(v, visit, `${path}/${i}`)
    })
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') visit(v, `${path}/$ref`)
      else walkRefs(v, visit, `${path}/${k}`)
    }
  }
}

/**
 * Checks a model schema as the user types: it must parse, be a JSON object, be a valid JSON
 * Schema draft 4 (checked against the draft-4 meta-schema by ajv), and every `$ref` of the
 * `https://apigateway.amazonaws.com/restapis/{id}/models/{name}` form must name a model of the API.
 */
export function checkModelSchema(text: string, api: RestApi): { schema?: object; errors: SchemaProblem[] } {
  let schema: unknown
  try {
    schema = JSON.parse(text)
  } catch (e) {
    const message = (e as Error).message
    const at = /position (\d+)/.exec(message)
    const pos = at ? positionOf(text, Number(at[1])) : { line: 1, column: 1 }
    return { errors: [{ message: `Not valid JSON: ${message}`, ...pos }] }
  }
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) {
    return { errors: [{ message: 'A model is a JSON Schema object.', line: 1, column: 1 }] }
  }
  const errors: SchemaProblem[] = []
  if (!ajv.validateSchema(schema)) {
    for (const e of ajv.errors ?? []) {
      errors.push({
        message: `${e.instancePath || 'schema'} ${e.message ?? 'is invalid'}`,
        ...positionOfPointer(text, e.instancePath),
      })
    }
  }
  walkRefs(schema, (ref) => {
    const m = MODEL_REF.exec(ref)
    if (m && !api.models[decodeURIComponent(m[1]!)]) {
      const at = text.indexOf(ref)
      errors.push({ message: `$ref names a model this API does not have: ${m[1]}`, ...positionOf(text, at) })
    }
  })
  return { schema, errors }
}
