import { readFile } from 'node:fs/promises'
import {
  compileMappingTemplate,
  type MappingContext,
  type MappingInput,
  type MappingParams,
  MappingTemplateError,
} from '../lib/vtl'
import { type CliIo, registerCommand } from './runCli'
import { parseArgs } from './validate'

const USAGE = `Usage:
  gatewright vtl render --template FILE [--body FILE] [--params JSON] [--context JSON] [--stage-variables JSON]
  gatewright vtl render --cases FILE

Renders an API Gateway (REST) mapping template exactly as AWS does.

The first form prints the rendered text. --params is {"path":{},"querystring":{},"header":{}},
--context holds $context values (e.g. {"requestId":"r1","stage":"dev"}), --stage-variables the
stage variables. On an error it prints FILE:LINE:COLUMN, the message and a code frame to stderr
and exits 1.

The second form reads a JSON array of cases
  { "id", "template", "body", "params": {"path":{}, "querystring":{}, "header":{}}, "context", "stageVariables" }
and prints a JSON array of { "id", "output" } or { "id", "error": { "message", "line", "column" } }.
It exits 1 when any case ended in an error, so a CI job notices.

Options:
  -h, --help   show this help
`

function fail(io: CliIo, message: string): number {
  io.stderr.write(`gatewright vtl: ${message}\n\n${USAGE}`)
  return 2
}

function parseJsonFlag(value: string | true | undefined, flag: string): unknown {
  if (value === undefined) return undefined
  if (value === true) throw new Error(`${flag} needs a JSON value`)
  try {
    return JSON.parse(value)
  } catch (e) {
    throw new Error(`${flag} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`)
  }
}

function asObject(v: unknown, what: string): Record<string, unknown> {
  if (v === undefined || v === null) return {}
  if (typeof v !== 'object' || Array.isArray(v)) throw new Error(`${what} must be a JSON object`)
  return v as Record<string, unknown>
}

function asStringMap(v: unknown, what: string): Record<string, string> {
  const o = asObject(v, what)
  const out: Record<string, string> = {}
  for (const [k, x] of Object.entries(o)) out[k] = typeof x === 'string' ? x : JSON.stringify(x)
  return out
}

function toParams(v: unknown): MappingParams {
  const o = asObject(v, 'params')
  return {
    path: asStringMap(o.path, 'params.path'),
    querystring: asStringMap(o.querystring, 'params.querystring'),
    header: asStringMap(o.header, 'params.header'),
  }
}

function toBody(v: unknown): string {
  if (v === undefined || v === null) return ''
  return typeof v === 'string' ? v : JSON.stringify(v)
}

function toInput(c: Record<string, unknown>): MappingInput {
  return {
    body: toBody(c.body),
    params: toParams(c.params),
    context: asObject(c.context, 'context') as MappingContext,
    stageVariables: asStringMap(c.stageVariables, 'stageVariables'),
  }
}

async function renderOne(flags: Map<string, string | true>, io: CliIo): Promise<number> {
  const templateFile = flags.get('--template')
  if (typeof templateFile !== 'string') return fail(io, 'render needs --template FILE (or --cases FILE)')
  const template = await readFile(templateFile, 'utf8')
  const bodyFile = flags.get('--body')
  const input: MappingInput = {
    body: typeof bodyFile === 'string' ? await readFile(bodyFile, 'utf8') : '',
    params: toParams(parseJsonFlag(flags.get('--params'), '--params')),
    context: asObject(parseJsonFlag(flags.get('--context'), '--context'), '--context') as MappingContext,
    stageVariables: asStringMap(
      parseJsonFlag(flags.get('--stage-variables'), '--stage-variables'),
      '--stage-variables',
    ),
  }
  try {
    io.stdout.write(compileMappingTemplate(template).render(input).output)
    return 0
  } catch (e) {
    if (!(e instanceof MappingTemplateError)) throw e
    const extra = e.awsMessage ? `\nAWS would answer 400 {"message": ${JSON.stringify(e.awsMessage)}}` : ''
    io.stderr.write(`${templateFile}:${e.line}:${e.column}: ${e.detail}${extra}\n${e.codeFrame}\n`)
    return 1
  }
}

async function renderCases(file: string, io: CliIo): Promise<number> {
  const text = await readFile(file, 'utf8')
  let cases: unknown
  try {
    cases = JSON.parse(text)
  } catch (e) {
    throw new Error(`${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`)
  }
  if (!Array.isArray(cases)) throw new Error(`${file} must hold a JSON array of cases`)
  const results: unknown[] = []
  let failed = 0
  cases.forEach((raw, i) => {
    const c = asObject(raw, `case ${i}`)
    const id = c.id ?? i
    if (typeof c.template !== 'string') throw new Error(`case ${JSON.stringify(id)} has no "template" string`)
    try {
      results.push({ id, output: compileMappingTemplate(c.template).render(toInput(c)).output })
    } catch (e) {
      if (!(e instanceof MappingTemplateError)) throw e
      failed++
      results.push({ id, error: { message: e.awsMessage ?? e.detail, line: e.line, column: e.column } })
    }
  })
  io.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
  return failed > 0 ? 1 : 0
}

export async function runVtl(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout.write(USAGE)
    return sub === undefined ? 2 : 0
  }
  if (sub !== 'render') return fail(io, `unknown sub-command "${sub}"`)
  const parsed = parseArgs(
    rest,
    ['--template', '--body', '--params', '--context', '--stage-variables', '--cases'],
    [],
  )
  if (typeof parsed === 'string') return fail(io, parsed)
  if (parsed.flags.has('--help')) {
    io.stdout.write(USAGE)
    return 0
  }
  if (parsed.positional.length > 0) return fail(io, `unexpected argument ${parsed.positional[0]}`)
  const cases = parsed.flags.get('--cases')
  if (cases !== undefined) {
    if (typeof cases !== 'string') return fail(io, '--cases needs a FILE')
    if (parsed.flags.size > 1) return fail(io, '--cases cannot be combined with the other options')
    return renderCases(cases, io)
  }
  return renderOne(parsed.flags, io)
}

registerCommand('vtl', 'render mapping templates as API Gateway does', runVtl)
