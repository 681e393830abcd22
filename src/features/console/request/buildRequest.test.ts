import { describe, expect, it } from 'vitest'
import { emptyDraft, type RequestDraft } from '../../../state/consoleStore'
import { buildMethod, buildProject, buildRestApi, deployed, mockIntegration } from '../../../testing/builders'
import { buildRequest, fillPath, queryString } from './buildRequest'

const api = buildRestApi({
  paths: {
    '/pets': { GET: buildMethod('GET', { integration: mockIntegration() }) },
    '/pets/{petId}': { ANY: buildMethod('ANY', { integration: mockIntegration() }) },
    '/files/{proxy+}': { GET: buildMethod('GET', { integration: mockIntegration() }) },
  },
})
const project = deployed(buildProject({ restApis: [api] }), api.id, 'dev')
const row = (name: string, value: string, enabled = true) => ({ id: name, name, value, enabled })

function draft(patch: Partial<RequestDraft>): RequestDraft {
  return { ...emptyDraft(), apiId: api.id, stageName: 'dev', ...patch }
}

describe('buildRequest', () => {
  it('addresses the stage invoke URL with the resource path, parameters and query', () => {
    const built = buildRequest(
      project,
      draft({
        resourceId: 'pets_petId',
        methodKey: 'ANY',
        method: 'delete',
        pathParameters: { petId: 'a b' },
        query: [row('type', 'cat'), row('skip', 'me', false), row('', 'nameless')],
      }),
    )
    expect(built).toEqual({
      ok: true,
      request: {
        method: 'DELETE',
        url: 'https://api1234567.execute-api.us-east-1.amazonaws.com/dev/pets/a%20b?type=cat',
        headers: [],
        body: '',
      },
      warnings: [],
    })
  })

  it('sends the body with its content type for methods that have one', () => {
    const built = buildRequest(
      project,
      draft({ resourceId: 'pets', method: 'POST', body: '{"a":1}', headers: [row('X-Trace', '1')] }),
    )
    expect(built.ok && built.request).toEqual({
      method: 'POST',
      url: 'https://api1234567.execute-api.us-east-1.amazonaws.com/dev/pets',
      headers: [
        ['X-Trace', '1'],
        ['Content-Type', 'application/json'],
      ],
      body: '{"a":1}',
    })
  })

  it('keeps a Content-Type row the user wrote and drops the body of a GET with a warning', () => {
    const withRow = buildRequest(
      project,
      draft({
        resourceId: 'pets',
        method: 'PUT',
        body: '<a/>',
        headers: [row('content-type', 'application/xml')],
      }),
    )
    expect(withRow.ok && withRow.request.headers).toEqual([['content-type', 'application/xml']])
    const get = buildRequest(project, draft({ resourceId: 'pets', method: 'GET', body: 'x' }))
    expect(get.ok && get.request.body).toBe('')
    expect(get.ok && get.warnings).toEqual(['A GET request has no body; the body is not sent.'])
  })

  it('warns about empty path parameters and headers the browser will not send', () => {
    const built = buildRequest(
      project,
      draft({ resourceId: 'pets_petId', method: 'GET', headers: [row('Host', 'x'), row('Origin', 'y')] }),
    )
    expect(built.ok && built.warnings).toEqual([
      'Path parameter petId is empty: the request goes to /pets/.',
      'The browser does not let a page set Host; it is not sent.',
      'The browser does not let a page set Origin; it is not sent.',
    ])
    expect(built.ok && built.request.headers).toEqual([])
  })

  it('sends a raw URL as typed', () => {
    const built = buildRequest(project, {
      ...emptyDraft(),
      rawUrl: 'https://x.execute-api.us-east-1.amazonaws.com/a?b=1',
    })
    expect(built.ok && built.request.url).toBe('https://x.execute-api.us-east-1.amazonaws.com/a?b=1')
    expect(buildRequest(project, { ...emptyDraft(), rawUrl: 'not a url' })).toEqual({
      ok: false,
      error: '"not a url" is not a URL.',
    })
  })

  it('says what is missing before it can send', () => {
    expect(buildRequest(project, emptyDraft())).toEqual({ ok: false, error: 'Choose an API.' })
    expect(buildRequest(project, { ...emptyDraft(), apiId: api.id })).toEqual({
      ok: false,
      error: 'Choose a stage (deploy the API to create one).',
    })
    expect(buildRequest(project, draft({ stageName: 'prod' }))).toEqual({
      ok: false,
      error: 'The API has no stage "prod".',
    })
    expect(buildRequest(project, draft({}))).toEqual({ ok: false, error: 'Choose a resource and method.' })
  })
})

describe('fillPath', () => {
  it('encodes each parameter, keeping the slashes of a greedy one', () => {
    expect(fillPath('/files/{proxy+}', { proxy: 'a b/c?d' })).toBe('/files/a%20b/c%3Fd')
    expect(fillPath('/pets/{petId}', { petId: 'x/y' })).toBe('/pets/x%2Fy')
  })
})

describe('queryString', () => {
  it('is empty without enabled named rows', () => {
    expect(queryString([row('a', '1', false)])).toBe('')
    expect(queryString([row('a', '1'), row('b c', 'd&e')])).toBe('?a=1&b%20c=d%26e')
  })
})
