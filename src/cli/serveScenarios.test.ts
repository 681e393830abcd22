import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listScenarioFiles, loadScenario, sendRaw, startEchoBackend } from '../adapters/node/scenarioFiles'
import { compareResponse, parseRawRequest, parseRawResponse } from '../adapters/node/scenarioFormat'
import { scenarioProject } from '../adapters/node/scenarioProject'
import { serializeProject } from '../core/model/projectFile'
import { serve } from './serve'

/**
 * The golden scenarios marked `via: [serve]`, sent over real HTTP to `gatewright serve` (the
 * command itself, serving the scenario's project file on a free port), with AWS's header casing
 * compared exactly.
 */

let backend: { url: string; close: () => Promise<void> }
beforeAll(async () => {
  backend = await startEchoBackend()
})
afterAll(() => backend.close())

const silent = { stdout: { write: () => true }, stderr: { write: () => true } }
const chosen = listScenarioFiles().filter((f) => (loadScenario(f, '').via ?? []).includes('serve'))

describe('golden scenarios through gatewright serve', () => {
  it('covers a subset of the scenarios', () => expect(chosen.length).toBeGreaterThan(5))
  for (const file of chosen) {
    it(`${file}: answers the same over real HTTP, with AWS header casing`, async () => {
      const sc = loadScenario(file, backend.url)
      const dir = mkdtempSync(join(tmpdir(), 'gatewright-scenario-'))
      const projectFile = join(dir, 'scenario.gatewright.json')
      writeFileSync(projectFile, serializeProject(scenarioProject(sc)))
      const stop = new AbortController()
      let port = 0
      const done = serve([projectFile, '--port', '0', '--quiet'], silent, {
        signal: stop.signal,
        onListening: (p) => (port = p),
      })
      try {
        while (port === 0) await new Promise((r) => setTimeout(r, 5))
        for (const ex of sc.exchanges) {
          const res = await sendRaw(port, parseRawRequest(ex.request))
          const problems = compareResponse(parseRawResponse(ex.response), res, {
            exactCase: true,
            absent: ex.absent ?? [],
          })
          expect(problems, `${file} › ${ex.name}`).toEqual([])
        }
      } finally {
        stop.abort()
        expect(await done).toBe(0)
      }
    })
  }
})
