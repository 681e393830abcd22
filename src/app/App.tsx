import { useMemo } from 'react'
import { zlibStreamCodec } from '../adapters/compression/zlibStreamCodec'
import { createBrowserLambdaRuntime } from '../adapters/lambda/browserLambdaRuntime'
import { createBrowserOpenApiExportRunner } from '../adapters/workers/browserOpenApiExportRunner'
import { createBrowserOpenApiImportRunner } from '../adapters/workers/browserOpenApiImportRunner'
import { ConsolePanel } from '../features/console/ConsolePanel'
import { DesignerCentre } from '../features/designer/DesignerCentre'
import { ExplorerPane } from '../features/explorer/ExplorerPane'
import { ImportExportActions } from '../features/import-export/ImportExportActions'
import { Inspector } from '../features/inspector/Inspector'
import { GoToPalette } from '../features/palette/GoToPalette'
import { ProjectMenu } from '../features/projects/ProjectMenu'
import { ProjectNotices } from '../features/projects/ProjectNotices'
import { ProjectSettingsPanel } from '../features/projects/ProjectSettingsPanel'
import { SaveStatus } from '../features/projects/SaveStatus'
import { ShareButton } from '../features/share/ShareButton'
import { SharedProjectPrompt } from '../features/share/SharedProjectPrompt'
import { CommandErrorBanner } from '../features/shell/CommandErrorBanner'
import { HeaderBar } from '../features/shell/HeaderBar'
import { LayoutToggles } from '../features/shell/LayoutToggles'
import { Shell } from '../features/shell/Shell'
import { ShortcutSheet } from '../features/shell/ShortcutSheet'
import { StatusBar } from '../features/shell/StatusBar'
import { UndoRedoButtons } from '../features/shell/UndoRedoButtons'
import { useStudioShortcuts } from '../features/shell/useStudioShortcuts'
import type { ConsoleStore } from '../state/consoleStore'
import { ProjectStoreProvider } from '../state/useProjectStore'
import { WorkspaceProvider } from '../state/useWorkspaceStore'
import type { Studio } from './createStudio'

/**
 * The studio, composed: each slot of the shell gets its feature. To plug a feature in, replace
 * the element in its slot here (keep this file a composition, with no logic of its own).
 */
export function App({ studio, consoleStore }: { studio: Studio; consoleStore: ConsoleStore }) {
  const shortcuts = useMemo(() => ({ save: () => void studio.workspace.getState().saveNow() }), [studio])
  useStudioShortcuts(studio.projectStore, shortcuts)
  const functionRunner = useMemo(() => createBrowserLambdaRuntime(), [])
  const importRunner = useMemo(() => createBrowserOpenApiImportRunner(), [])
  const exportRunner = useMemo(() => createBrowserOpenApiExportRunner(), [])
  return (
    <ProjectStoreProvider store={studio.projectStore}>
      <WorkspaceProvider store={studio.workspace}>
        <Shell
          header={
            <HeaderBar
              project={
                <>
                  <ProjectMenu shareCodec={zlibStreamCodec} />
                  <SaveStatus />
                </>
              }
              actions={
                <>
                  <ImportExportActions runImport={importRunner} runExport={exportRunner} />
                  <ShareButton codec={zlibStreamCodec} />
                </>
              }
              tools={
                <>
                  <GoToPalette />
                  <UndoRedoButtons />
                  <LayoutToggles />
                  <ShortcutSheet />
                </>
              }
            />
          }
          notices={
            <>
              <ProjectNotices />
              <SharedProjectPrompt codec={zlibStreamCodec} />
              <CommandErrorBanner />
            </>
          }
          explorer={<ExplorerPane />}
          canvas={<DesignerCentre lambdaRuntime={functionRunner} consoleHistory={consoleStore} />}
          inspector={<Inspector projectSettings={<ProjectSettingsPanel />} />}
          dock={<ConsolePanel store={consoleStore} />}
          statusBar={<StatusBar />}
        />
      </WorkspaceProvider>
    </ProjectStoreProvider>
  )
}
