// The OpenAPI import worker: parses and imports a spec off the page's main thread and reports
// progress. Started by `browserOpenApiImportRunner.ts` (Vite `?worker`); one worker per import,
// terminated to cancel.
import { cryptoIds } from '../system/cryptoIds'
import type { ImportRequest, ImportWorkerMessage } from './openApiImportProtocol'
import { runOpenApiImport } from './runOpenApiImport'

/** The parts of the dedicated worker scope used here (the project's types are the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null
  postMessage(message: ImportWorkerMessage): void
}

const scope = self as unknown as WorkerScope

scope.onmessage = (event) => {
  void runOpenApiImport(
    event.data,
    cryptoIds,
    (message) => scope.postMessage(message),
    () => performance.now(),
  )
}
