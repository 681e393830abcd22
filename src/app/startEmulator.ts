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
    reportEmulatorFailure(e)
  }
}

/** Marks the emulator failed (e.g. its chunk could not load), with the reason for the status bar. */
export function reportEmulatorFailure(e: unknown): void {
  const message = e instanceof Error ? e.message : String(e)
  document.documentElement.dataset.msw = 'failed'
  emulatorStatusStore.getState().setStatus({ state: 'failed', message })
}
