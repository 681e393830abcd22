import { describe, expect, it } from 'vitest'
import { buildMethod, buildRestApi } from '../../../testing/builders'
import { buildRouteTree, matchRoute } from './RouteTree'

const api = buildRestApi({
  paths: {
    '/pets': { GET: buildMethod('GET') },
    '/pets/mine': { GET: buildMethod('GET') },
    '/pets/{petId}': { GET: buildMethod('GET'), ANY: buildMethod('ANY') },
    '/test': { POST: buildMethod('POST') },
    '/{proxy+}': { OPTIONS: buildMethod('OPTIONS'), GET: buildMethod('GET') },
  },
})
const root = buildRouteTree(api)!
const route = (verb: string, path: string) => {
  const m = matchRoute(root, path, verb)
  return m && { path: m.node.path, method: m.methodKey, params: m.pathParameters }
}

describe('matchRoute', () => {
  it('prefers a static segment, then a parameter, then a greedy parameter', () => {
    expect(route('GET', '/pets/mine')).toEqual({ path: '/pets/mine', method: 'GET', params: {} })
    expect(route('GET', '/pets/7')).toEqual({ path: '/pets/{petId}', method: 'GET', params: { petId: '7' } })
    expect(route('GET', '/pets/7/toys')).toEqual({
      path: '/{proxy+}',
      method: 'GET',
      params: { proxy: 'pets/7/toys' },
    })
  })
  it('takes the verb before ANY, and ANY for other verbs', () => {
    expect(route('GET', '/pets/1')?.method).toBe('GET')
    expect(route('DELETE', '/pets/1')?.method).toBe('ANY')
  })
  it('backtracks to a sibling that has the method', () => {
    expect(route('OPTIONS', '/test')).toEqual({
      path: '/{proxy+}',
      method: 'OPTIONS',
      params: { proxy: 'test' },
    })
  })
  it('skips empty segments and keeps greedy values raw', () => {
    expect(route('GET', '//pets/')?.path).toBe('/pets')
    expect(route('GET', '/a//b/')?.params).toEqual({ proxy: 'a//b' })
    expect(route('GET', '/pets/a%2Fb')?.params).toEqual({ petId: 'a%2Fb' })
  })
  it('finds nothing for an unknown verb or path and for the bare root', () => {
    expect(route('PUT', '/test')).toBeUndefined()
    expect(route('GET', '/')).toBeUndefined()
  })
})
