import type { LambdaFunction } from '../../core/model/lambda/LambdaFunction'
import type { LambdaInvocation, LambdaInvocationResult, LambdaRuntime } from '../../core/ports/LambdaRuntime'

/** A started sandbox worker, whatever the platform. */
export interface SandboxWorker {
  post(message: unknown): void
  onMessage(listener: (message: unknown) => void): void
  /** A crash of the worker itself (out of memory, uncaught error outside the handler). */
  onError(listener: (error: Error) => void): void
  terminate(): void
}

/** Starts a sandbox for a function (environment variables are given to `init`). */
export type SpawnSandbox = (fn: LambdaFunction, env: Record<string, string>) => SandboxWorker

type ResultMessage = {
  type: 'result'
  id: number
  ok: boolean
  payload?: string
  errorType?: string
  errorMessage?: string
  trace?: string[]
  logs: string[]
  durationMs: number
}

interface Instance {
  worker: SandboxWorker
  ready: Promise<
    { ok: true; logs: string[] } | { ok: false; errorType: string; errorMessage: string; logs: string[] }
  >
  busy: boolean
  pending: Map<number, (m: ResultMessage | { crashed: Error }) => void>
}

const MAX_INSTANCES_PER_FUNCTION = 4

/** The environment Lambda gives a Node.js function, plus the function's own variables. */
export function lambdaEnvironment(fn: LambdaFunction, region: string): Record<string, string> {
  return {
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_LAMBDA_FUNCTION_NAME: fn.name,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memorySize),
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${fn.name}`,
    AWS_EXECUTION_ENV: `AWS_Lambda_${fn.runtime}`,
    LAMBDA_TASK_ROOT: '/var/task',
    TZ: ':UTC',
    ...fn.environment,
  }
}

/**
 * Runs project functions in workers like Lambda runs them in execution environments: an
 * instance is started on first use and kept warm (module state survives between invocations),
 * one invocation at a time per instance, more instances for concurrent calls; an invocation that
 * passes the function's timeout kills its instance. Editing a function's code or settings starts
 * fresh instances.
 */
export class WorkerLambdaRuntime implements LambdaRuntime {
  private readonly instances = new Map<string, { key: string; list: Instance[]; waiters: (() => void)[] }>()
  private nextId = 1

  constructor(private readonly spawn: SpawnSandbox) {}

  private pool(fn: LambdaFunction) {
    const key = JSON.stringify([fn.code, fn.handler, fn.environment, fn.timeout, fn.memorySize, fn.runtime])
    let pool = this.instances.get(fn.name)
    if (pool === undefined || pool.key !== key) {
      if (pool) for (const i of pool.list) i.worker.terminate()
      pool = { key, list: [], waiters: [] }
      this.instances.set(fn.name, pool)
    }
    return pool
  }

  private start(fn: LambdaFunction, region: string): Instance {
    const env = lambdaEnvironment(fn, region)
    const worker = this.spawn(fn, env)
    const pending = new Map<number, (m: ResultMessage | { crashed: Error }) => void>()
    let settleReady: (v: Awaited<Instance['ready']>) => void = () => {}
    const ready = new Promise<Awaited<Instance['ready']>>((r) => {
      settleReady = r
    })
    worker.onMessage((raw) => {
      const m = raw as { type: string } & Record<string, unknown>
      if (m.type === 'ready') settleReady({ ok: true, logs: m.logs as string[] })
      else if (m.type === 'init-error')
        settleReady({
          ok: false,
          errorType: String(m.errorType),
          errorMessage: String(m.errorMessage),
          logs: m.logs as string[],
        })
      else if (m.type === 'result') {
        const r = m as unknown as ResultMessage
        pending.get(r.id)?.(r)
        pending.delete(r.id)
      }
    })
    worker.onError((error) => {
      settleReady({
        ok: false,
        errorType: error.name || 'Runtime.ExitError',
        errorMessage: error.message,
        logs: [],
      })
      for (const done of pending.values()) done({ crashed: error })
      pending.clear()
    })
    worker.post({ type: 'init', code: fn.code, handler: fn.handler, env })
    return { worker, ready, busy: false, pending }
  }

  private async acquire(fn: LambdaFunction, region: string) {
    for (;;) {
      const pool = this.pool(fn)
      const idle = pool.list.find((i) => !i.busy)
      if (idle) {
        idle.busy = true
        return { pool, instance: idle }
      }
      if (pool.list.length < MAX_INSTANCES_PER_FUNCTION) {
        const instance = this.start(fn, region)
        instance.busy = true
        pool.list.push(instance)
        return { pool, instance }
      }
      await new Promise<void>((r) => pool.waiters.push(r))
    }
  }

  private release(pool: { list: Instance[]; waiters: (() => void)[] }, instance: Instance, kill: boolean) {
    if (kill) {
      instance.worker.terminate()
      pool.list.splice(pool.list.indexOf(instance), 1)
    } else instance.busy = false
    pool.waiters.shift()?.()
  }

  async invoke(inv: LambdaInvocation): Promise<LambdaInvocationResult> {
    const { pool, instance } = await this.acquire(inv.fn, inv.region)
    const ready = await instance.ready
    if (!ready.ok) {
      this.release(pool, instance, true)
      return {
        kind: 'init-error',
        errorType: ready.errorType,
        errorMessage: ready.errorMessage,
        logs: ready.logs,
      }
    }
    const id = this.nextId++
    const timeoutMs = inv.fn.timeout * 1000
    const started = Date.now()
    const run = new Promise<LambdaInvocationResult>((resolve) => {
      const timer = setTimeout(() => {
        instance.pending.delete(id)
        this.release(pool, instance, true)
        resolve({
          kind: 'function-error',
          errorType: 'Sandbox.Timedout',
          errorMessage: `RequestId: ${inv.requestId} Error: Task timed out after ${inv.fn.timeout.toFixed(2)} seconds`,
          stackTrace: [],
          logs: [
            `${new Date().toISOString()} ${inv.requestId} Task timed out after ${inv.fn.timeout.toFixed(2)} seconds`,
          ],
          durationMs: Date.now() - started,
        })
      }, timeoutMs)
      instance.pending.set(id, (m) => {
        clearTimeout(timer)
        if ('crashed' in m) {
          this.release(pool, instance, true)
          resolve({
            kind: 'function-error',
            errorType: 'Runtime.ExitError',
            errorMessage: `RequestId: ${inv.requestId} Error: Runtime exited: ${m.crashed.message}`,
            stackTrace: [],
            logs: [],
            durationMs: Date.now() - started,
          })
          return
        }
        this.release(pool, instance, false)
        const logs = [...ready.logs.splice(0), ...m.logs]
        if (m.ok) resolve({ kind: 'success', payload: m.payload ?? 'null', logs, durationMs: m.durationMs })
        else
          resolve({
            kind: 'function-error',
            errorType: m.errorType ?? 'Error',
            errorMessage: m.errorMessage ?? '',
            stackTrace: m.trace ?? [],
            logs,
            durationMs: m.durationMs,
          })
      })
    })
    instance.worker.post({
      type: 'invoke',
      id,
      payload: inv.payload,
      context: {
        functionName: inv.fn.name,
        functionVersion: '$LATEST',
        invokedFunctionArn: inv.functionArn,
        memoryLimitInMB: String(inv.fn.memorySize),
        awsRequestId: inv.requestId,
        logGroupName: `/aws/lambda/${inv.fn.name}`,
        logStreamName: `gatewright/[$LATEST]${inv.requestId.replace(/-/g, '')}`,
        remainingMs: timeoutMs,
      },
    })
    let callerTimer: ReturnType<typeof setTimeout> | undefined
    const callerTimeout = new Promise<LambdaInvocationResult>((resolve) => {
      callerTimer = setTimeout(() => resolve({ kind: 'caller-timeout', logs: [] }), inv.callerTimeoutMs)
    })
    const result = await Promise.race([run, callerTimeout])
    clearTimeout(callerTimer)
    return result
  }

  async dispose(): Promise<void> {
    for (const pool of this.instances.values()) for (const i of pool.list) i.worker.terminate()
    this.instances.clear()
  }
}
