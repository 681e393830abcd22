import { describe, expect, it } from 'vitest'
import { requestText } from './CompareView'

describe('requestText', () => {
  it('lists the method and URL, the headers by lower-cased name in order, then the body', () => {
    const fromConsole = requestText({
      method: 'POST',
      url: 'https://a.execute-api.us-east-1.amazonaws.com/dev/person',
      headers: [
        ['X-Api-Key', 'k'],
        ['Accept-Language', 'en'],
        ['Accept', '*/*'],
        ['Content-Type', 'application/json'],
      ],
      body: '{"name":"Tom"}',
    })
    const fromPage = requestText({
      method: 'POST',
      url: 'https://a.execute-api.us-east-1.amazonaws.com/dev/person',
      headers: [
        ['accept', '*/*'],
        ['accept-language', 'en'],
        ['content-type', 'application/json'],
        ['x-api-key', 'k'],
      ],
      body: '{"name":"Tom"}',
    })
    expect(fromConsole).toBe(fromPage)
    expect(fromConsole).toBe(
      [
        'POST https://a.execute-api.us-east-1.amazonaws.com/dev/person',
        'accept: */*',
        'accept-language: en',
        'content-type: application/json',
        'x-api-key: k',
        '',
        '{"name":"Tom"}',
      ].join('\n'),
    )
  })

  it('says when the body is binary or was cut', () => {
    expect(
      requestText({
        method: 'PUT',
        url: 'https://a.example/x',
        headers: [],
        body: 'AAE=',
        bodyEncoding: 'base64',
        bodyTruncatedFrom: 600_000,
      }).split('\n'),
    ).toEqual(['PUT https://a.example/x', '', '(binary body, base64) AAE=', '(the body was cut when kept)'])
  })
})
