import { readFile } from 'node:fs/promises'
import { parseProjectFile } from '../core/model/projectFile'
import { exportOpenApi } from '../lib/openapi'
import { type CliIo, registerCommand } from './runCli'
import { choice, parseArgs } from './validate'

const USAGE = `Usage: gatewright export <project-file> [options]

Prints one API of a project as OpenAPI to stdout. What the chosen flavour and extension set
cannot hold is listed on stderr (it stays in the project file).

Options:
  --api NAME|ID                 the API to export (default: the only API of the project)
  --flavour oas30|swagger2      OpenAPI 3.0.1 (default) or Swagger 2.0
  --format json|yaml            default json
  --extensions none|integrations|authorizers|apigateway
                                which x-amazon-apigateway extensions to write (default apigateway)
  --stage NAME                  write this stage's invoke URL in servers / host + basePath
  -h, --help                    show this help
`

export async function runExport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ['--api', '--flavour', '--format', '--extensions', '--stage'], [])
  if (typeof parsed === 'string') {
    io.stderr.write(`gatewright export: ${parsed}\n\n${USAGE}`)
    return 2
  }
  if (parsed.flags.has('--help')) {
    io.stdout.write(USAGE)
    return 0
  }
  const [file, ...extra] = parsed.positional
  if (!file || extra.length > 0) {
    io.stderr.write(`gatewright export: give exactly one project file\n\n${USAGE}`)
    return 2
  }
  const flavour =
    choice(parsed.flags.get('--flavour'), ['oas30', 'swagger2'] as const, '--flavour') ?? 'oas30'
  const format = choice(parsed.flags.get('--format'), ['json', 'yaml'] as const, '--format') ?? 'json'
  const extensions =
    choice(
      parsed.flags.get('--extensions'),
      ['none', 'integrations', 'authorizers', 'apigateway'] as const,
      '--extensions',
    ) ?? 'apigateway'
  for (const v of [flavour, format, extensions]) {
    if (v.startsWith('--')) {
      io.stderr.write(`gatewright export: ${v}\n`)
      return 2
    }
  }
  const read = parseProjectFile(await readFile(file, 'utf8'))
  if (!read.ok) {
    io.stderr.write(`gatewright export: ${file}: ${read.error.message}\n`)
    return 1
  }
  const api = parsed.flags.get('--api')
  const stage = parsed.flags.get('--stage')
  const result = exportOpenApi(read.project, {
    flavour: flavour as 'oas30' | 'swagger2',
    format: format as 'json' | 'yaml',
    extensions: extensions as 'none' | 'integrations' | 'authorizers' | 'apigateway',
    ...(typeof api === 'string' ? { api } : {}),
    ...(typeof stage === 'string' ? { stageName: stage } : {}),
  })
  io.stdout.write(result.text)
  if (result.omitted.length > 0) {
    io.stderr.write('Not in this export (kept in the project file):\n')
    for (const o of result.omitted) io.stderr.write(`  - ${o.what}: ${o.why}\n`)
  }
  return 0
}

registerCommand('export', 'print an API of a project file as OpenAPI', runExport)
