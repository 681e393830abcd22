// biome-ignore-all lint/suspicious/noTemplateCurlyInString: VTL templates use ${…} references
import { describe, expect, it } from 'vitest'
import { compileMappingTemplate } from './compileMappingTemplate'
import { REST_CONTEXT_KEYS } from './contextVariable'
import type { MappingInput } from './MappingInput'
import { MappingTemplateError } from './MappingTemplateError'
import { renderMappingTemplate } from './renderMappingTemplate'

/**
 * One test per recorded AWS behaviour in ../shared/aws/vtl-behaviour.md ("fact N" below),
 * asserting the exact bytes AWS renders.
 */
const base: MappingInput = {
  body: '',
  params: { path: {}, querystring: {}, header: {} },
  context: {},
  stageVariables: {},
}

function render(template: string, input: Partial<MappingInput> = {}): string {
  return renderMappingTemplate(template, { ...base, ...input }).output
}

const CONTEXT = {
  resourceId: 'abc123',
  resourcePath: '/pets/{id}',
  httpMethod: 'GET',
  extendedRequestId: 'ext-1',
  requestTime: '01/Jan/2025:00:00:00 +0000',
  path: '/dev/pets/42',
  accountId: '123456789012',
  protocol: 'HTTP/1.1',
  stage: 'dev',
  domainPrefix: 'api1',
  requestTimeEpoch: 1735689600000,
  requestId: 'req-1',
  identity: {
    sourceIp: '203.0.113.1',
    userAgent: 'curl/8',
    cognitoIdentityPoolId: null,
    accountId: null,
    cognitoIdentityId: null,
    caller: null,
    principalOrgId: null,
    accessKey: null,
    cognitoAuthenticationType: null,
    cognitoAuthenticationProvider: null,
    userArn: null,
    user: null,
  },
  domainName: 'api1.execute-api.us-east-1.amazonaws.com',
  deploymentId: 'dep-1',
  apiId: 'api1',
  isCanaryRequest: false,
}

describe('fact 1: null and unresolved references print nothing', () => {
  it('prints "" for $x, $!x, a property of a list and a property of the raw body', () => {
    expect(render('[$x][$!x][${x}][$x.y.z]')).toBe('[][][][]')
    expect(render("[$input.path('$.result').nested]", { body: '{"result":[1,2]}' })).toBe('[]')
    expect(render('[$input.body.testAccess]', { body: '{"testAccess":1}' })).toBe('[]')
  })
})

describe('fact 2: null equals the empty string', () => {
  it('a missing path and a JSON null are == $null and == ""', () => {
    const body = '{"nul": null}'
    expect(
      render(`#if($input.path('$.missing') == $null)a#end#if($input.path('$.missing') == "")b#end`, { body }),
    ).toBe('ab')
    expect(
      render(`#if($input.path('$.nul') == $null)a#end#if($input.path('$.nul') == "")b#end`, { body }),
    ).toBe('ab')
  })
  it("an undefined reference is not != ''", () => {
    expect(render("#if( $foo.bar.stuff != '')yes#{else}no#end")).toBe('no')
  })
  it('an empty list is neither null nor ""', () => {
    expect(
      render(`#if($input.path('$.l') == "")a#end#if($input.path('$.l') == $null)b#end.`, {
        body: '{"l":[]}',
      }),
    ).toBe('.')
  })
})

describe('fact 3: objects print as Java maps, lists as compact JSON', () => {
  it('prints maps with "=" and ", ", in key order', () => {
    expect(render("$input.path('$.a')", { body: '{"a":{"foo":"bar"}}' })).toBe('{foo=bar}')
    expect(render("$input.path('$')", { body: '{"bigger":"dict","to":"test","with":"separators"}' })).toBe(
      '{bigger=dict, to=test, with=separators}',
    )
  })
  it('prints lists as JSON, objects inside as JSON', () => {
    expect(render("$input.path('$.l')", { body: '{"l":[{"foo":"bar"}]}' })).toBe('[{"foo":"bar"}]')
    expect(render("$input.path('$')", { body: '{"foo":[{"nested":"bar"}]}' })).toBe(
      '{foo=[{"nested":"bar"}]}',
    )
  })
  it('.toString() gives the same text', () => {
    expect(render("$input.path('$').toString()", { body: '{"foo":[{"nested":"bar"}]}' })).toBe(
      '{foo=[{"nested":"bar"}]}',
    )
  })
})

describe('fact 4: numbers and booleans print as they are', () => {
  it('prints path parameters, booleans and decimals unchanged', () => {
    expect(render('"id": $input.params().path.id', { params: { ...base.params, path: { id: '42' } } })).toBe(
      '"id": 42',
    )
    expect(render('$context.isCanaryRequest', { context: { isCanaryRequest: true } })).toBe('true')
    expect(render('$context.isCanaryRequest', { context: { isCanaryRequest: false } })).toBe('false')
    expect(
      render("$input.path('$.a') $input.path('$.b') $input.path('$.c')", {
        body: '{"a":1.99,"b":0.99,"c":1990.19}',
      }),
    ).toBe('1.99 0.99 1990.19')
  })
})

describe('fact 5: inline directives add no whitespace', () => {
  it('leaves only the chosen text', () => {
    expect(render('"x": #if(true)"true"#else"false"#end,')).toBe('"x": "true",')
  })
})

describe('fact 6: an empty body reads as {}', () => {
  it('$input.body of an empty body is exactly "{}"', () => {
    expect(render('$input.body', { body: '' })).toBe('{}')
    expect(render("$input.json('$')", { body: '' })).toBe('{}')
  })
  it('a non-empty body is raw text, even when it is not JSON', () => {
    expect(render('$input.body', { body: 'a=b&c=d\n' })).toBe('a=b&c=d\n')
  })
})

describe('fact 7: paths that match nothing', () => {
  it('$input.path gives nothing, even on an empty or non-JSON body', () => {
    expect(render("[$input.path('$.nope')]", { body: '{"a":1}' })).toBe('[]')
    expect(render("[$input.path('$.nope')]", { body: '' })).toBe('[]')
    expect(render("[$input.path('$.nope')]", { body: 'a=b' })).toBe('[]')
  })
  it('$input.json gives "" (two quote characters)', () => {
    expect(render("$input.json('$.nope')", { body: '{"a":1}' })).toBe('""')
  })
})

describe('fact 8: lenient JSON (json-smart)', () => {
  it('a body that does not look like JSON is a string', () => {
    expect(render("$input.path('$')|$input.json('$')", { body: 'a=b' })).toBe('a=b|"a=b"')
    for (const body of ['a{b', 'null{', 'true{']) expect(render("$input.path('$')", { body })).toBe(body)
  })
  it('a body starting with { or [ that is broken is a payload error (AWS: 400)', () => {
    for (const [body, message] of [
      [
        '{a',
        'Could not process payloadnet.minidev.json.parser.ParseException: Unexpected End Of File position 1: null',
      ],
      [
        '[a',
        'Could not process payloadnet.minidev.json.parser.ParseException: Unexpected End Of File position 1: EOF',
      ],
    ] as const) {
      try {
        render("$input.path('$')", { body })
        expect.unreachable()
      } catch (e) {
        expect(e).toBeInstanceOf(MappingTemplateError)
        expect((e as MappingTemplateError).kind).toBe('payload')
        expect((e as MappingTemplateError).awsMessage).toBe(message)
      }
    }
  })
  it('accepts an unquoted key ({statusCode: 200})', () => {
    expect(render("$input.path('$.statusCode')", { body: '{statusCode: 200}' })).toBe('200')
  })
})

describe('fact 9: $input.params lookup order', () => {
  const params = { path: { id: 'p' }, querystring: { id: 'q', q: 'q2' }, header: { id: 'h', h: 'h3' } }
  it('looks in path, then query string, then header', () => {
    expect(render("$input.params('id') $input.params('q') $input.params('h')", { params })).toBe('p q2 h3')
  })
  it('a missing parameter gives ""', () => {
    expect(render("[$input.params('none')]", { params })).toBe('[]')
    expect(render(`#if($input.params('none') == "")empty#end`, { params })).toBe('empty')
  })
})

describe('fact 10: headers hidden from $input.params', () => {
  const hidden = [
    'Connection',
    'Content-MD5',
    'Expect',
    'Max-Forwards',
    'Proxy-Authenticate',
    'Server',
    'TE',
    'Transfer-Encoding',
    'Trailer',
    'Upgrade',
    'WWW-Authenticate',
  ]
  const shown = [
    'Authorization',
    'Age',
    'Pragma',
    'Range',
    'Referer',
    'Warn',
    'User-Agent',
    'Accept',
    'Content-Encoding',
  ]
  const header = Object.fromEntries([...hidden, ...shown].map((h) => [h, `v-${h}`]))
  it('never shows the eleven hidden headers', () => {
    for (const h of hidden)
      expect(render(`[$input.params('${h}')]`, { params: { ...base.params, header } })).toBe('[]')
    expect(render('$input.params().header.keySet()', { params: { ...base.params, header } })).toBe(
      `[${shown.join(', ')}]`,
    )
  })
  it('shows the others', () => {
    for (const h of shown)
      expect(render(`$input.params('${h}')`, { params: { ...base.params, header } })).toBe(`v-${h}`)
  })
})

describe('fact 11: JSONPath details', () => {
  const body = '{"records":[{"id":"r0"},{"id":"r1"}],"obj":{"a":1,"b":2}}'
  it('index notation, ${idx} inside the path, .size() on lists and objects', () => {
    expect(render("$input.json('$.records[0]')", { body })).toBe('{"id":"r0"}')
    expect(render(`#set($idx = 1)$input.path("$.records[\${idx}].id")`, { body })).toBe('r1')
    expect(render("$input.path('$.records').size() $input.path('$.obj').size()", { body })).toBe('2 2')
  })
  it('$map.key, $list[0] and $map["k"] navigate', () => {
    expect(render(`#set($r = $input.path('$'))$r.obj.a $r.records[1].id $r["obj"]["b"]`, { body })).toBe(
      '1 r1 2',
    )
  })
})

describe('fact 12: the $context key set and order', () => {
  it('keySet() lists AWS’s keys in AWS’s order, overrides included, no authorizer', () => {
    expect(render('$context.keySet()', { context: CONTEXT })).toBe(
      `[${[...REST_CONTEXT_KEYS, 'isCanaryRequest'].join(', ')}]`,
    )
  })
  it('$context.authorizer.keySet() works and is empty without an authorizer', () => {
    expect(render('$context.authorizer.keySet()', { context: CONTEXT })).toBe('[]')
  })
  it('identity keys come in AWS’s order', () => {
    expect(render('$context.identity.keySet()', { context: CONTEXT })).toBe(
      '[cognitoIdentityPoolId, accountId, cognitoIdentityId, caller, sourceIp, principalOrgId, accessKey, cognitoAuthenticationType, cognitoAuthenticationProvider, userArn, userAgent, user]',
    )
  })
})

describe('fact 13: nested $context objects print as ""', () => {
  it('identity, requestOverride, responseOverride and their sub-maps print nothing', () => {
    expect(
      render(
        "[$context.get('identity')][$context.identity][$context.requestOverride][$context.requestOverride.header][$context.responseOverride][$context.responseOverride.header]",
        { context: CONTEXT },
      ),
    ).toBe('[][][][][][]')
  })
  it('in a request template responseOverride has only header', () => {
    expect(render('$context.responseOverride.keySet()', { context: CONTEXT })).toBe('[header]')
  })
})

describe('fact 14: authorizer values are strings', () => {
  it('a number or boolean from the authorizer reads as a string', () => {
    const context = { ...CONTEXT, authorizer: { principalId: 'u1', count: 3, admin: true } }
    expect(
      render(
        '$context.authorizer.count.class.simpleName $context.authorizer.admin.class.simpleName $context.authorizer.count',
        { context },
      ),
    ).toBe('String String 3')
  })
})

describe('fact 15: stage variables', () => {
  const stageVariables = { v: 'one' }
  it('a missing stage variable gives ""', () => {
    expect(render('[$stageVariables.nope]', { stageVariables })).toBe('[]')
  })
  it("$stageVariables.x, $stageVariables['x'] and ${stageVariables['x']} are equivalent", () => {
    expect(render("$stageVariables.v $stageVariables['v'] ${stageVariables['v']}", { stageVariables })).toBe(
      'one one one',
    )
  })
})

describe('fact 16: overrides', () => {
  it('a request template may set the response status and headers', () => {
    const r = renderMappingTemplate(
      '#set($context.responseOverride.status = 444)#set($context.responseOverride.header.X-Trace = "t")',
      base,
    )
    expect(r.output).toBe('')
    expect(r.overrides.response).toEqual({ status: 444, header: { 'X-Trace': 't' } })
    expect(r.overrideErrors).toEqual([])
  })
  it('#set($map[$k] = v), $map.put(k, v) and $context["requestOverride"].querystring["k"] all assign', () => {
    const r = renderMappingTemplate(
      `#set($k = 'h1')#set($context.requestOverride.header[$k] = 'a')$context.requestOverride.header.put('h2', 'b')#set($context["requestOverride"].querystring["q"] = 'c')`,
      base,
    )
    expect(r.overrides.request).toEqual({ header: { h1: 'a', h2: 'b' }, path: {}, querystring: { q: 'c' } })
  })
  it('a response template reads the overrides the request template set', () => {
    const req = renderMappingTemplate('#set($context.requestOverride.path.stash = "kept")', base)
    const res = renderMappingTemplate('$context.requestOverride.path.stash', {
      ...base,
      overrides: req.overrides,
    })
    expect(res.output).toBe('kept')
  })
  it('a template that never reads $context keeps the overrides already in force', () => {
    const req = renderMappingTemplate(
      '#set($context.requestOverride.header.h = "v")#set($context.responseOverride.status = 202)',
      base,
    )
    const res = renderMappingTemplate('$input.json("$")', { ...base, overrides: req.overrides })
    expect(res.overrides).toEqual(req.overrides)
    expect(res.overrides.response.status).toBe(202)
    expect(res.overrideErrors).toEqual([])
  })
  it('a list override becomes a multi-value header', () => {
    const r = renderMappingTemplate('#set($context.requestOverride.header.multi = ["foo", "bar"])', base)
    expect(r.overrides.request.header.multi).toEqual(['foo', 'bar'])
  })
  it('setting the same override twice is refused (AWS: 5XX)', () => {
    const r = renderMappingTemplate(
      '#set($context.responseOverride.status = 400)#set($context.responseOverride.status = 401)',
      base,
    )
    expect(r.overrideErrors).toEqual([
      'responseOverride.status is set more than once; AWS overrides are final (5XX)',
    ])
    const req = renderMappingTemplate('#set($context.responseOverride.header.X = "a")', base)
    const res = renderMappingTemplate('#set($context.responseOverride.header.X = "b")', {
      ...base,
      overrides: req.overrides,
    })
    expect(res.overrideErrors).toHaveLength(1)
  })
  it('overrides apply after rendering: the template still sees its own writes', () => {
    const r = renderMappingTemplate(
      '#set($context.responseOverride.status = 201)$context.responseOverride.status',
      base,
    )
    expect(r.output).toBe('201')
  })
})

describe('fact 17: escapeJavaScript', () => {
  it("turns ' into \\' and escapes \" and newlines", () => {
    expect(render("$util.escapeJavaScript($input.path('$.s'))", { body: '{"s":"it\'s \\"q\\"\\nx"}' })).toBe(
      'it\\\'s \\"q\\"\\nx',
    )
  })
  it('the documented fix .replaceAll("\\\\\'","\'") works because VTL string literals keep backslashes', () => {
    expect(render(`$util.escapeJavaScript("it's").replaceAll("\\\\'","'")`)).toBe("it's")
  })
})

describe('fact 18: urlEncode is form encoding', () => {
  it('space → +, {, " and : → %7B %22 %3A; urlEncode(null) is ""', () => {
    expect(render(`$util.urlEncode('a b{":}')`)).toBe('a+b%7B%22%3A%7D')
    expect(render("[$util.urlEncode($input.path('$.missing'))]", { body: '{}' })).toBe('[]')
  })
  it('urlDecode turns + into a space', () => {
    expect(render("$util.urlDecode('a+b%20c')")).toBe('a b c')
  })
})

describe('fact 19: base64 and parseJson', () => {
  it('base64Encode encodes the raw UTF-8 body with padding', () => {
    expect(render('$util.base64Encode($input.body)', { body: '{"k":"é"}' })).toBe('eyJrIjoiw6kifQ==')
    expect(render("$util.base64Decode('eyJrIjoiw6kifQ==')")).toBe('{"k":"é"}')
  })
  it('parseJson gives navigable maps and lists', () => {
    expect(render(`#set($o = $util.parseJson('{"key2":{"arr":[7,8]}}'))$o.key2.arr[0]`)).toBe('7')
  })
})

describe('fact 20: limits', () => {
  it('a #foreach runs at most 1000 iterations', () => {
    expect(render('#set($n = 0)#foreach($i in [1..1500])#set($n = $n + 1)#end$n')).toBe('1000')
  })
  it('a template may be at most 300 KB', () => {
    const big = 'x'.repeat(300 * 1024 + 1)
    try {
      compileMappingTemplate(big)
      expect.unreachable()
    } catch (e) {
      expect((e as MappingTemplateError).kind).toBe('limit')
      expect((e as MappingTemplateError).code).toBe('VTL_TEMPLATE_TOO_LARGE')
    }
    expect(compileMappingTemplate('x'.repeat(300 * 1024)).render(base).output).toHaveLength(300 * 1024)
  })
})

describe('fact 21: template errors are positioned', () => {
  it('a syntax error carries line, column and a code frame', () => {
    try {
      compileMappingTemplate('{\n  "a": #if($x\n}')
      expect.unreachable()
    } catch (e) {
      const err = e as MappingTemplateError
      expect(err.kind).toBe('syntax')
      expect(err.line).toBe(3)
      expect(err.codeFrame).toContain('> 3 | }')
    }
  })
})

describe('header names (not recorded by AWS: see docs/fidelity.md)', () => {
  it('an exact name wins; otherwise a header matches in any casing (the Fetch API lower-cases names)', () => {
    const params = {
      path: {},
      querystring: {},
      header: { 'content-type': 'application/json', 'X-A': '1', 'x-a': '2' },
    }
    expect(
      render("$input.params('Content-Type') $input.params('x-a') $input.params('X-A')", { params }),
    ).toBe('application/json 2 1')
  })
})
