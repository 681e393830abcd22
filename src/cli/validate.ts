import { readFile } from 'node:fs/promises'
import type { ImportIssue } from '../lib/openapi'
import { checkOpenApi } from '../lib/openapi'
import { type CliIo, registerCommand } from './runCli'

const USAGE = `Usage: gatewright validate <spec> [options]

Checks an OpenAPI 3.0 / Swagger 2.0 file (JSON or YAML) the way API Gateway's importer would
and prints its errors and warnings with JSON pointers. Exit code 1 when there are errors.

Options:
  --api-type rest|http   check as a REST or HTTP API (default: decided by the extensions used)
  -h, --help             show this help
`

/** A small flag parser shared by the import, export and validate commands. */
export interface ParsedArgs {
  positional: string[]
  flags: Map<string, string | true>
}

/**
 * `--name value`, `--name=value` and bare `--switch`. `switches` are the flags that take no
 * value; any other flag without a value is an error.
 */
export function parseArgs(args: string[], valued: string[], switches: string[]): ParsedArgs | string {
  const positional: string[] = []
  const flags = new Map<string, string | true>()
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (!a.startsWith('-') || a === '-') {
      positional.push(a)
      continue
    }
    const [name, inline] = a.includes('=')
      ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
      : [a, undefined]
    if (name === '-h' || name === '--help') {
      flags.set('--help', true)
      continue
    }
    if (switches.includes(name)) {
      flags.set(name, true)
      continue
    }
    if (!valued.includes(name)) return `unknown option ${name}`
    const value = inline ?? args[++i]
    if (value === undefined || value.startsWith('--')) return `${name} needs a value`
    flags.set(name, value)
  }
  return { positional, flags }
}

export function choice<T extends string>(
  value: string | true | undefined,
  allowed: readonly T[],
  flag: string,
): T | string | undefined {
  if (value === undefined) return undefined
  if (value === true || !allowed.includes(value as T)) return `${flag} must be one of ${allowed.join(', ')}`
  return value as T
}

/** One issue per line: `error   /paths/~1pets/get  message`. */
export function formatIssue(issue: ImportIssue): string {
  return `${issue.severity.padEnd(7)} ${issue.pointer || '/'}  ${issue.message}\n`
}

export async function runValidate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ['--api-type'], [])
  if (typeof parsed === 'string') {
    io.stderr.write(`gatewright validate: ${parsed}\n\n${USAGE}`)
    return 2
  }
  if (parsed.flags.has('--help')) {
    io.stdout.write(USAGE)
    return 0
  }
  const [file, ...extra] = parsed.positional
  if (!file || extra.length > 0) {
    io.stderr.write(`gatewright validate: give exactly one spec file\n\n${USAGE}`)
    return 2
  }
  const apiType = parsed.flags.get('--api-type')
  if (apiType !== undefined && apiType !== 'rest' && apiType !== 'http') {
    io.stderr.write('gatewright validate: --api-type must be rest or http\n')
    return 2
  }
  const text = await readFile(file, 'utf8')
  const result = checkOpenApi(text, apiType ? { apiType } : {})
  for (const issue of result.issues) io.stdout.write(formatIssue(issue))
  const kind = result.apiType ? `${result.apiType.toUpperCase()} API, ` : ''
  const flavour =
    result.flavour === 'swagger2' ? 'Swagger 2.0, ' : result.flavour === 'oas30' ? 'OpenAPI 3.0, ' : ''
  io.stdout.write(
    `${file}: ${flavour}${kind}${result.errors.length} error(s), ${result.warnings.length} warning(s)${result.errors.length === 0 ? ' — API Gateway would import it' : ' — API Gateway would refuse it'}\n`,
  )
  return result.errors.length > 0 ? 1 : 0
}

registerCommand('validate', 'check an OpenAPI file as API Gateway’s importer would', runValidate)
