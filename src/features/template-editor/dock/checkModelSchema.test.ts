import { describe, expect, it } from 'vitest'
import { buildModel, buildRestApi } from '../../../testing/builders'
import { checkModelSchema } from './checkModelSchema'

const api = buildRestApi({ id: 'abc', models: { Pet: buildModel('Pet', { type: 'object' }) } })

describe('checkModelSchema', () => {
  it('accepts a draft-4 schema and refs to the API’s own models', () => {
    const text = JSON.stringify({
      $schema: 'http://json-schema.org/draft-04/schema#',
      type: 'array',
      items: { $ref: 'https://apigateway.amazonaws.com/restapis/abc/models/Pet' },
    })
    expect(checkModelSchema(text, api)).toEqual({ schema: JSON.parse(text), errors: [] })
  })

  it('reports JSON syntax errors at their line', () => {
    const r = checkModelSchema('{\n  "type": "object",\n  oops\n}', api)
    expect(r.schema).toBeUndefined()
    expect(r.errors[0]!.line).toBe(3)
  })

  it('reports what the draft-4 meta-schema refuses, near the offending key', () => {
    const r = checkModelSchema('{\n  "type": "object",\n  "required": "name"\n}', api)
    expect(r.errors.length).toBeGreaterThan(0)
    expect(r.errors[0]!.message).toMatch(/required/)
    expect(r.errors[0]!.line).toBe(3)
  })

  it('reports refs to models that do not exist, and non-object schemas', () => {
    const r = checkModelSchema('{"$ref": "https://apigateway.amazonaws.com/restapis/abc/models/Nope"}', api)
    expect(r.errors[0]!.message).toMatch(/Nope/)
    expect(checkModelSchema('[1]', api).errors[0]!.message).toMatch(/object/)
  })
})
