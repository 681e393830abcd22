#!/usr/bin/env node
// Enforces the dependency direction of ../DESIGN.md between the top-level folders of src/,
// and the determinism rule inside src/core (time and randomness only through src/core/ports).
// Biome's own rules ban DOM/timer/storage/network globals and framework imports in core;
// this script covers what a per-file linter cannot see: which folder a relative import lands in.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const src = join(root, 'src')

/** Which top-level src folders each folder may import from (itself always allowed). */
export const allowed = {
  main: ['app'],
  app: ['features', 'state', 'core', 'adapters', 'ui', 'lib'],
  features: ['state', 'core', 'ui', 'features'],
  state: ['core'],
  ui: [],
  adapters: ['core'],
  cli: ['adapters', 'core', 'lib'],
  lib: ['core', 'adapters'],
  core: [],
  testing: ['core', 'adapters', 'state'],
}

/** Inside core: sub-folders that must not see each other. */
const coreRules = [
  {
    from: 'vtl',
    forbidden: ['gateway', 'openapi', 'model'],
    why: 'the VTL interpreter knows nothing of API Gateway',
  },
  {
    from: 'model',
    forbidden: ['gateway', 'openapi'],
    why: 'the model does not depend on the emulator or the importer',
  },
]

const nondeterminism = [
  { re: /\bMath\.random\s*\(/, name: 'Math.random()', why: 'use the Random/IdSource port' },
  { re: /\bDate\.now\s*\(/, name: 'Date.now()', why: 'use the Clock port' },
  {
    re: /\bnew Date\s*\(\s*\)/,
    name: 'new Date()',
    why: 'use the Clock port (new Date() reads the wall clock)',
  },
]

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) walk(p, out)
    else if (/\.(ts|tsx)$/.test(name)) out.push(p)
  }
  return out
}

function topFolder(file) {
  const rel = relative(src, file).split(sep)
  return rel.length === 1 ? rel[0].replace(/\.(ts|tsx)$/, '') : rel[0]
}

const importRe =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g

export function checkFile(file, text) {
  const problems = []
  const isTest = /\.test\.tsx?$/.test(file)
  const from = topFolder(file)
  for (const m of text.matchAll(importRe)) {
    const spec = m[1] ?? m[2] ?? m[3]
    if (!spec?.startsWith('.')) continue
    const target = resolve(dirname(file), spec)
    if (!target.startsWith(src + sep)) continue
    const to = topFolder(target)
    if (to === from) {
      if (from === 'core') {
        const a = relative(join(src, 'core'), file).split(sep)[0]
        const b = relative(join(src, 'core'), target).split(sep)[0]
        const rule = coreRules.find((r) => r.from === a && r.forbidden.includes(b))
        if (rule) problems.push(`imports core/${b} (${spec}): ${rule.why}`)
      }
      continue
    }
    if (isTest && to === 'testing') continue
    if (!(allowed[from] ?? []).includes(to)) problems.push(`src/${from} may not import src/${to} (${spec})`)
  }
  if (from === 'core' && !isTest) {
    text.split('\n').forEach((line, i) => {
      if (/^\s*(\/\/|\/?\*)/.test(line)) return
      for (const rule of nondeterminism) {
        if (rule.re.test(line)) problems.push(`line ${i + 1}: ${rule.name}: ${rule.why}`)
      }
    })
  }
  return problems
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let count = 0
  for (const file of walk(src)) {
    for (const p of checkFile(file, readFileSync(file, 'utf8'))) {
      console.error(`${relative(root, file)}: ${p}`)
      count++
    }
  }
  if (count > 0) {
    console.error(`\narchitecture: ${count} problem(s); see the README of the folder and DESIGN.md`)
    process.exit(1)
  }
  console.log('architecture: dependency direction and core determinism hold')
}
