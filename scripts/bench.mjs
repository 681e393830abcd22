#!/usr/bin/env node
// `npm run bench [-- NAME…]`: runs bench/<NAME>.bench.ts (all of them without a name).
// Each benchmark measures us against a named peer in the same run and prints ratios.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'

const all = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const names = wanted.length > 0 ? wanted : all
let failed = false
for (const name of names) {
  if (!all.includes(name)) {
    console.error(`unknown benchmark "${name}"; available: ${all.join(', ') || '(none yet)'}`)
    failed = true
    continue
  }
  console.log(`\n=== bench: ${name} ===`)
  const r = spawnSync('npx', ['tsx', `bench/${name}.bench.ts`], { stdio: 'inherit' })
  if (r.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
