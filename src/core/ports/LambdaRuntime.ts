import type { LambdaFunction } from '../model/lambda/LambdaFunction'

/** One invocation of a project Lambda function. */
export interface LambdaInvocation {
  fn: LambdaFunction
  /** The event, already JSON text (AWS hands functions JSON). */
  payload: string
  /** Lambda's own request id (`context.awsRequestId`). */
  requestId: string
  /** `arn:aws:lambda:{region}:{account}:function:{name}`. */
  functionArn: string
  region: string
  /**
   * How long the caller waits (API Gateway's integration timeout). The function itself runs
   * until `fn.timeout` seconds and is then killed, as Lambda does.
   */
  callerTimeoutMs: number
}

export type LambdaInvocationResult =
  /** The handler returned (or called back with) a value; `payload` is its JSON text (`null` for undefined). */
  | { kind: 'success'; payload: string; logs: string[]; durationMs: number }
  /** The handler threw, rejected, called back with an error, or timed out (`errorType` `Sandbox.Timedout`). */
  | {
      kind: 'function-error'
      errorMessage: string
      errorType: string
      stackTrace: string[]
      logs: string[]
      durationMs: number
    }
  /** The caller's timeout passed first (the function may still be running). */
  | { kind: 'caller-timeout'; logs: string[] }
  /** The code could not be loaded at all (syntax error, missing handler export). */
  | { kind: 'init-error'; errorMessage: string; errorType: string; logs: string[] }

/** Runs project functions sandboxed: a Web Worker in the browser, a worker thread in Node. */
export interface LambdaRuntime {
  invoke(invocation: LambdaInvocation): Promise<LambdaInvocationResult>
  /** Stops every sandbox this runtime started. */
  dispose(): Promise<void>
}
