#!/usr/bin/env node
// Budget: the studio's first load ships at most 250 kB of gzipped JavaScript (issue 6).
// Counts what index.html loads before anything is imported lazily: its module scripts and
// modulepreload links. Monaco, the emulator and the workers load later, on demand.
// Usage: node scripts/check-bundle.mjs [distDir]
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET = 250 * 1000
const dist = process.argv[2] ?? 'dist'
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const files = new Set()
for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) files.add(m[1])
for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(m[1])
if (files.size === 0) {
  console.error(`bundle: no module scripts found in ${dist}/index.html`)
  process.exit(1)
}
let total = 0
for (const file of files) {
  const size = gzipSync(readFileSync(join(dist, file.replace(/^\//, '')))).length
  total += size
  console.log(`  ${(size / 1000).toFixed(1).padStart(7)} kB gz  ${file}`)
}
const verdict = total <= BUDGET ? 'within' : 'OVER'
console.log(
  `bundle: first load ${(total / 1000).toFixed(1)} kB of gzipped JavaScript, ${verdict} the ${BUDGET / 1000} kB budget`,
)
process.exit(total <= BUDGET ? 0 : 1)
