import type { ImportJobProgress } from './importRunner'

/** Where each phase sits on the progress bar (start, end), as fractions of the whole import. */
const SPANS: Record<ImportJobProgress['phase'], [number, number]> = {
  read: [0, 0.1],
  parse: [0.1, 0.25],
  models: [0.25, 0.5],
  paths: [0.5, 0.98],
  done: [1, 1],
}

const count = new Intl.NumberFormat('en-US')

/** The progress bar's value (0…1) and the words beside it, for the latest progress report. */
export function importProgressView(progress: ImportJobProgress | null): { fraction: number; label: string } {
  if (!progress) return { fraction: 0, label: 'Starting…' }
  const [start, end] = SPANS[progress.phase]
  const part = progress.total > 0 ? Math.min(1, Math.max(0, progress.done / progress.total)) : 0
  const fraction = start + (end - start) * part
  switch (progress.phase) {
    case 'read':
      return { fraction, label: `Reading the file (${formatBytes(progress.total)})…` }
    case 'parse':
      return { fraction, label: 'Parsing the document…' }
    case 'models':
      return { fraction, label: `Models ${count.format(progress.done)} of ${count.format(progress.total)}…` }
    case 'paths':
      return { fraction, label: `Paths ${count.format(progress.done)} of ${count.format(progress.total)}…` }
    case 'done':
      return { fraction: 1, label: 'Finishing…' }
  }
}

/** `3698927` → `3.7 MB`; `812` → `812 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}
