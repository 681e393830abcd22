import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'

/** Whether the in-browser emulator (the MSW service worker) intercepts requests yet. */
export type EmulatorStatus = { state: 'starting' } | { state: 'ready' } | { state: 'failed'; message: string }

export interface EmulatorStatusState {
  status: EmulatorStatus
  setStatus(status: EmulatorStatus): void
}

/** Set by the app while it starts the service worker; read by the console and the status bar. */
export const emulatorStatusStore = createStore<EmulatorStatusState>()((set) => ({
  status: { state: 'starting' },
  setStatus: (status) => set({ status }),
}))

export function useEmulatorStatus(): EmulatorStatus {
  return useStore(emulatorStatusStore, (s) => s.status)
}

/**
 * Resolves once requests to execute-api URLs are intercepted; rejects with the reason if the
 * worker could not start. Await it before the first `fetch` or `WebSocket` to an API.
 */
export function whenEmulatorReady(): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (status: EmulatorStatus) => {
      if (status.state === 'ready') resolve()
      else if (status.state === 'failed') reject(new Error(status.message))
      else return false
      return true
    }
    if (check(emulatorStatusStore.getState().status)) return
    const unsubscribe = emulatorStatusStore.subscribe((s) => {
      if (check(s.status)) unsubscribe()
    })
  })
}
