import { useWorkspace, useWorkspaceStoreApi } from '../../state/useWorkspaceStore'
import { Banner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { useExportProject } from './useExportProject'

/**
 * Warnings about the user's work: storage failing (with a download so nothing is lost), a
 * project that could not be opened, a project file that could not be imported.
 */
export function ProjectNotices() {
  const workspace = useWorkspaceStoreApi()
  const save = useWorkspace((s) => s.save)
  const unavailable = useWorkspace((s) => s.storageUnavailable)
  const openError = useWorkspace((s) => s.openError)
  const importError = useWorkspace((s) => s.importError)
  const exportProject = useExportProject()
  const actions = workspace.getState()

  return (
    <>
      {save.state === 'failed' && (
        <Banner
          tone="warning"
          title={unavailable ? 'Your work is not being saved.' : 'Your latest changes are not saved.'}
          actions={
            <>
              <Button size="sm" icon="download" onClick={exportProject}>
                Download project
              </Button>
              {!unavailable && (
                <Button size="sm" onClick={() => void actions.saveNow()}>
                  Try again
                </Button>
              )}
            </>
          }
        >
          {save.message} They are kept in this tab; download the project file to keep a copy.
        </Banner>
      )}
      {openError && (
        <Banner tone="warning" title="A project could not be opened." onDismiss={actions.dismissOpenError}>
          {openError}
        </Banner>
      )}
      {importError && (
        <Banner
          tone="error"
          title={`${importError.fileName} was not imported.`}
          onDismiss={actions.dismissImportError}
        >
          {importError.error.message} Your open project is unchanged.
        </Banner>
      )}
    </>
  )
}
