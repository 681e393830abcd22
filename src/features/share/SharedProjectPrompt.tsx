import { useWorkspaceStoreApi } from '../../state/useWorkspaceStore'
import { Banner } from '../../ui/Banner'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import styles from './SharedProjectPrompt.module.css'
import { sharedCodeWarning, sharedProjectSummary } from './sharedProjectSummary'
import type { ByteCodec } from './shareLink'
import { useIncomingShareLink } from './useIncomingShareLink'

/**
 * When the studio is opened with a share link: asks before adding the shared project (as a new
 * project, never over one of the person's own), or says plainly why the link cannot be opened.
 * Either way the link leaves the address bar.
 */
export function SharedProjectPrompt({ codec }: { codec: ByteCodec }) {
  const workspace = useWorkspaceStoreApi()
  const [incoming, done] = useIncomingShareLink(codec)
  if (!incoming) return null
  if (!incoming.ok) {
    return (
      <Banner tone="error" title="The shared project could not be opened." onDismiss={done}>
        {incoming.error.message} Nothing was changed.
      </Banner>
    )
  }
  const { project, text } = incoming
  const warning = sharedCodeWarning(project)
  return (
    <ConfirmDialog
      open
      title={`Open the shared project “${project.name}”?`}
      confirmLabel="Open project"
      onCancel={done}
      onConfirm={() => {
        done()
        // The same import as a project file: a new id, so nothing of the person's is overwritten.
        void workspace.getState().importProjectFile(text, 'The shared project')
      }}
    >
      <div className={styles.body}>
        <p>It holds {sharedProjectSummary(project)}.</p>
        <p>It opens as a new project beside your own; none of your projects changes.</p>
        {warning && <p className={styles.warning}>{warning}</p>}
      </div>
    </ConfirmDialog>
  )
}
