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

describe('runCli', () => {
  it('prints usage with --help and exits 0', async () => {
    const c = capture()
    expect(await runCli(['--help'], c.io)).toBe(0)
    expect(c.out()).toContain('Usage: gatewright <command>')
  })
  it('rejects an unknown command with exit code 2', async () => {
    const c = capture()
    expect(await runCli(['frobnicate'], c.io)).toBe(2)
    expect(c.err()).toContain('unknown command "frobnicate"')
  })
})
