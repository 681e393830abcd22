import { describe, expect, it } from 'vitest'
import { pathParameters } from './pathParameters'

describe('pathParameters', () => {
  it('names every {name} and {name+} segment in order', () => {
    expect(pathParameters('/pets/{petId}/toys/{proxy+}')).toEqual([
      'method.request.path.petId',
      'method.request.path.proxy',
    ])
  })
  it('is empty for the root and for paths without parameters', () => {
    expect(pathParameters('/')).toEqual([])
    expect(pathParameters('/pets/mine')).toEqual([])
  })
  it('ignores segments that only contain braces part-way', () => {
    expect(pathParameters('/a{b}/c')).toEqual([])
  })
})
