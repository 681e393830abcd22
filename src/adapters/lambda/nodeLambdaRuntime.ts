import { Worker } from 'node:worker_threads'
import { sandboxMain } from './sandboxMain'
import { type SandboxWorker, WorkerLambdaRuntime } from './WorkerLambdaRuntime'

const NODE_BOOTSTRAP = `
// Some TypeScript loaders (tsx, esbuild keepNames) wrap functions in __name(); give it a no-op.
var __name = (fn) => fn;
const { parentPort } = require('node:worker_threads');
(${sandboxMain.toString()})({
  onMessage: (listener) => parentPort.on('message', listener),
  post: (message) => parentPort.postMessage(message),
  importModule: (source) => import('data:text/javascript;base64,' + Buffer.from(source).toString('base64')),
  requireBuiltin: (name) => process.getBuiltinModule ? process.getBuiltinModule(name) : undefined,
  setEnv: () => {},
});
`

/**
 * Lambda functions in Node worker threads: one isolate per warm instance with its own globals and
 * `process.env` (the function's environment only), memory capped at the function's size, killed
 * at its timeout. Worker threads share the process's file system and network access: this is
 * isolation for emulation, not a security boundary (docs/engine.md).
 */
export function createNodeLambdaRuntime(): WorkerLambdaRuntime {
  return new WorkerLambdaRuntime((fn, env): SandboxWorker => {
    const worker = new Worker(NODE_BOOTSTRAP, {
      eval: true,
      env,
      resourceLimits: { maxOldGenerationSizeMb: Math.max(64, fn.memorySize) },
      stdout: false,
      stderr: false,
    })
    worker.unref()
    return {
      post: (m) => worker.postMessage(m),
      onMessage: (l) => worker.on('message', l),
      onError: (l) => {
        worker.on('error', l)
        worker.on('exit', (code) => {
          if (code !== 0 && code !== 1) l(new Error(`worker exited with code ${code}`))
        })
      },
      terminate: () => {
        void worker.terminate()
      },
    }
  })
}
