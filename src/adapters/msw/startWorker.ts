import type { AnyHandler, UnhandledRequestStrategy } from 'msw'

export interface StartWorkerOptions {
  /** The request (and WebSocket) handlers, supplied by the caller, e.g. the API Gateway handlers. */
  handlers: readonly AnyHandler[]
  /**
   * What to do with a request no handler answers. Default: requests to an `execute-api` host
   * are reported as errors (a missing handler must not go unnoticed); anything else — the
   * app's own files, real backends behind HTTP integrations — goes to the network untouched.
   */
  onUnhandledRequest?: UnhandledRequestStrategy
  /** Log every intercepted request in the console (msw's own logging). Default false. */
  verbose?: boolean
  /** Base URL of the app (Vite's `import.meta.env.BASE_URL`); the worker is served from there. */
  baseUrl?: string
}

/** The started worker: add or replace handlers at run time, or stop intercepting. */
export interface EmulatorWorker {
  use(...handlers: AnyHandler[]): void
  resetHandlers(...handlers: AnyHandler[]): void
  stop(): void
}

/** True for `{api-id}.execute-api.{region}.amazonaws.com` (and `.amazonaws.com.cn`) hosts. */
export function isExecuteApiHost(hostname: string): boolean {
  return /^[a-z0-9-]+\.execute-api\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/i.test(hostname)
}

/** The default unhandled-request policy: loud for API Gateway hosts, transparent otherwise. */
export const reportUnhandledExecuteApi: UnhandledRequestStrategy = (request, print) => {
  if (isExecuteApiHost(new URL(request.url).hostname)) print.error()
}

/**
 * Registers and starts the MSW service worker (`public/mockServiceWorker.js`, served at the
 * app's base URL so its scope covers the app) with the caller's handlers, then marks
 * `<html data-msw="ready">`. Await it before the first API call or WebSocket is made: MSW
 * patches `WebSocket` in the page, so sockets opened earlier are not intercepted.
 * msw/browser is loaded with a dynamic import, so it is a separate chunk off the first paint.
 * On failure (no service workers: not https and not localhost) it marks
 * `data-msw="failed"` and rejects with a message a person can act on.
 */
export async function startWorker(options: StartWorkerOptions): Promise<EmulatorWorker> {
  const root = document.documentElement
  root.dataset.msw = 'starting'
  try {
    if (!('serviceWorker' in navigator)) {
      throw new Error(
        'This browser gives the page no service workers (they need https or localhost), so the ' +
          'in-browser API Gateway emulator cannot intercept requests.',
      )
    }
    const { setupWorker } = await import('msw/browser')
    const worker = setupWorker(...options.handlers)
    const base = options.baseUrl ?? '/'
    await worker.start({
      serviceWorker: { url: `${base.endsWith('/') ? base : `${base}/`}mockServiceWorker.js` },
      onUnhandledRequest: options.onUnhandledRequest ?? reportUnhandledExecuteApi,
      quiet: !options.verbose,
    })
    root.dataset.msw = 'ready'
    return {
      use: (...handlers) => worker.use(...handlers),
      resetHandlers: (...handlers) => worker.resetHandlers(...handlers),
      stop: () => worker.stop(),
    }
  } catch (e) {
    root.dataset.msw = 'failed'
    throw e instanceof Error ? e : new Error(String(e))
  }
}
