// The project validation worker: `validateProject` for big projects off the page's main thread,
// so the canvas stays responsive while thousands of resources are checked. Started by
// `browserProjectValidationRunner.ts` (Vite `?worker`) and kept warm between validations.
import { validateProject } from '../../core/model/validate/validateProject'
import type { ValidateWorkerMessage, ValidateWorkerRequest } from './validateProjectProtocol'

/** The parts of the dedicated worker scope used here (the project's types are the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ValidateWorkerRequest>) => void) | null
  postMessage(message: ValidateWorkerMessage): void
}

const scope = self as unknown as WorkerScope

scope.onmessage = ({ data: { id, project } }) => {
  try {
    scope.postMessage({ id, diagnostics: validateProject(project) })
  } catch (e) {
    scope.postMessage({ id, crash: e instanceof Error ? e.message : String(e) })
  }
}
