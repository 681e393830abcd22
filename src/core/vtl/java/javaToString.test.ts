import { describe, expect, it } from 'vitest'
import { JavaDouble } from './JavaDouble'
import { javaToString } from './javaToString'
import { JavaArray, markJsonList } from './javaTypes'
import { toJsonSmartString } from './jsonSmart'

describe('javaToString (String.valueOf)', () => {
  it('maps as {k=v, …}, ArrayLists as [a, b], nulls inside as "null"', () => {
    const m = new Map<string, unknown>([
      ['a', 1],
      ['b', [1, 'x', null]],
      ['c', new Map([['d', new JavaDouble(2)]])],
    ])
    expect(javaToString(m)).toBe('{a=1, b=[1, x, null], c={d=2.0}}')
    expect(javaToString(new Map())).toBe('{}')
    expect(javaToString([])).toBe('[]')
  })
  it('json-smart lists as compact JSON', () => {
    expect(javaToString(markJsonList([1, 'a/b', new Map([['k', null]]), markJsonList([])]))).toBe(
      '[1,"a\\/b",{"k":null},[]]',
    )
  })
  it('numbers: integers, Long, BigInteger, doubles', () => {
    expect([3, 2 ** 40, 12345678901234567890n, new JavaDouble(1), 0.5].map(javaToString)).toEqual([
      '3',
      '1099511627776',
      '12345678901234567890',
      '1.0',
      '0.5',
    ])
  })
  it('arrays print as Java does: type and an identity hash', () => {
    expect(javaToString(new JavaArray(['a'], 'java.lang.String'))).toMatch(
      /^\[Ljava\.lang\.String;@[0-9a-f]+$/,
    )
  })
})

describe('toJsonSmartString', () => {
  it('escapes for the web: \\/, control and some Unicode ranges as \\uXXXX', () => {
    expect(toJsonSmartString('a"b\\c/\n\t\u0001\u007f\u2028€é')).toBe(
      '"a\\"b\\\\c\\/\\n\\t\\u0001\\u007F\\u2028\\u20ACé"',
    )
  })
  it('non-finite doubles are null', () => {
    expect(toJsonSmartString(markJsonList([new JavaDouble(Number.NaN), 1.5]))).toBe('[null,1.5]')
  })
})
