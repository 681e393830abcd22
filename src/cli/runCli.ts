import pkg from '../../package.json' with { type: 'json' }

export interface CliIo {
  stdout: { write(chunk: string): unknown }
  stderr: { write(chunk: string): unknown }
}

/** A sub-command: takes its own arguments, writes to io, resolves to an exit code. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>

const commands: Record<string, { summary: string; run: CliCommand }> = {}

/** Registers a sub-command. Each feature's CLI file calls this from `commands.ts`. */
export function registerCommand(name: string, summary: string, run: CliCommand): void {
  commands[name] = { summary, run }
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  return [
    `gatewright ${pkg.version} — design, emulate and test Amazon API Gateway APIs`,
    '',
    'Usage: gatewright <command> [options]',
    '',
    'Commands:',
    ...(lines.length > 0 ? lines : ['  (none)']),
    '',
    'Run `gatewright <command> --help` for the options of a command.',
    '',
  ].join('\n')
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  await import('./commands')
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage())
    return 0
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${pkg.version}\n`)
    return 0
  }
  const command = commands[name]
  if (!command) {
    io.stderr.write(`gatewright: unknown command "${name}"\n\n${usage()}`)
    return 2
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    io.stderr.write(`gatewright ${name}: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}
