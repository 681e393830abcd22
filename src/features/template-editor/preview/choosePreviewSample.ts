import type { HistoryEntry } from '../../../state/consoleStore'
import type { SampleRequest } from './previewInput'
import type { EditedSample, SampleSource } from './sampleStore'

/** The input a template's preview renders against, and what to say about it. */
export interface PreviewSample {
  sample: SampleRequest
  source: SampleSource
  /** The user changed it since it was taken from its source. */
  edited: boolean
  /** The console history entry it comes from (`lastRequest`). */
  entry?: HistoryEntry
  /** What of the real request the sample could not carry. */
  notes: string[]
}

/**
 * Picks the preview's input: the source the user chose, else the console's last request to the
 * method when there is one (the preview then shows what that request would have produced), else
 * the generated sample; an edited sample is kept while it comes from the chosen source (for a
 * request: from that very history entry).
 */
export function choosePreviewSample({
  choice,
  edited,
  last,
  generated,
  fromHistory,
}: {
  choice: SampleSource | undefined
  edited: EditedSample | undefined
  last: HistoryEntry | undefined
  generated: () => SampleRequest
  fromHistory: (entry: HistoryEntry) => { sample: SampleRequest; notes: string[] }
}): PreviewSample {
  const source: SampleSource =
    (choice ?? 'lastRequest') === 'lastRequest' && last ? 'lastRequest' : 'generated'
  if (source === 'lastRequest' && last) {
    const taken = fromHistory(last)
    if (edited?.source === 'lastRequest' && edited.entryId === last.id) {
      return { sample: edited.sample, source, edited: true, entry: last, notes: taken.notes }
    }
    return { sample: taken.sample, source, edited: false, entry: last, notes: taken.notes }
  }
  if (edited?.source === 'generated') return { sample: edited.sample, source, edited: true, notes: [] }
  return { sample: generated(), source, edited: false, notes: [] }
}
