import { describe, expect, it } from 'vitest'
import type { SentRequest } from '../../../state/consoleStore'
import { shellQuote, toCurl, toFetch, toHttpie } from './requestSnippets'

const URL = 'https://abc.execute-api.us-east-1.amazonaws.com/dev/pets?type=cat&page=2'
const post: SentRequest = {
  method: 'POST',
  url: URL,
  headers: [
    ['Content-Type', 'application/json'],
    ['X-Note', "it's"],
  ],
  body: '{"name":"Rex","age":3}',
}
const get: SentRequest = { method: 'GET', url: URL, headers: [], body: '' }

describe('shellQuote', () => {
  it('leaves plain words alone and single-quotes the rest', () => {
    expect(shellQuote('abc-1.2')).toBe('abc-1.2')
    expect(shellQuote('a b')).toBe("'a b'")
    expect(shellQuote("it's")).toBe(`'it'\\''s'`)
  })
})

describe('toCurl', () => {
  it('writes method, URL, headers and the raw body', () => {
    expect(toCurl(post)).toBe(
      [
        'curl \\',
        '  -X POST \\',
        `  '${URL}' \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  -H 'X-Note: it'\\''s' \\`,
        `  --data-raw '{"name":"Rex","age":3}'`,
      ].join('\n'),
    )
  })

  it('omits -X for a plain GET and uses --head for HEAD', () => {
    expect(toCurl(get)).toBe(`curl \\\n  '${URL}'`)
    expect(toCurl({ ...get, method: 'HEAD' })).toBe(`curl \\\n  --head \\\n  '${URL}'`)
  })
})

describe('toFetch', () => {
  it('writes a fetch call whose compact JSON body is the same bytes', () => {
    const code = toFetch(post)
    expect(code).toBe(
      [
        `const response = await fetch("${URL}", {`,
        '  method: "POST",',
        '  headers: {',
        '    "Content-Type": "application/json",',
        `    "X-Note": "it's",`,
        '  },',
        '  body: JSON.stringify({',
        '    "name": "Rex",',
        '    "age": 3',
        '  }),',
        '})',
        'console.log(response.status, await response.text())',
      ].join('\n'),
    )
    const body = /body: (JSON\.stringify\([\s\S]*?\)),\n\}\)/.exec(code)?.[1]
    expect(new Function(`return ${body}`)()).toBe(post.body)
  })

  it('keeps other bodies as string literals', () => {
    expect(toFetch({ ...post, headers: [], body: '{ "spaced": true }' })).toContain(
      '  body: "{ \\"spaced\\": true }",',
    )
    expect(toFetch(get)).toBe(
      `const response = await fetch("${URL}", {\n  method: "GET",\n})\nconsole.log(response.status, await response.text())`,
    )
  })
})

describe('toHttpie', () => {
  it('writes the body with --raw, then method, URL and headers', () => {
    expect(toHttpie(post)).toBe(
      `http --raw '{"name":"Rex","age":3}' POST '${URL}' Content-Type:application/json 'X-Note:it'\\''s'`,
    )
    expect(toHttpie(get)).toBe(`http GET '${URL}'`)
  })
})

describe('a binary body (kept as base64)', () => {
  const png: SentRequest = {
    method: 'PUT',
    url: URL,
    headers: [['content-type', 'image/png']],
    body: 'iVBORw0KGgo=',
    bodyEncoding: 'base64',
  }

  it('is decoded and piped into curl and HTTPie', () => {
    expect(toCurl(png)).toBe(
      [
        'printf %s iVBORw0KGgo= | base64 -d | curl \\',
        '  -X PUT \\',
        `  '${URL}' \\`,
        `  -H 'content-type: image/png' \\`,
        '  --data-binary @-',
      ].join('\n'),
    )
    expect(toHttpie(png)).toBe(
      `printf %s iVBORw0KGgo= | base64 -d | http PUT '${URL}' content-type:image/png`,
    )
  })

  it('is sent as bytes by fetch', () => {
    expect(toFetch(png)).toContain('  body: Uint8Array.from(atob("iVBORw0KGgo="), (c) => c.charCodeAt(0)),')
  })
})
