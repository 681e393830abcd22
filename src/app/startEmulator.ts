import type { AnyHandler } from 'msw'
import { startWorker } from '../adapters/msw/startWorker'
import { emulatorStatusStore } from '../state/emulatorStatusStore'

/**
 * Starts the service worker with `handlers` and reports its state to `emulatorStatusStore`
 * (the console waits on it with `whenEmulatorReady()`); never throws.
 */
export async function startEmulator(handlers: readonly AnyHandler[]): Promise<void> {
  try {
    await startWorker({ handlers, baseUrl: import.meta.env.BASE_URL, verbose: import.meta.env.DEV })
    emulatorStatusStore.getState().setStatus({ state: 'ready' })
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    emulatorStatusStore.getState().setStatus({ state: 'failed', message })
  }
}
