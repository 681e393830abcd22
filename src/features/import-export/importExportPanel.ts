import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'

export type ImportExportPanelKind = 'import' | 'export'

export interface ImportExportPanelState {
  open: ImportExportPanelKind | null
  show(panel: ImportExportPanelKind): void
  close(): void
}

/**
 * Which of the Import / Export panels is open. A store rather than component state so other
 * features can open them (an empty canvas's "Import OpenAPI" button: `importExportPanel.getState().show('import')`).
 */
export const importExportPanel = createStore<ImportExportPanelState>()((set) => ({
  open: null,
  show: (panel) => set({ open: panel }),
  close: () => set({ open: null }),
}))

export function useImportExportPanel<T>(selector: (state: ImportExportPanelState) => T): T {
  return useStore(importExportPanel, selector)
}
