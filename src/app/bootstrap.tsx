import '../ui/theme.css'
import { createRoot } from 'react-dom/client'
import { createIndexedDbProjectRecords } from '../adapters/storage/indexedDbProjectStorage'
import { cryptoIds } from '../adapters/system/cryptoIds'
import { systemClock } from '../adapters/system/systemClock'
import { createBrowserProjectValidationRunner } from '../adapters/workers/browserProjectValidationRunner'
import { type ConsoleDocument, createConsoleStore } from '../state/consoleStore'
import { whenEmulatorReady } from '../state/emulatorStatusStore'
import { projectValidation } from '../state/projectValidation'
import { App } from './App'
import { createStudio } from './createStudio'
import { deferredTraceSource } from './deferredTraceSource'
import { bindPageLifecycle } from './pageLifecycle'
import { reportEmulatorFailure, startEmulator } from './startEmulator'

/**
 * Starts the studio: the saved projects load, then the studio renders; the emulator (the
 * pipeline, ajv and msw, a separate chunk) loads right after and starts the service worker.
 * Until it is ready, `html[data-msw]` says so, the status bar shows it starting and the
 * console's Send waits for it (`whenEmulatorReady`). index.html shows a splash until the first render.
 */
export async function bootstrap(rootElement: HTMLElement): Promise<void> {
  const studio = createStudio()
  // Big projects are validated in a Web Worker (started on first use), so the canvas stays responsive.
  projectValidation.getState().setValidator(createBrowserProjectValidationRunner())
  const runtime = import('./emulatorRuntime').then((m) => m.createEmulatorRuntime(studio))
  // The test console sends with fetch (the service worker answers) and reads each request's
  // trace from the emulator; its history is kept per project beside the project in IndexedDB.
  const consoleStore = createConsoleStore({
    clock: systemClock,
    ids: cryptoIds,
    storage: createIndexedDbProjectRecords<ConsoleDocument>('console-history'),
    traces: deferredTraceSource(runtime.then((r) => r.traces)),
    whenReady: whenEmulatorReady,
  })
  await studio.workspace.getState().init()
  bindPageLifecycle(studio.workspace)
  createRoot(rootElement).render(<App studio={studio} consoleStore={consoleStore} />)
  await runtime.then(
    (r) => startEmulator(r.handlers),
    (e: unknown) => reportEmulatorFailure(e),
  )
}
