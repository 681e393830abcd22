// Entry point of the `gatewright` command line (built to lib/cli.js).
import { runCli } from './runCli'

const code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr })
process.exitCode = code
