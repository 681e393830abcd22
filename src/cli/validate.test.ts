import { describe, expect, it } from 'vitest'
import { corpusPath } from '../testing/builders'
import { runCli } from './runCli'

const CORPUS = corpusPath()

function capture() {
  let out = ''
  let err = ''
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } },
    out: () => out,
    err: () => err,
  }
}

describe('gatewright validate', () => {
  it('prints nothing but a summary for a clean file, exit 0', async () => {
    const c = capture()
    expect(await runCli(['validate', `${CORPUS}openapi/awsdocs-kinesis-proxy.oas30.json`], c.io)).toBe(0)
    expect(c.out()).toMatch(
      /awsdocs-kinesis-proxy\.oas30\.json: OpenAPI 3\.0, REST API, 0 error\(s\), 0 warning\(s\) — API Gateway would import it\n$/,
    )
  })
  it('prints errors with JSON pointers and exits 1', async () => {
    const c = capture()
    expect(await runCli(['validate', `${CORPUS}openapi-large/twilio-api-v2010.oas30.json`], c.io)).toBe(1)
    expect(c.out()).toContain(
      "error   /components/schemas/api.v2010.account  Unable to create model for 'api.v2010.account': Model name must be alphanumeric: api.v2010.account\n",
    )
    expect(c.out()).toMatch(/1 error\(s\), \d+ warning\(s\) — API Gateway would refuse it\n$/)
  })
  it('prints warnings for a file AWS imports with warnings', async () => {
    const c = capture()
    expect(await runCli(['validate', `${CORPUS}openapi/localstack-mock-cors.swagger.json`], c.io)).toBe(0)
    expect(c.out()).toContain(
      "warning /paths/~1product/get/responses  No responses specified for 'GET /product'\n",
    )
  })
  it('explains its usage', async () => {
    const c = capture()
    expect(await runCli(['validate'], c.io)).toBe(2)
    expect(c.err()).toContain('Usage: gatewright validate <spec>')
    expect(await runCli(['validate', 'x', '--bogus'], c.io)).toBe(2)
  })
})
