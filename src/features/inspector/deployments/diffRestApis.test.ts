import { describe, expect, it } from 'vitest'
import { buildMethod, buildRestApi, httpIntegration, mockIntegration } from '../../../testing/builders'
import { diffRestApis, diffValues } from './diffRestApis'

describe('diffRestApis', () => {
  const v1 = buildRestApi({
    id: 'a',
    paths: {
      '/pets': { GET: buildMethod('GET', { integration: mockIntegration() }) },
      '/old': { GET: buildMethod('GET', { integration: mockIntegration() }) },
    },
  })
  const v2 = buildRestApi({
    id: 'a',
    paths: {
      '/pets': {
        GET: buildMethod('GET', { integration: httpIntegration('https://example.com/pets') }),
        POST: buildMethod('POST', { integration: mockIntegration() }),
      },
      '/new': {},
    },
    binaryMediaTypes: ['image/png'],
  })

  it('reports added and removed resources and methods by path', () => {
    const changes = diffRestApis(v1, v2)
    expect(changes).toContainEqual({ kind: 'added', subject: '/new' })
    expect(changes).toContainEqual({ kind: 'removed', subject: '/old' })
    expect(changes).toContainEqual({ kind: 'removed', subject: 'GET /old' })
    expect(changes).toContainEqual({ kind: 'added', subject: 'POST /pets' })
  })

  it('reports changed fields of a method with before and after', () => {
    const changes = diffRestApis(v1, v2).filter((c) => c.subject === 'GET /pets')
    expect(changes).toContainEqual({
      kind: 'changed',
      subject: 'GET /pets',
      field: 'integration.type',
      before: 'MOCK',
      after: 'HTTP',
    })
    expect(changes.find((c) => c.field === 'integration.uri')).toMatchObject({
      after: 'https://example.com/pets',
    })
    expect(changes.find((c) => c.field === 'integration.uri')?.before).toBeUndefined()
  })

  it('reports API settings and nothing for identical APIs', () => {
    expect(diffRestApis(v1, v2)).toContainEqual(
      expect.objectContaining({ subject: 'API settings', field: 'binaryMediaTypes', after: '["image/png"]' }),
    )
    expect(diffRestApis(v1, structuredClone(v1))).toEqual([])
  })
})

describe('diffValues', () => {
  it('descends into objects and compares arrays as a whole', () => {
    expect(diffValues({ a: { b: 1, c: [1] } }, { a: { b: 2, c: [1, 2] } })).toEqual([
      { field: 'a.b', before: '1', after: '2' },
      { field: 'a.c', before: '[1]', after: '[1,2]' },
    ])
  })
})
