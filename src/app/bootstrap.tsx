import '../ui/theme.css'
import { createRoot } from 'react-dom/client'
import { createFetchTransport } from '../adapters/http/fetchTransport'
import { createBrowserLambdaRuntime } from '../adapters/lambda/browserLambdaRuntime'
import { createGatewayHandlers } from '../adapters/msw/gatewayHandlers'
import { createIndexedDbProjectRecords } from '../adapters/storage/indexedDbProjectStorage'
import { cryptoIds } from '../adapters/system/cryptoIds'
import { systemClock } from '../adapters/system/systemClock'
import { type ConsoleDocument, createConsoleStore } from '../state/consoleStore'
import { whenEmulatorReady } from '../state/emulatorStatusStore'
import { App } from './App'
import { createStudio } from './createStudio'
import { bindPageLifecycle } from './pageLifecycle'
import { startEmulator } from './startEmulator'

/**
 * Starts the studio: the emulator's service worker and the saved projects load side by side,
 * and the studio renders once both are ready, so no API call can be made before requests are
 * intercepted (index.html shows a light splash meanwhile).
 */
export async function bootstrap(rootElement: HTMLElement): Promise<void> {
  const studio = createStudio()
  // The emulator's request handlers. They must read the open project on every request
  // (`studio.projectStore.getState().project`), so edits and deployments apply at once.
  // `emulator.engine.traces` holds each request's trace, keyed by its x-amzn-RequestId.
  const emulator = createGatewayHandlers({
    getProject: () => studio.projectStore.getState().project ?? undefined,
    clock: systemClock,
    ids: cryptoIds,
    transport: createFetchTransport({ pageOrigin: location.origin }),
    lambda: createBrowserLambdaRuntime(),
    pageOrigin: location.origin,
  })
  // The test console sends with fetch (the service worker answers) and reads each request's
  // trace from the emulator; its history is kept per project beside the project in IndexedDB.
  const consoleStore = createConsoleStore({
    clock: systemClock,
    ids: cryptoIds,
    storage: createIndexedDbProjectRecords<ConsoleDocument>('console-history'),
    traces: emulator.engine.traces,
    whenReady: whenEmulatorReady,
  })
  await Promise.all([startEmulator(emulator.handlers), studio.workspace.getState().init()])
  bindPageLifecycle(studio.workspace)
  createRoot(rootElement).render(<App studio={studio} consoleStore={consoleStore} />)
}
