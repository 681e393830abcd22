import { sandboxMain } from './sandboxMain'
import { type SandboxWorker, WorkerLambdaRuntime } from './WorkerLambdaRuntime'

const BROWSER_BOOTSTRAP = `
// Some TypeScript loaders (tsx, esbuild keepNames) wrap functions in __name(); give it a no-op.
var __name = (fn) => fn;
(${sandboxMain.toString()})({
  onMessage: (listener) => { self.onmessage = (e) => listener(e.data) },
  post: (message) => self.postMessage(message),
  importModule: (source) => {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }))
    return import(url).finally(() => URL.revokeObjectURL(url))
  },
  setEnv: (env) => { self.process = { env: { ...env } } },
});
`

/**
 * Lambda functions in Web Workers: each warm instance is a dedicated worker started from a
 * `blob:` URL, with no DOM and no access to the page, killed (`terminate()`) at its timeout.
 */
export function createBrowserLambdaRuntime(): WorkerLambdaRuntime {
  const bootstrapUrl = URL.createObjectURL(new Blob([BROWSER_BOOTSTRAP], { type: 'text/javascript' }))
  return new WorkerLambdaRuntime((fn): SandboxWorker => {
    const worker = new Worker(bootstrapUrl, { name: `lambda:${fn.name}` })
    return {
      post: (m) => worker.postMessage(m),
      onMessage: (l) => worker.addEventListener('message', (e) => l(e.data)),
      onError: (l) => worker.addEventListener('error', (e) => l(new Error(e.message || 'worker error'))),
      terminate: () => worker.terminate(),
    }
  })
}
