import { describe, expect, it } from 'vitest'
import type { RequestTrace } from '../core/gateway/trace/RequestTrace'
import { pageRequest } from './pageRequest'

const trace = (method: string) =>
  ({ method, url: 'https://a.execute-api.us-east-1.amazonaws.com/dev/x' }) as unknown as RequestTrace

describe('pageRequest', () => {
  it('knows only the method and URL without the request as received', () => {
    expect(pageRequest(trace('get'), undefined)).toEqual({
      method: 'GET',
      url: 'https://a.execute-api.us-east-1.amazonaws.com/dev/x',
      headers: [],
      body: '',
    })
  })

  it('keeps the headers a script can set, in order, and no body for GET', () => {
    const request = pageRequest(trace('GET'), {
      headers: [
        ['host', 'a.execute-api.us-east-1.amazonaws.com'],
        ['accept', '*/*'],
        ['authorization', 'Bearer t'],
        ['referer', 'http://localhost/'],
        ['sec-ch-ua', '"Chromium"'],
      ],
      body: new TextEncoder().encode('ignored'),
      fragment: '',
    })
    expect(request.headers).toEqual([
      ['accept', '*/*'],
      ['authorization', 'Bearer t'],
    ])
    expect(request.body).toBe('')
  })

  it('keeps a text body as text and a binary one as base64', () => {
    const text = pageRequest(trace('POST'), {
      headers: [['content-type', 'text/plain']],
      body: new TextEncoder().encode('héllo'),
      fragment: '',
    })
    expect(text).toMatchObject({ body: 'héllo' })
    expect(text.bodyEncoding).toBeUndefined()
    const binary = pageRequest(trace('POST'), { headers: [], body: new Uint8Array([0, 255]), fragment: '' })
    expect(binary).toMatchObject({ body: 'AP8=', bodyEncoding: 'base64' })
  })
})
