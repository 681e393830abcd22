// The OpenAPI export worker: writes a (possibly huge) API as OpenAPI text off the page's main
// thread. Started by `browserOpenApiExportRunner.ts` (Vite `?worker`); kept warm between
// exports, terminated when a newer export replaces one still running.
import type { ExportWorkerMessage, ExportWorkerRequest } from './openApiExportProtocol'
import { runOpenApiExport } from './runOpenApiExport'

/** The parts of the dedicated worker scope used here (the project's types are the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ExportWorkerRequest>) => void) | null
  postMessage(message: ExportWorkerMessage): void
}

const scope = self as unknown as WorkerScope

scope.onmessage = ({ data: { id, request } }) => {
  try {
    scope.postMessage({ id, outcome: runOpenApiExport(request, () => performance.now()) })
  } catch (e) {
    scope.postMessage({ id, crash: e instanceof Error ? e.message : String(e) })
  }
}
