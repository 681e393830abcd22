import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toJsonSmartString } from '../../vtl/java/jsonSmart'
import { copyJsonSmart } from './copyJsonSmart'
import { parseLenientJson } from './lenientJson'
import { renderMappingTemplate } from './renderMappingTemplate'

/** The full path: read as json-smart reads, print as json-smart prints. */
const full = (text: string) => toJsonSmartString(parseLenientJson(text))

const identity = (body: string) =>
  renderMappingTemplate(`$input.json('$')`, {
    body,
    params: { path: {}, querystring: {}, header: {} },
    context: {},
    stageVariables: {},
  }).output

describe('copyJsonSmart: $input.json of the whole body in one pass', () => {
  it('copies compact JSON, dropping spaces and writing json-smart escapes', () => {
    const cases: Array<[string, string]> = [
      ['{"a":1}', '{"a":1}'],
      [' {\n  "a" : [ 1 , true , null , false ],\t"b" : {} }\r\n', '{"a":[1,true,null,false],"b":{}}'],
      ['[]', '[]'],
      ['[ ]', '[]'],
      ['{"url":"http://x/y"}', '{"url":"http:\\/\\/x\\/y"}'],
      ['{"s":"a\\/b"}', '{"s":"a\\/b"}'],
      ['{"s":"q\\"\\\\\\b\\f\\n\\r\\t"}', '{"s":"q\\"\\\\\\b\\f\\n\\r\\t"}'],
      ['{"s":"\u0085 \u2028 \u007f"}', '{"s":"\\u0085 \\u2028 \\u007F"}'],
      ['{"k/\u2000":"Zürich \ud83d\ude00"}', '{"k\\/\\u2000":"Zürich \ud83d\ude00"}'],
      ['{"d":[1.0,-0.0,0.0,100.0]}', '{"d":[1.0,-0.0,0.0,100.0]}'],
      ['{"n":[0,-1,1.5,-0.25,123456789012345,-123456789012345,0.001,1234567.5]}', ''],
    ]
    for (const [text, expected] of cases) {
      const got = copyJsonSmart(text)
      expect([text, got]).toEqual([text, full(text)])
      if (expected !== '') expect(got).toBe(expected)
    }
  })

  it('returns null (full path) whenever copying could differ from parse + print', () => {
    for (const text of [
      '{"a":1.50}',
      '{"a":100.10}',
      '{"a":1e3}',
      '{"a":1E3}',
      '{"a":1.5e2}',
      '{"a":-0}',
      '{"a":1234567890123456}',
      '{"a":12345678901234567}',
      '{"a":0.0001}',
      '{"a":12345678.5}',
      '{"a":01}',
      '{"a":1,"a":2}',
      '{"a":{"b":1,"c":2,"b":3}}',
      '{"a":"\\u0041"}',
      '{"\\u0061":1}',
      '{"a\\/b":1}',
      '{"a":"tab\there"}',
      '{"a":"nul\u0000"}',
      '{"a":"unterminated}',
      '{"a":1,}',
      '[1,]',
      '[1 2]',
      '{a:1}',
      "{'a':1}",
      '{"a":tru}',
      '{"a":1} x',
      '{"a":1}}',
      '"just a string"',
      '42',
      'a=b',
      '',
      '{',
      '[',
      `${'['.repeat(513)}${']'.repeat(513)}`,
    ]) {
      expect([text.slice(0, 40), copyJsonSmart(text)]).toEqual([text.slice(0, 40), null])
    }
  })

  it('keys repeated at different levels or in sibling objects are not duplicates', () => {
    const text = '{"a":{"a":1},"b":[{"a":1},{"a":2}],"c":{"a":{"a":{}}}}'
    expect(copyJsonSmart(text)).toBe(text)
  })

  it('copies nesting up to 512 levels', () => {
    const text = `${'['.repeat(512)}${']'.repeat(512)}`
    expect(copyJsonSmart(text)).toBe(text)
    expect(copyJsonSmart(`{"a":${text}}`)).toBeNull()
  })

  it('equals parse + print on random JSON whenever it copies', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), (text) => {
        const got = copyJsonSmart(text)
        if (got !== null) expect(got).toBe(full(text))
      }),
      { numRuns: 600 },
    )
  })

  it('equals parse + print on random objects with awkward strings and numbers', () => {
    const str = fc.string({ unit: fc.constantFrom('a', '/', '"', '\\', '\n', '\u0085', '\u2028', 'é', ' ') })
    const num = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(1.5))
    const value = fc.oneof(str, num, fc.boolean(), fc.constant(null))
    fc.assert(
      fc.property(fc.dictionary(str, fc.oneof(value, fc.array(value))), fc.boolean(), (obj, pretty) => {
        const text = JSON.stringify(obj, null, pretty ? 2 : undefined)
        const got = copyJsonSmart(text)
        if (got !== null) expect(got).toBe(full(text))
      }),
      { numRuns: 600 },
    )
  })

  it('equals parse + print on long strings (the long-run scan) with awkward characters anywhere', () => {
    // mostly characters copied as they are, so runs reach the long-run scan
    const unit = fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom('a', 'Z', ' ', 'é', 'ÿ') },
      {
        weight: 1,
        arbitrary: fc.constantFrom('/', '"', '\\', '\n', '\u0085', '\u2028', '\u2000', '\u0100', '😀'),
      },
    )
    const long = fc.string({ unit, maxLength: 80, size: 'max' })
    fc.assert(
      fc.property(fc.array(fc.tuple(long, long), { maxLength: 6 }), fc.boolean(), (pairs, pretty) => {
        const text = JSON.stringify(Object.fromEntries(pairs), null, pretty ? 1 : undefined)
        const got = copyJsonSmart(text)
        if (got !== null) expect(got).toBe(full(text))
        // a body without escapes in its keys always takes the copy
        if (pairs.every(([k]) => !/["\\\n]/.test(k))) expect(got).not.toBeNull()
      }),
      { numRuns: 800 },
    )
    const unterminated = `{"a":"${'x'.repeat(40)}`
    expect(copyJsonSmart(unterminated)).toBeNull()
    expect(copyJsonSmart(`{"a":"${'x'.repeat(40)}\\u0041"}`)).toBeNull()
    expect(copyJsonSmart(`{"a":"${'x'.repeat(40)}\\u0007"}`)).toBeNull()
    expect(copyJsonSmart(`{"a":"${'x'.repeat(40)}\u0007"}`)).toBeNull()
  })

  it('$input.json("$") renders the same through the fast path and the fallback', () => {
    for (const body of [
      '{"a":"x/y","n":1.5,"l":[1,2]}',
      '{"a":1.0,"b":1e3}',
      '{"a":1,"a":2}',
      '{"a":"\\u00e9"}',
      '{a:1}',
      '[ 1, 2 ]',
    ]) {
      expect([body, identity(body)]).toEqual([body, full(body)])
    }
    expect(identity('{"a":1.0,"b":1e3,"c":12345678901234567}')).toBe(
      '{"a":1.0,"b":1000.0,"c":12345678901234567}',
    )
    expect(identity('')).toBe('{}')
  })

  it('a value changed by the template is what $input.json("$") prints afterwards', () => {
    const out = renderMappingTemplate(
      `#set($d = $input.path('$'))#set($x = $d.put('b', 2))$input.json('$')`,
      { body: '{"a":1}', params: { path: {}, querystring: {}, header: {} }, context: {}, stageVariables: {} },
    ).output
    expect(out).toBe('{"a":1,"b":2}')
  })
})
