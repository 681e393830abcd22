import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { SampleRequest } from './previewInput'

/** Where a preview's input comes from: the generated sample, or the console's last request to the method. */
export type SampleSource = 'generated' | 'lastRequest'

/** A sample the user edited, and what it was before the edit. */
export interface EditedSample {
  sample: SampleRequest
  source: SampleSource
  /** For `lastRequest`: the console history entry it was taken from. */
  entryId?: string
}

interface SampleState {
  /** Per template: the sample as the user edited it. */
  edited: Record<string, EditedSample>
  /** Per template: the source the user chose (absent: the last request when there is one). */
  choices: Record<string, SampleSource>
}

/** The preview inputs the user edited or chose, per template (kept for the session). */
export const sampleStore = createStore<SampleState>()(() => ({ edited: {}, choices: {} }))

export function useEditedSample(key: string): EditedSample | undefined {
  return useStore(sampleStore, (s) => s.edited[key])
}

export function useSampleChoice(key: string): SampleSource | undefined {
  return useStore(sampleStore, (s) => s.choices[key])
}

export function setEditedSample(key: string, edited: EditedSample): void {
  sampleStore.setState((s) => ({ edited: { ...s.edited, [key]: edited } }))
}

/** Uses `source` for the template's preview, from scratch (the user's edits of the sample are dropped). */
export function chooseSample(key: string, source: SampleSource): void {
  sampleStore.setState((s) => {
    const { [key]: _dropped, ...edited } = s.edited
    return { edited, choices: { ...s.choices, [key]: source } }
  })
}
