import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { javaToString } from '../../vtl/java/javaToString'
import { toJsonSmartString } from '../../vtl/java/jsonSmart'
import { JsonBody } from './JsonBody'
import { compileJsonPath } from './jsonPath'
import { parseLenientJson } from './lenientJson'
import { ParsedJsonBody } from './ParsedJsonBody'
import { renderMappingTemplate } from './renderMappingTemplate'

const open = (t: string) => JsonBody.open(t)!

describe('JsonBody: strict JSON read lazily', () => {
  it('opens only strict JSON objects and arrays', () => {
    expect(JsonBody.open('{"a":1}')).not.toBeNull()
    expect(JsonBody.open(' [1, 2] ')).not.toBeNull()
    for (const t of [
      'a=b',
      '"s"',
      '{a:1}',
      '{"a":1,}',
      '{"a":01}',
      '{"a":1} x',
      '{"\\u0061":1}',
      '[1 2]',
      '{',
    ]) {
      expect([t, JsonBody.open(t)]).toEqual([t, null])
    }
  })
  it('gives the same values and JSON as parsing everything (random JSON)', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), (text) => {
        const body = JsonBody.open(text)
        if (body === null) return
        const full = parseLenientJson(text)
        expect(body.jsonAt(body.root)).toBe(toJsonSmartString(full))
        expect(javaToString(open(text).valueAt(body.root))).toBe(javaToString(full))
      }),
      { numRuns: 400 },
    )
  })
  it('finds definite paths without building the rest', () => {
    const b = open('{"a":{"b":[10,{"c":"x"}]},"d":1.50}')
    const at = (p: string) => {
      const r = b.find(compileJsonPath(p).steps)
      return r === null ? null : 'offset' in r ? javaToString(b.valueAt(r.offset)) : javaToString(r.value)
    }
    expect(at('$.a.b[1].c')).toBe('x')
    expect(at('$.a.b[-2]')).toBe('10')
    expect(at('$.d')).toBe('1.5')
    expect(at('$.a.nope')).toBeNull()
    expect(at('$.a.b.c')).toBeNull()
  })
  it('a repeated key keeps its first place and last value, in json() too', () => {
    const b = open('{"a":1,"b":2,"a":3}')
    expect(b.jsonAt(b.root)).toBe('{"a":3,"b":2}')
  })
  it('prints numbers as Java does', () => {
    const b = open('[1.50, -0, 1e3, 12345678901234567890, 0.1]')
    expect(b.jsonAt(b.root)).toBe('[1.5,0,1000.0,12345678901234567890,0.1]')
  })
})

describe('$input over a lazy body behaves like AWS’s parse-once document', () => {
  const input = {
    body: '{"a":{"x":1},"l":[1,2]}',
    params: { path: {}, querystring: {}, header: {} },
    context: {},
    stageVariables: {},
  }
  const render = (t: string) => renderMappingTemplate(t, input).output
  it('a change to a value from $input.path is seen by later reads', () => {
    expect(render(`#set($d = $input.path('$.a').put('y', 2))$input.json('$')`)).toBe(
      '{"a":{"x":1,"y":2},"l":[1,2]}',
    )
    expect(render(`#set($d = $input.path('$.l').add(3))$input.path('$.l') $input.json('$.l[2]')`)).toBe(
      '[1,2,3] 3',
    )
    expect(render(`#set($d = $input.path('$').put('z', true))$input.path('$.z') $input.json('$.a')`)).toBe(
      'true {"x":1}',
    )
  })
  it('the same value twice is the same object', () => {
    expect(render(`#if($input.path('$.a') == $input.path('$.a'))same#end`)).toBe('same')
  })
})

describe('ParsedJsonBody: JSON.parse when it loses nothing', () => {
  it('gives the same values and JSON as json-smart would (random JSON, odd strings and numbers)', () => {
    const text = fc.oneof(
      fc.json({ depthSize: 'medium' }),
      fc.jsonValue().map((v) => JSON.stringify({ v })),
      fc
        .array(fc.oneof(fc.double(), fc.integer(), fc.string({ unit: 'binary' })))
        .map((a) => JSON.stringify(a)),
    )
    fc.assert(
      fc.property(text, (t) => {
        const body = ParsedJsonBody.open(t)
        if (body === null) return
        const full = parseLenientJson(t)
        expect(body.jsonAt(body.root)).toBe(toJsonSmartString(full))
        expect(javaToString(body.valueAt(body.root))).toBe(javaToString(full))
      }),
      { numRuns: 600 },
    )
  })
  it('declines what JSON.parse would change', () => {
    for (const t of [
      '[1.0]',
      '[1e3]',
      '[12345678901234567]',
      '{"1":1,"a":2}',
      '[0.0001]',
      '[12345678.5]',
      'a=b',
      '{"a":}',
    ]) {
      expect([t, ParsedJsonBody.open(t)]).toEqual([t, null])
    }
    expect(ParsedJsonBody.open('{"a":[1.5,-0,"x/y\\u0001\\u2028"]}')).not.toBeNull()
  })
})
