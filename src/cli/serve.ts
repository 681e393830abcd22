import type { AddressInfo } from 'node:net'
import { createNodeLambdaRuntime } from '../adapters/lambda/nodeLambdaRuntime'
import { createGatewayServer } from '../adapters/node/createGatewayServer'
import { loadServeProject } from '../adapters/node/loadServeProject'
import { createNodeHttpTransport } from '../adapters/node/nodeHttpTransport'
import { cryptoIds } from '../adapters/system/cryptoIds'
import { systemClock } from '../adapters/system/systemClock'
import { servedSnapshots, warmUpSteps } from '../adapters/warmup/deploymentWarmer'
import { GatewayEngine } from '../core/gateway/GatewayEngine'
import type { Project } from '../core/model/project'
import { type CliIo, registerCommand } from './runCli'

const USAGE = `Usage: gatewright serve <project-file|openapi-file> [options]

Serves the project's deployed REST API stages over HTTP, answering as API Gateway would.

Options:
  --port N                   port to listen on (default 4010; 0 picks a free one)
  --host ADDRESS             address to listen on (default 127.0.0.1)
  --stage NAME               OpenAPI file: the stage to deploy it to (default dev);
                             project file: serve only stages of this name
  --stage-variables JSON     OpenAPI file: the stage's variables, e.g. '{"backend":"localhost:3000"}'
  --quiet                    no per-request log lines
  -h, --help                 show this help

Requests reach a stage as http://HOST:PORT/{stage}/… or with the header
Host: {api-id}.execute-api.{region}.amazonaws.com. Ctrl+C stops the server.
`

export interface ServeControl {
  /** Resolves when the server listens; receives the actual port. */
  onListening?: (port: number) => void
  /** Stops the server when aborted (the CLI uses SIGINT/SIGTERM). */
  signal?: AbortSignal
}

interface ServeArgs {
  file: string
  port: number
  host: string
  stage?: string
  stageVariables: Record<string, string>
  quiet: boolean
}

function parseArgs(args: string[]): ServeArgs | string {
  const out: Partial<ServeArgs> & { stageVariables: Record<string, string> } = {
    stageVariables: {},
    quiet: false,
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    const value = () => {
      const v = args[++i]
      if (v === undefined) throw new Error(`${a} needs a value`)
      return v
    }
    if (a === '--port') {
      const n = Number(value())
      if (!Number.isInteger(n) || n < 0 || n > 65535) return `--port must be a port number, not ${args[i]}`
      out.port = n
    } else if (a === '--host') out.host = value()
    else if (a === '--stage') out.stage = value()
    else if (a === '--stage-variables') {
      const raw = value()
      let parsed: unknown
      try {
        parsed = JSON.parse(raw)
      } catch {
        return `--stage-variables must be a JSON object such as '{"name":"value"}', not ${raw}`
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return '--stage-variables must be a JSON object of strings'
      for (const [k, v] of Object.entries(parsed)) out.stageVariables[k] = String(v)
    } else if (a === '--quiet') out.quiet = true
    else if (a.startsWith('-')) return `unknown option ${a}`
    else if (out.file === undefined) out.file = a
    else return `unexpected argument ${a}`
  }
  if (out.file === undefined) return 'give a project file (.gatewright.json) or an OpenAPI file to serve'
  return { port: 4010, host: '127.0.0.1', ...out } as ServeArgs
}

function invokeUrls(project: Project, base: string): string[] {
  const lines: string[] = []
  const stageCount = new Map<string, number>()
  for (const s of project.stages)
    if (s.deploymentId) stageCount.set(s.stageName, (stageCount.get(s.stageName) ?? 0) + 1)
  for (const api of project.restApis) {
    for (const stage of project.stages.filter((s) => s.apiId === api.id && s.deploymentId)) {
      const host = `${api.id}.execute-api.${project.settings.region}.amazonaws.com`
      const unique = stageCount.get(stage.stageName) === 1
      lines.push(
        `  ${api.name} (${api.id}), stage ${stage.stageName}:`,
        unique
          ? `    ${base}/${stage.stageName}/`
          : `    (stage name shared by several APIs: use the Host header)`,
        `    or any path with the header  Host: ${host}`,
      )
    }
  }
  return lines
}

/** `gatewright serve`: the emulator over real HTTP. Resolves with the exit code once stopped. */
export async function serve(args: string[], io: CliIo, control: ServeControl = {}): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(USAGE)
    return 0
  }
  let parsed: ServeArgs | string
  try {
    parsed = parseArgs(args)
  } catch (e) {
    parsed = e instanceof Error ? e.message : String(e)
  }
  if (typeof parsed === 'string') {
    io.stderr.write(`gatewright serve: ${parsed}\n\n${USAGE}`)
    return 2
  }
  const opts = parsed
  const input = await loadServeProject(opts.file, {
    stage: opts.stage ?? 'dev',
    stageVariables: opts.stageVariables,
    ids: cryptoIds,
    clock: systemClock,
  })
  let project = input.project
  if (input.kind === 'project' && opts.stage !== undefined) {
    const only = opts.stage
    project = { ...project, stages: project.stages.filter((s) => s.stageName === only) }
  }
  for (const w of input.warnings) io.stderr.write(`warning: ${w}\n`)
  const deployed = project.stages.filter(
    (s) => s.deploymentId && project.restApis.some((a) => a.id === s.apiId),
  )
  if (deployed.length === 0) {
    io.stderr.write(
      `gatewright serve: ${opts.file} has no deployed REST API stage${opts.stage ? ` named ${opts.stage}` : ''}; deploy an API to a stage first.\n`,
    )
    return 1
  }
  // Compile what the first request to each stage would (routing tree, request-model
  // validators, mapping templates) before listening, so no request pays for it.
  for (const api of servedSnapshots(project)) {
    for (const step of warmUpSteps(api)) {
      try {
        step()
      } catch {
        // the request that needs it reports the problem, as it would without this
      }
    }
  }
  const lambda = createNodeLambdaRuntime()
  const engine = new GatewayEngine(() => project, {
    clock: systemClock,
    ids: cryptoIds,
    transport: createNodeHttpTransport(),
    lambda,
    // Nobody reads traces on the command line: keep none, so finished requests are garbage at once.
    traceLimit: 0,
  })
  const server = createGatewayServer(engine, {
    ...(opts.quiet
      ? {}
      : {
          onResponse: (r) => {
            io.stdout.write(`${r.method} ${r.path} ${r.status} ${r.latencyMs.toFixed(1)} ms\n`)
          },
        }),
  })
  server.keepAliveTimeout = 5000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, opts.host, () => resolve())
  }).catch(async (e: NodeJS.ErrnoException) => {
    await lambda.dispose()
    throw new Error(
      e.code === 'EADDRINUSE' ? `port ${opts.port} is in use; pick another with --port` : e.message,
    )
  })
  // Listen for Ctrl+C before saying so, so an early signal still stops the server cleanly.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => resolve()
    if (control.signal) {
      if (control.signal.aborted) stop()
      else control.signal.addEventListener('abort', stop, { once: true })
    } else {
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    }
  })
  const port = (server.address() as AddressInfo).port
  const shownHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host
  const base = `http://${shownHost}:${port}`
  io.stdout.write(
    [
      `Gatewright serving ${deployed.length} stage${deployed.length === 1 ? '' : 's'} on ${base}`,
      ...invokeUrls(project, base),
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  )
  control.onListening?.(port)
  await stopped
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
  await lambda.dispose()
  io.stdout.write('Stopped.\n')
  return 0
}

registerCommand('serve', 'serve deployed REST APIs over HTTP, answering as API Gateway', (args, io) =>
  serve(args, io),
)
