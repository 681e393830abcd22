import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseProjectFile } from '../core/model/projectFile'
import { corpusPath } from '../testing/builders'
import { runCli } from './runCli'

const spec = (name: string) => corpusPath(`openapi/${name}`)

function capture() {
  let out = ''
  let err = ''
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } },
    out: () => out,
    err: () => err,
  }
}

describe('gatewright import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-import-'))
  const file = join(dir, 'shop.gatewright.json')
  it('creates a project file with the imported API and prints the warnings', async () => {
    const c = capture()
    expect(await runCli(['import', spec('localstack-mock-cors.swagger.json'), '--project', file], c.io)).toBe(
      0,
    )
    expect(c.out()).toContain(
      "warning /paths/~1product/get/responses  No responses specified for 'GET /product'\n",
    )
    expect(c.out()).toMatch(
      /Imported REST API ".*" \(\w+\) in .*shop\.gatewright\.json: 3 resources, 4 methods, 0 models; 2 warning\(s\)\n$/,
    )
    const read = parseProjectFile(readFileSync(file, 'utf8'))
    expect(read.ok && read.project.restApis).toHaveLength(1)
  })
  it('merges a second file into the same API, or adds a new one', async () => {
    const c = capture()
    expect(
      await runCli(['import', spec('awsdocs-simplecalc-vtl.swagger.json'), '--project', file], c.io),
    ).toBe(0)
    const read = parseProjectFile(readFileSync(file, 'utf8'))
    if (!read.ok) throw new Error(read.error.message)
    expect(read.project.restApis).toHaveLength(2)
    const first = read.project.restApis[0]!
    const m = capture()
    expect(
      await runCli(
        [
          'import',
          spec('localstack-pulumi-gateway-responses.swagger.json'),
          '--project',
          file,
          '--mode',
          'merge',
          '--api',
          first.id,
        ],
        m.io,
      ),
    ).toBe(0)
    expect(m.out()).toContain(`Merged into REST API`)
    const after = parseProjectFile(readFileSync(file, 'utf8'))
    if (!after.ok) throw new Error(after.error.message)
    expect(after.project.restApis).toHaveLength(2)
    expect(Object.keys(after.project.restApis[0]!.gatewayResponses).length).toBeGreaterThan(0)
  })
  it('writes nothing on errors or with --fail-on-warnings, exit 1', async () => {
    const before = readFileSync(file, 'utf8')
    const c = capture()
    expect(
      await runCli(['import', spec('sam-translator-resource-policy.swagger.json'), '--project', file], c.io),
    ).toBe(1)
    expect(c.out()).toMatch(/^error {3}\/info\/title {2}Invalid value for info\.title/)
    expect(c.err()).toContain('was not imported (1 error(s))')
    const w = capture()
    expect(
      await runCli(
        ['import', spec('localstack-mock-cors.swagger.json'), '--project', file, '--fail-on-warnings'],
        w.io,
      ),
    ).toBe(1)
    expect(w.err()).toContain('(2 warning(s) and --fail-on-warnings)')
    expect(readFileSync(file, 'utf8')).toBe(before)
  })
  it('imports what AWS refuses with --repair', async () => {
    const other = join(dir, 'sam.gatewright.json')
    const c = capture()
    expect(
      await runCli(
        ['import', spec('sam-translator-resource-policy.swagger.json'), '--project', other, '--repair'],
        c.io,
      ),
    ).toBe(0)
    expect(existsSync(other)).toBe(true)
  })
  it('refuses bad options', async () => {
    const c = capture()
    expect(await runCli(['import', spec('x.json'), '--mode', 'replace'], c.io)).toBe(2)
    expect(c.err()).toContain('--mode must be one of new, overwrite, merge')
  })
})
