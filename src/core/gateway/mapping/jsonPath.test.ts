import { describe, expect, it } from 'vitest'
import { javaToString } from '../../vtl/java/javaToString'
import { evaluateJsonPath, JsonPathError, NOT_FOUND } from './jsonPath'
import { parseLenientJson } from './lenientJson'

const doc = parseLenientJson(
  '{"store":{"book":[{"title":"A","price":8},{"title":"B","price":12,"isbn":"x"},{"title":"C","price":9}]},"n":null,"a.b":1}',
)
const at = (path: string) => {
  const r = evaluateJsonPath(doc, path)
  return r === NOT_FOUND ? 'NOT_FOUND' : javaToString(r)
}

describe('evaluateJsonPath (Jayway semantics)', () => {
  it('definite paths give one value or NOT_FOUND', () => {
    expect(at('$.store.book[1].title')).toBe('B')
    expect(at("$['store']['book'][0]['price']")).toBe('8')
    expect(at('$.store.book[-1].title')).toBe('C')
    expect(at('$.n')).toBe('null')
    expect(at("$['a.b']")).toBe('1')
    expect(at('$.missing')).toBe('NOT_FOUND')
    expect(at('$.store.book[9]')).toBe('NOT_FOUND')
    expect(at('store.book[0].title')).toBe('A')
  })
  it('indefinite paths give a list of matches', () => {
    expect(at('$.store.book[*].title')).toBe('["A","B","C"]')
    expect(at('$..price')).toBe('[8,12,9]')
    expect(at('$.store.book[0,2].title')).toBe('["A","C"]')
    expect(at('$.store.book[1:].title')).toBe('["B","C"]')
    expect(at('$.store.book[?(@.price < 10)].title')).toBe('["A","C"]')
    expect(at('$.store.book[?(@.isbn)].title')).toBe('["B"]')
    expect(at("$.store.book[?(@.title == 'B' || @.price > 8.5)].price")).toBe('[12,9]')
    expect(at('$.store.book[?(@.title =~ /[ab]/i)].title')).toBe('["A","B"]')
    expect(at('$..nothing')).toBe('[]')
  })
  it('rejects malformed paths', () => {
    expect(() => evaluateJsonPath(doc, '$.store[')).toThrow(JsonPathError)
    expect(() => evaluateJsonPath(doc, '$.a[x]')).toThrow(JsonPathError)
  })
})
