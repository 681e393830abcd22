import { afterEach, describe, expect, it } from 'vitest'
import { emulatorStatusStore, whenEmulatorReady } from './emulatorStatusStore'

afterEach(() => emulatorStatusStore.getState().setStatus({ state: 'starting' }))

describe('whenEmulatorReady', () => {
  it('waits until the worker is ready', async () => {
    let done = false
    const ready = whenEmulatorReady().then(() => {
      done = true
    })
    await Promise.resolve()
    expect(done).toBe(false)
    emulatorStatusStore.getState().setStatus({ state: 'ready' })
    await ready
    expect(done).toBe(true)
  })

  it('resolves at once when already ready, and rejects with the reason on failure', async () => {
    emulatorStatusStore.getState().setStatus({ state: 'ready' })
    await expect(whenEmulatorReady()).resolves.toBeUndefined()
    emulatorStatusStore.getState().setStatus({ state: 'starting' })
    const pending = whenEmulatorReady()
    emulatorStatusStore.getState().setStatus({ state: 'failed', message: 'no service workers' })
    await expect(pending).rejects.toThrow('no service workers')
  })
})
