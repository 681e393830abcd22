/** A Lambda function the project holds: run sandboxed by the emulator for AWS and AWS_PROXY integrations. */
export interface LambdaFunction {
  /** The function name; integrations refer to it through the ARN in their URI. */
  name: string
  runtime: 'nodejs20.x' | 'nodejs22.x'
  /** `file.export`, e.g. `index.handler`. */
  handler: string
  /** JavaScript source of the handler module (ES module or CommonJS-style `exports.handler`). */
  code: string
  environment: Record<string, string>
  /** Seconds, 1..900; AWS's default is 3. */
  timeout: number
  /** MB; AWS's default is 128. Informational in the emulator. */
  memorySize: number
  description?: string
}
