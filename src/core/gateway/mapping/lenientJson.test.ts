import { describe, expect, it } from 'vitest'
import { JavaDouble } from '../../vtl/java/JavaDouble'
import { javaToString } from '../../vtl/java/javaToString'
import { isJsonList } from '../../vtl/java/javaTypes'
import { JsonSmartParseError, parseLenientJson } from './lenientJson'

describe('parseLenientJson (json-smart, permissive, ordered)', () => {
  it('objects become ordered Maps, arrays json-smart lists', () => {
    const v = parseLenientJson('{"b":1,"a":[true,null,"x"],"1":{}}') as Map<string, unknown>
    expect([...v.keys()]).toEqual(['b', 'a', '1'])
    expect(isJsonList(v.get('a') as unknown[])).toBe(true)
    expect(javaToString(v)).toBe('{b=1, a=[true,null,"x"], 1={}}')
  })
  it('numbers keep their Java type', () => {
    const v = parseLenientJson('[1, -2, 1.50, 1e3, 12345678901234567890, 1.2345678901234567890]') as unknown[]
    expect(v[0]).toBe(1)
    expect(v[1]).toBe(-2)
    expect(v[2]).toEqual(new JavaDouble(1.5))
    expect(javaToString(v[3])).toBe('1000.0')
    expect(v[4]).toBe(12345678901234567890n)
    expect(javaToString(v[5])).toBe('1.2345678901234567890')
  })
  it('a repeated key keeps its first place and its last value', () => {
    expect(javaToString(parseLenientJson('{"a":1,"b":2,"a":3}'))).toBe('{a=3, b=2}')
  })
  it('permissive: unquoted and single-quoted text, extra commas, trailing data', () => {
    expect(javaToString(parseLenientJson("{a: b c, 'd': 'e', f: [1,,2,],}"))).toBe('{a=b c, d=e, f=[1,2]}')
    expect(javaToString(parseLenientJson('{"a":1} and more'))).toBe('{a=1}')
  })
  it('text that is not JSON is a string', () => {
    for (const s of ['a=b', 'null{', 'true{', 'a{b', '123abc']) expect(parseLenientJson(s)).toBe(s)
    expect(parseLenientJson('null')).toBeNull()
    expect(parseLenientJson(' "q" ')).toBe('q')
  })
  it('broken JSON throws json-smart’s message', () => {
    const cases: Array<[string, string]> = [
      ['{a', 'Unexpected End Of File position 1: null'],
      ['[a', 'Unexpected End Of File position 1: EOF'],
      ['{"a": "x', 'Unexpected End Of File position 8: null'],
      ['{"a":', 'Unexpected End Of File position 4: EOF'],
      ['{"a" 1}', 'Unexpected character (1) at position 4.'],
    ]
    for (const [text, message] of cases) {
      expect(() => parseLenientJson(text)).toThrow(JsonSmartParseError)
      expect(() => parseLenientJson(text)).toThrow(message)
    }
  })
})
