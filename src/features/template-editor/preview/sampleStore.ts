import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { SampleRequest } from './previewInput'

/** The sample requests the user edited in the preview, per template (kept for the session). */
export const sampleStore = createStore<{ samples: Record<string, SampleRequest> }>()(() => ({ samples: {} }))

export function useSample(key: string): SampleRequest | undefined {
  return useStore(sampleStore, (s) => s.samples[key])
}

export function setSample(key: string, sample: SampleRequest): void {
  sampleStore.setState((s) => ({ samples: { ...s.samples, [key]: sample } }))
}
