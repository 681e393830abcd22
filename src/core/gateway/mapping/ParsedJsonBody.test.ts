import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { javaEquals } from '../../vtl/java/javaEquals'
import { javaToString } from '../../vtl/java/javaToString'
import { toJsonSmartString } from '../../vtl/java/jsonSmart'
import { compileJsonPath } from './jsonPath'
import { parseLenientJson } from './lenientJson'
import { ParsedJsonBody, parsesLosslessly, parsesLosslesslyExact, surelyLossless } from './ParsedJsonBody'
import { renderMappingTemplate } from './renderMappingTemplate'

const render = (template: string, body: string) =>
  renderMappingTemplate(template, {
    body,
    params: { path: {}, querystring: {}, header: {} },
    context: {},
    stageVariables: {},
  }).output

const root = (text: string) => {
  const b = ParsedJsonBody.open(text)!
  return { body: b, map: b.valueAt(b.root) as Map<string, unknown> }
}

describe('ParsedJsonBody: objects are Maps built only when needed', () => {
  it('get and has read the object without building the Map', () => {
    const { map } = root('{"a":1,"b":"x","c":{"d":[1,2]},"e":2.5}')
    expect(map.get('a')).toBe(1)
    expect(map.get('b')).toBe('x')
    expect(javaToString(map.get('e'))).toBe('2.5')
    expect(map.has('c')).toBe(true)
    expect(map.has('zz')).toBe(false)
    expect(map.get('zz')).toBeUndefined()
    expect(map.get('toString')).toBeUndefined()
    expect(map.has('constructor')).toBe(false)
    expect(map.get('__proto__')).toBeUndefined()
    expect(map.get('hasOwnProperty')).toBeUndefined()
    // a "__proto__" key in the body is an ordinary entry
    const own = root('{"__proto__":{"x":1},"n":null}').map
    expect(javaToString(own.get('__proto__'))).toBe('{x=1}')
    expect(own.get('n')).toBeNull()
    expect(own.has('n')).toBe(true)
    // nested containers keep their identity
    expect(map.get('c')).toBe(map.get('c'))
    expect((map.get('c') as Map<string, unknown>).get('d')).toBe(
      (map.get('c') as Map<string, unknown>).get('d'),
    )
  })

  it('size, iteration, printing and equality see every entry in the parsed order', () => {
    const { map } = root('{"b":1,"a":[true,null],"c":{"x":"y"}}')
    expect(map.size).toBe(3)
    expect([...map.keys()]).toEqual(['b', 'a', 'c'])
    expect([...map].map(([k]) => k)).toEqual(['b', 'a', 'c'])
    const seen: string[] = []
    map.forEach((_v, k) => {
      seen.push(k)
    })
    expect(seen).toEqual(['b', 'a', 'c'])
    expect(javaToString(map)).toBe(javaToString(parseLenientJson('{"b":1,"a":[true,null],"c":{"x":"y"}}')))
    expect(toJsonSmartString(map)).toBe('{"b":1,"a":[true,null],"c":{"x":"y"}}')
    expect(javaEquals(map, parseLenientJson('{"b":1,"a":[true,null],"c":{"x":"y"}}'))).toBe(true)
  })

  it('a change is kept, and later reads and $input.json see it', () => {
    const { body, map } = root('{"a":1,"c":{"d":2}}')
    const c = map.get('c') as Map<string, unknown>
    c.set('e', 3)
    map.delete('a')
    expect([...map.keys()]).toEqual(['c'])
    expect(map.get('a')).toBeUndefined()
    const found = body.find(compileJsonPath('$.c').steps)
    expect(found !== null && 'value' in found && found.value).toBe(c)
    expect(body.jsonAt(body.root)).toBe('{"c":{"d":2,"e":3}}')
    map.clear()
    expect(map.size).toBe(0)
    expect(map.get('c')).toBeUndefined()
  })

  it('templates read, change and print items as with fully built Maps', () => {
    const body = '{"items":[{"id":1,"p":1.5,"t":["a"]},{"id":2,"p":2.25,"t":[]}]}'
    expect(
      render(
        `#foreach($i in $input.path('$.items'))$i.id:$i.p:$i.t:$i.size():$i.keySet():$i.containsKey('t')#if($foreach.hasNext),#end#end`,
        body,
      ),
    ).toBe('1:1.5:["a"]:3:[id, p, t]:true,2:2.25:[]:3:[id, p, t]:true')
    expect(
      render(
        `#set($it = $input.path('$.items[0]'))#set($x = $it.put('q', 'new'))$input.path('$.items[0].q') $input.json('$.items[0]') $it`,
        body,
      ),
    ).toBe('new {"id":1,"p":1.5,"t":["a"],"q":"new"} {id=1, p=1.5, t=["a"], q=new}')
  })

  it('an item is the same object however the template reaches it, in either order', () => {
    const body = '{"items":[{"id":1},[{"id":2}]]}'
    expect(
      render(
        `#set($a = $input.path('$.items[0]'))#set($x = $a.put('n', 'A'))#set($b = $input.path('$.items[1][0]'))#set($x = $b.put('n', 'B'))$input.path('$.items') $input.path('$').items[1][0].n $input.json('$.items')`,
        body,
      ),
    ).toBe('[{"id":1,"n":"A"},[{"id":2,"n":"B"}]] B [{"id":1,"n":"A"},[{"id":2,"n":"B"}]]')
    expect(
      render(
        `#set($l = $input.path('$.items'))#set($x = $l[0].put('n', 'A'))#set($x = $l[1][0].put('n', 'B'))$input.path('$.items[0].n')$input.path('$.items[1][0].n') $input.json('$')`,
        body,
      ),
    ).toBe('AB {"items":[{"id":1,"n":"A"},[{"id":2,"n":"B"}]]}')
  })

  it('random JSON: views print and compare as the fully parsed document', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'small' }), (text) => {
        const b = ParsedJsonBody.open(text)
        if (b === null) return
        const full = parseLenientJson(text)
        const v = b.valueAt(b.root)
        expect(javaToString(v)).toBe(javaToString(full))
        expect(javaEquals(v, full)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

describe('parsesLosslessly: when JSON.parse keeps everything json-smart reads', () => {
  it('accepts plain integers, short decimals, strings and keys', () => {
    for (const t of [
      '{"a":1,"b":-2,"c":1.5,"d":-0.25,"e":123456789012345,"f":1234567.5,"g":0.01,"h":-0}',
      '{"s":"1.0 1e3 12345678901234567","k1":"x","":1}',
      '{"a1":1,"1a":2}',
      '[0.5, 9999999.25, 1.23456789012345]',
      '{"a":"x\\"1.0\\\\","b":1.5}',
      '{"a":"\\\\","k":"1.0"}',
    ]) {
      expect([t, parsesLosslessly(t)]).toEqual([t, true])
    }
  })
  it('declines what JSON.parse would change or what Java prints differently', () => {
    for (const t of [
      '[1.0]',
      '[-2.00]',
      '[0.0]',
      '[1e3]',
      '[1.5E2]',
      '[1234567890123456]',
      '[12345678.5]',
      '[0.001]',
      '[-0.0099]',
      '[1.234567890123456]',
      '[1234567.123456789012345]',
      '{"1":1}',
      '{"a":{"12" :2}}',
      '{"a":"x\\"1.0\\\\","b":1.0}',
      '{"a":"\\"","1":2}',
      '{"a":"\\\\\\"\\\\","b":[1e3]}',
    ]) {
      expect([t, parsesLosslessly(t)]).toEqual([t, false])
    }
  })
  it('the quick proof (string search) never accepts what the exact pass declines', () => {
    const lexeme = fc.oneof(
      fc.integer().map(String),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => JSON.stringify(x)),
      fc.constantFrom('1.0', '1e3', '2E-2', '0.001', '0.0012', '10.001', '1.05', '0.05', '100.0', '-0.00'),
      fc.constantFrom('12345678', '1234567.5', '12345678.5', '1.234567890123456', '9007199254740993'),
      fc
        .string({ unit: fc.constantFrom('1', '0', '.', 'e', '"', '\\', ':', ' ', 'a') })
        .map((x) => JSON.stringify(x)),
    )
    const key = fc.oneof(fc.constantFrom('a', '1', '22', 'x1', '1.0'), fc.string())
    fc.assert(
      fc.property(fc.array(fc.tuple(key, lexeme)), fc.boolean(), (pairs, spaced) => {
        const sep = spaced ? ' : ' : ':'
        for (const t of [
          `[${pairs.map(([, v]) => v).join(',')}]`,
          `{${pairs.map(([k, v]) => `${JSON.stringify(k)}${sep}${v}`).join(',')}}`,
        ]) {
          if (surelyLossless(t)) expect([t, parsesLosslesslyExact(t)]).toEqual([t, true])
        }
      }),
      { numRuns: 1000 },
    )
    // and it does accept the common case without the exact pass
    expect(surelyLossless('{"items":[{"id":1,"price":1.5,"n":"item 1"},{"id":2,"price":10.05}]}')).toBe(true)
  })
  it('a long decimal reads as json-smart reads it (its digits, not the nearest double)', () => {
    const body = '{"a":1234567.123456789012345,"b":1.5}'
    expect(render(`$input.path('$.a') $input.json('$')`, body)).toBe(
      `${javaToString(parseLenientJson('1234567.123456789012345'))} ${toJsonSmartString(parseLenientJson(body))}`,
    )
    expect(render(`$input.path('$.a')`, body)).toBe('1234567.123456789012345')
  })
  it('whenever it accepts, the parsed body prints as json-smart reads it (random arrays and objects)', () => {
    const num = fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom('1.0', '1e3', '0.001', '1234567.123456789012345', '12.50', '-0', '0.25').map(Number),
    )
    const lexeme = fc.oneof(
      num.map((x) => JSON.stringify(x)),
      fc.constantFrom('1.0', '1e3', '0.001', '1234567.123456789012345', '12.50', '-0', '0.25', '100.0'),
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', '1', '22', 'b'), lexeme)), (pairs) => {
        for (const t of [
          `[${pairs.map(([, v]) => v).join(',')}]`,
          `{${pairs.map(([k, v]) => `"${k}":${v}`).join(',')}}`,
        ]) {
          const b = ParsedJsonBody.open(t)
          if (b === null) continue
          const full = parseLenientJson(t)
          expect(b.jsonAt(b.root)).toBe(toJsonSmartString(full))
          expect(javaToString(b.valueAt(b.root))).toBe(javaToString(full))
        }
      }),
      { numRuns: 500 },
    )
  })
})
