/**
 * The program that runs inside a Lambda sandbox (a worker thread in Node, a Web Worker in the
 * browser). It is sent to the worker as source text (`sandboxMain.toString()`), so it must not
 * refer to anything outside its own body: the host passes in what differs per platform.
 *
 * Protocol: `{ type: 'init', code, handler, env }` once, then `{ type: 'invoke', id, payload,
 * context }` any number of times; the sandbox answers each with `{ type: 'result', id, ... }`
 * and answers `init` with `{ type: 'ready' }` or `{ type: 'init-error', ... }`.
 */
export interface SandboxHost {
  onMessage(listener: (message: unknown) => void): void
  post(message: unknown): void
  /** Imports an ES module from its source text. */
  importModule(source: string): Promise<Record<string, unknown>>
  /** `require` for CommonJS-style handler code (Node built-ins in Node; absent in the browser). */
  requireBuiltin?: (name: string) => unknown
  /** Sets the function's environment variables as `process.env`. */
  setEnv(env: Record<string, string>): void
}

export function sandboxMain(host: SandboxHost): void {
  let handlerFn: ((event: unknown, context: unknown, callback: unknown) => unknown) | undefined
  let currentRequestId = ''
  let logs: string[] = []

  const format = (args: unknown[]): string =>
    args
      .map((a) => {
        if (typeof a === 'string') return a
        if (a instanceof Error) return a.stack ?? `${a.name}: ${a.message}`
        try {
          return typeof a === 'object' ? JSON.stringify(a) : String(a)
        } catch {
          return String(a)
        }
      })
      .join(' ')
  const capture =
    (level: string) =>
    (...args: unknown[]) => {
      logs.push(`${new Date().toISOString()}\t${currentRequestId || 'undefined'}\t${level}\t${format(args)}`)
    }
  const c = console as unknown as Record<string, unknown>
  c.log = capture('INFO')
  c.info = capture('INFO')
  c.warn = capture('WARN')
  c.error = capture('ERROR')
  c.debug = capture('DEBUG')
  c.trace = capture('TRACE')

  const describeError = (e: unknown) => {
    if (e instanceof Error)
      return {
        errorType: e.name || 'Error',
        errorMessage: e.message,
        trace: (e.stack ?? '').split('\n').filter(Boolean),
      }
    return { errorType: typeof e, errorMessage: String(e), trace: [] as string[] }
  }

  const init = async (code: string, handler: string, env: Record<string, string>) => {
    host.setEnv(env)
    const exportName = handler.slice(handler.lastIndexOf('.') + 1)
    const isEsm = /(^|[\n;])\s*export\s+(default|const|let|var|async|function|class|\{)/.test(code)
    let ns: Record<string, unknown>
    if (isEsm) ns = await host.importModule(code)
    else {
      const g = globalThis as Record<string, unknown>
      g.__gatewrightRequire = (name: string) => {
        if (host.requireBuiltin) {
          const mod = host.requireBuiltin(name.replace(/^node:/, ''))
          if (mod !== undefined) return mod
        }
        throw new Error(
          `Cannot find module '${name}': the Gatewright sandbox offers no packages${host.requireBuiltin ? ' (only Node built-ins)' : ''}`,
        )
      }
      const wrapped = `const module = { exports: {} }; let exports = module.exports; const require = globalThis.__gatewrightRequire;\n${code}\n;export default module.exports;`
      const mod = await host.importModule(wrapped)
      ns = (mod.default ?? {}) as Record<string, unknown>
    }
    const fn = ns[exportName] ?? (ns.default as Record<string, unknown> | undefined)?.[exportName]
    if (typeof fn !== 'function') {
      const err = new Error(`${handler} is undefined or not exported`)
      err.name = 'Runtime.HandlerNotFound'
      throw err
    }
    handlerFn = fn as typeof handlerFn
  }

  const invoke = (payload: string, context: Record<string, unknown>): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const deadline = Date.now() + Number(context.remainingMs)
      const ctx = {
        ...context,
        callbackWaitsForEmptyEventLoop: true,
        getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
        done: (err: unknown, value: unknown) => (err ? reject(err) : resolve(value)),
        succeed: (value: unknown) => resolve(value),
        fail: (err: unknown) => reject(err),
      }
      const callback = (err: unknown, value: unknown) => (err ? reject(err) : resolve(value))
      try {
        const r = handlerFn!(JSON.parse(payload), ctx, callback) as { then?: unknown } | undefined
        if (r !== null && r !== undefined && typeof r.then === 'function')
          (r as Promise<unknown>).then(resolve, reject)
        else if (handlerFn!.length < 3) resolve(r)
      } catch (e) {
        reject(e)
      }
    })

  host.onMessage((raw) => {
    const msg = raw as {
      type: string
      id?: number
      code?: string
      handler?: string
      env?: Record<string, string>
      payload?: string
      context?: Record<string, unknown>
    }
    if (msg.type === 'init') {
      logs = []
      init(msg.code!, msg.handler!, msg.env ?? {}).then(
        () => host.post({ type: 'ready', logs }),
        (e) => {
          const d = describeError(e)
          const syntax = e instanceof SyntaxError
          host.post({
            type: 'init-error',
            errorType: syntax ? 'Runtime.UserCodeSyntaxError' : d.errorType,
            errorMessage: d.errorMessage,
            logs,
          })
        },
      )
      return
    }
    if (msg.type === 'invoke') {
      logs = []
      currentRequestId = String(msg.context?.awsRequestId ?? '')
      const started = Date.now()
      invoke(msg.payload!, msg.context ?? {}).then(
        (value) => {
          let payload: string
          try {
            payload = JSON.stringify(value === undefined ? null : value)
          } catch (e) {
            const d = describeError(e)
            host.post({ type: 'result', id: msg.id, ok: false, ...d, logs, durationMs: Date.now() - started })
            return
          }
          host.post({ type: 'result', id: msg.id, ok: true, payload, logs, durationMs: Date.now() - started })
        },
        (e) =>
          host.post({
            type: 'result',
            id: msg.id,
            ok: false,
            ...describeError(e),
            logs,
            durationMs: Date.now() - started,
          }),
      )
    }
  })
}
