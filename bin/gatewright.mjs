#!/usr/bin/env node
// The `gatewright` command. The CLI is built into lib/ by `npm install` (the prepare script).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('../lib/cli.js', import.meta.url))
if (!existsSync(cli)) {
  console.error('gatewright: lib/cli.js is missing; run `npm run build:lib` (npm install does it for you)')
  process.exit(1)
}
await import(cli)
