#!/usr/bin/env node
// `npm test`: every check CI runs, in order, with a plain "N passed, N failed" line per runner.
// Usage: npm test [-- --skip-e2e] [-- --only-e2e]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

const args = new Set(process.argv.slice(2))
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const results = []

function run(label, cmd, cmdArgs, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${cmdArgs.join(' ')}`)
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status === 0
}

function ensureChromium() {
  if (existsSync(chromium)) return true
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = existsSync('/usr/bin/apt-get')
  if (isRoot && hasApt) {
    console.log(`Chromium is missing at ${chromium}; installing Debian's chromium package…`)
    if (
      run('install chromium', 'sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium']) &&
      existsSync(chromium)
    )
      return true
  }
  console.error(
    `\nBrowser tests need Debian's Chromium at ${chromium}, and it could not be installed from here.\n` +
      'Run this, then npm test again:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n\n' +
      '(or set CHROMIUM_PATH to another Chromium binary)',
  )
  return false
}

mkdirSync('reports', { recursive: true })
let ok = true

if (!args.has('--only-e2e')) {
  ok = run('lint', 'npx', ['biome', 'check', '.']) && ok
  ok = run('architecture', 'node', ['scripts/check-architecture.mjs']) && ok
  ok = run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) && ok
  ok = run('library build', 'npx', ['vite', 'build', '-c', 'vite.lib.config.ts', '--logLevel', 'warn']) && ok
  const unitOk = run('unit tests', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=reports/vitest.json',
  ])
  ok = unitOk && ok
  if (existsSync('reports/vitest.json')) {
    const r = JSON.parse(readFileSync('reports/vitest.json', 'utf8'))
    results.push(['unit', r.numPassedTests, r.numFailedTests])
  } else {
    results.push(['unit', 0, 1])
  }
}

if (!args.has('--skip-e2e')) {
  if (!ensureChromium()) {
    ok = false
    results.push(['browser', 0, 1])
  } else {
    ok = run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']) && ok
    ok = run('first-load budget', 'node', ['scripts/check-bundle.mjs', 'dist']) && ok
    const e2eOk = run('browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/e2e.json',
      CHROMIUM_PATH: chromium,
    })
    ok = e2eOk && ok
    if (existsSync('reports/e2e.json')) {
      const s = JSON.parse(readFileSync('reports/e2e.json', 'utf8')).stats
      results.push(['browser', s.expected, s.unexpected + s.flaky])
    } else {
      results.push(['browser', 0, 1])
    }
  }
}

console.log('')
let passed = 0
let failed = 0
for (const [name, p, f] of results) {
  console.log(`${name}: ${p} passed, ${f} failed`)
  passed += p
  failed += f
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(ok && failed === 0 ? 0 : 1)
