import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { cryptoIds } from '../adapters/system/cryptoIds'
import { systemClock } from '../adapters/system/systemClock'
import { createEmptyProject } from '../core/model/project'
import { PROJECT_FILE_EXTENSION, parseProjectFile, serializeProject } from '../core/model/projectFile'
import { importOpenApi } from '../lib/openapi'
import { type CliIo, registerCommand } from './runCli'
import { choice, formatIssue, parseArgs } from './validate'

const USAGE = `Usage: gatewright import <spec> [options]

Imports an OpenAPI 3.0 / Swagger 2.0 file (JSON or YAML) into a project file, as API Gateway's
import would, and prints the warnings. Nothing is written when there are errors.

Options:
  --project FILE          the project file to create or update
                          (default: <spec name>${PROJECT_FILE_EXTENSION})
  --mode new|overwrite|merge
                          new API (default), or update an API of the project as PutRestApi does
  --fail-on-warnings      refuse the import when there are warnings (AWS's failonwarnings)
  --api NAME|ID           the API to overwrite or merge (default: the only one, or the one
                          named like the spec's info.title)
  --repair                import files AWS would refuse by repairing what it refuses
                          (non-alphanumeric model names, partial path parameters, CloudFormation
                          intrinsics…); each repair is printed as a warning
  -h, --help              show this help
`

export async function runImport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ['--project', '--mode', '--api'], ['--fail-on-warnings', '--repair'])
  if (typeof parsed === 'string') {
    io.stderr.write(`gatewright import: ${parsed}\n\n${USAGE}`)
    return 2
  }
  if (parsed.flags.has('--help')) {
    io.stdout.write(USAGE)
    return 0
  }
  const [spec, ...extra] = parsed.positional
  if (!spec || extra.length > 0) {
    io.stderr.write(`gatewright import: give exactly one spec file\n\n${USAGE}`)
    return 2
  }
  const mode = choice(parsed.flags.get('--mode'), ['new', 'overwrite', 'merge'] as const, '--mode') ?? 'new'
  if (mode !== 'new' && mode !== 'overwrite' && mode !== 'merge') {
    io.stderr.write(`gatewright import: ${mode}\n`)
    return 2
  }
  const projectFile =
    (parsed.flags.get('--project') as string | undefined) ??
    `${basename(spec).replace(/\.(json|ya?ml)$/i, '')}${PROJECT_FILE_EXTENSION}`
  let project = createEmptyProject(basename(spec).replace(/\.(json|ya?ml)$/i, ''), cryptoIds, systemClock)
  if (existsSync(projectFile)) {
    const read = parseProjectFile(await readFile(projectFile, 'utf8'))
    if (!read.ok) {
      io.stderr.write(`gatewright import: ${projectFile}: ${read.error.message}\n`)
      return 1
    }
    project = read.project
  } else if (mode !== 'new') {
    io.stderr.write(
      `gatewright import: --mode ${mode} updates an API of an existing project, and ${projectFile} does not exist\n`,
    )
    return 1
  }
  const text = await readFile(spec, 'utf8')
  const api = parsed.flags.get('--api')
  const result = importOpenApi(text, {
    project,
    mode,
    failOnWarnings: parsed.flags.has('--fail-on-warnings'),
    repair: parsed.flags.has('--repair'),
    ...(typeof api === 'string' ? { api } : {}),
  })
  for (const issue of result.issues) io.stdout.write(formatIssue(issue))
  if (!result.ok) {
    const why = result.failedOnWarnings
      ? `${result.warnings.length} warning(s) and --fail-on-warnings`
      : `${result.errors.length} error(s)`
    io.stderr.write(`gatewright import: ${spec} was not imported (${why}); ${projectFile} is unchanged\n`)
    if (
      result.errors.some((e) => e.awsError === undefined) &&
      !parsed.flags.has('--repair') &&
      result.errors.length > 0
    ) {
      io.stderr.write('  (--repair imports what API Gateway would refuse, with a warning for each repair)\n')
    }
    return 1
  }
  const next = { ...result.project, updatedAt: new Date(systemClock.now()).toISOString() }
  await writeFile(projectFile, serializeProject(next))
  const rest = next.restApis.find((a) => a.id === result.apiId)
  const http = next.httpApis.find((a) => a.id === result.apiId)
  const size = rest
    ? `${Object.keys(rest.resources).length} resources, ${Object.values(rest.resources).reduce((n, r) => n + Object.keys(r.methods).length, 0)} methods, ${Object.keys(rest.models).length} models`
    : `${Object.keys(http?.routes ?? {}).length} routes`
  const verb = mode === 'new' ? 'Imported' : mode === 'overwrite' ? 'Overwrote' : 'Merged into'
  io.stdout.write(
    `${verb} ${result.apiType === 'http' ? 'HTTP' : 'REST'} API "${(rest ?? http)?.name}" (${result.apiId}) in ${projectFile}: ${size}; ${result.warnings.length} warning(s)\n`,
  )
  return 0
}

registerCommand('import', 'import an OpenAPI file into a project file', runImport)
