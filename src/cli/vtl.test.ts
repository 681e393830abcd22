import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './runCli'

function capture() {
  let out = ''
  let err = ''
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } },
    out: () => out,
    err: () => err,
  }
}

const dir = mkdtempSync(join(tmpdir(), 'gatewright-vtl-'))
function file(name: string, text: string): string {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}

describe('gatewright vtl render --template', () => {
  it('prints the rendered text with body, params, context and stage variables', async () => {
    const template = file(
      'a.vtl',
      `{"id": "$input.params('id')", "q": "$input.params('q')", "name": $input.json('$.name'), "stage": "$context.stage", "v": "$stageVariables.v"}`,
    )
    const body = file('a.json', '{"name": "Ann / Bob"}')
    const c = capture()
    const code = await runCli(
      [
        'vtl',
        'render',
        '--template',
        template,
        '--body',
        body,
        '--params',
        '{"path":{"id":"42"},"querystring":{"q":"x y"},"header":{}}',
        '--context',
        '{"stage":"dev"}',
        '--stage-variables',
        '{"v":"sv"}',
      ],
      c.io,
    )
    expect(c.err()).toBe('')
    expect(code).toBe(0)
    expect(c.out()).toBe('{"id": "42", "q": "x y", "name": "Ann \\/ Bob", "stage": "dev", "v": "sv"}')
  })

  it('renders an empty body as {} and works without optional flags', async () => {
    const c = capture()
    expect(await runCli(['vtl', 'render', '--template', file('b.vtl', '$input.body')], c.io)).toBe(0)
    expect(c.out()).toBe('{}')
  })

  it('reports a syntax error as FILE:LINE:COLUMN with a code frame, exit 1', async () => {
    const template = file('bad.vtl', 'line one\n#if($a == )\nmore\n#end')
    const c = capture()
    expect(await runCli(['vtl', 'render', '--template', template], c.io)).toBe(1)
    expect(c.out()).toBe('')
    expect(c.err()).toMatch(new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+: `))
    expect(c.err()).toContain('> 2 | #if($a == )')
  })

  it('explains a body AWS would refuse (400 Could not process payload…)', async () => {
    const c = capture()
    const code = await runCli(
      ['vtl', 'render', '--template', file('c.vtl', "$input.path('$')"), '--body', file('c.json', '{a')],
      c.io,
    )
    expect(code).toBe(1)
    expect(c.err()).toContain(
      'AWS would answer 400 {"message": "Could not process payloadnet.minidev.json.parser.ParseException: Unexpected End Of File position 1: null"}',
    )
  })

  it('rejects bad JSON in --params and unknown options', async () => {
    const t = file('d.vtl', 'x')
    let c = capture()
    expect(await runCli(['vtl', 'render', '--template', t, '--params', '{nope'], c.io)).toBe(1)
    expect(c.err()).toContain('--params is not valid JSON')
    c = capture()
    expect(await runCli(['vtl', 'render', '--template', t, '--frob', '1'], c.io)).toBe(2)
    expect(c.err()).toContain('unknown option --frob')
    c = capture()
    expect(await runCli(['vtl', 'render'], c.io)).toBe(2)
    expect(c.err()).toContain('render needs --template FILE')
  })

  it('prints its usage', async () => {
    const c = capture()
    expect(await runCli(['vtl', '--help'], c.io)).toBe(0)
    expect(c.out()).toContain('gatewright vtl render --cases FILE')
  })
})

describe('gatewright vtl render --cases', () => {
  it('prints {id, output} and {id, error: {message, line, column}} per case', async () => {
    const cases = file(
      'cases.json',
      JSON.stringify([
        {
          id: 'ok',
          // biome-ignore lint/suspicious/noTemplateCurlyInString: VTL's formal reference ${…}
          template: "$input.params('id')-$input.path('$.a')-${context.requestId}-$stageVariables.s",
          body: '{"a": 1}',
          params: { path: { id: '7' }, querystring: {}, header: {} },
          context: { requestId: 'r-1' },
          stageVariables: { s: 'S' },
        },
        { id: 'object-body', template: "$input.json('$.k')", body: { k: [1, 2] } },
        { id: 'syntax', template: 'a\n  #end' },
        { id: 'runtime', template: "$input.path('$').substring(5)", body: '"abc"' },
      ]),
    )
    const c = capture()
    const code = await runCli(['vtl', 'render', '--cases', cases], c.io)
    expect(code).toBe(1)
    const results = JSON.parse(c.out())
    expect(results[0]).toEqual({ id: 'ok', output: '7-1-r-1-S' })
    expect(results[1]).toEqual({ id: 'object-body', output: '[1,2]' })
    expect(results[2]).toEqual({
      id: 'syntax',
      error: { message: '#end without a matching #if, #foreach, #macro or #define', line: 2, column: 3 },
    })
    expect(results[3].error.line).toBe(1)
    expect(results[3].error.column).toBe(17)
    expect(results[3].error.message).toContain('StringIndexOutOfBoundsException')
  })

  it('exits 0 when every case renders', async () => {
    const c = capture()
    const code = await runCli(
      ['vtl', 'render', '--cases', file('ok.json', '[{"id": 1, "template": "x"}]')],
      c.io,
    )
    expect(code).toBe(0)
    expect(JSON.parse(c.out())).toEqual([{ id: 1, output: 'x' }])
  })

  it('refuses a file that is not an array of cases', async () => {
    const c = capture()
    expect(await runCli(['vtl', 'render', '--cases', file('bad.json', '{"id": 1}')], c.io)).toBe(1)
    expect(c.err()).toContain('must hold a JSON array of cases')
  })
})
