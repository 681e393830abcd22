import { useState } from 'react'
import { selectionStore } from '../../state/selectionStore'
import { useProjectStoreApi } from '../../state/useProjectStore'
import { Button } from '../../ui/Button'
import { DropOverlay } from './DropOverlay'
import { ExportPanel } from './ExportPanel'
import type { ExportRunner } from './exportRunner'
import { ImportPanel } from './ImportPanel'
import { importExportPanel, useImportExportPanel } from './importExportPanel'
import type { ImportRunner } from './importRunner'
import { createImportSession } from './importSession'
import { useWindowFileDrop } from './useWindowFileDrop'

/**
 * The header's Import and Export buttons, their panels, and drag-and-drop of a file anywhere
 * on the studio. `runImport` and `runExport` do the work off the main thread (the app passes
 * the worker runners of `adapters/workers`).
 */
export function ImportExportActions({
  runImport,
  runExport,
}: {
  runImport: ImportRunner
  runExport: ExportRunner
}) {
  const projectStore = useProjectStoreApi()
  const [session] = useState(() =>
    createImportSession({
      projectStore,
      runImport,
      onImported: (apiId, kind) => {
        if (kind === 'rest') selectionStore.getState().selectApi(apiId)
      },
    }),
  )
  const open = useImportExportPanel((s) => s.open)
  const { show, close } = importExportPanel.getState()
  const dragging = useWindowFileDrop((file) => {
    const state = session.getState()
    if (state.status.kind === 'running') state.cancel()
    if (state.status.kind === 'committed') state.reset()
    state.chooseFile({ name: file.name, size: file.size, blob: file })
    show('import')
  })
  return (
    <>
      <Button
        variant="header"
        icon="upload"
        aria-expanded={open === 'import'}
        onClick={() => (open === 'import' ? close() : show('import'))}
      >
        Import
      </Button>
      <Button
        variant="header"
        icon="download"
        aria-expanded={open === 'export'}
        onClick={() => (open === 'export' ? close() : show('export'))}
      >
        Export
      </Button>
      {open === 'import' && (
        <ImportPanel
          session={session}
          onClose={() => {
            // A finished import is done with; a running one keeps going while the panel is closed.
            if (session.getState().status.kind === 'committed') session.getState().reset()
            close()
          }}
        />
      )}
      {open === 'export' && <ExportPanel onClose={close} runExport={runExport} />}
      {dragging && <DropOverlay />}
    </>
  )
}
