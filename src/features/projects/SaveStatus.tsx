import { useWorkspace } from '../../state/useWorkspaceStore'
import { Icon } from '../../ui/Icon'
import styles from './SaveStatus.module.css'

const text = {
  saved: 'Saved',
  pending: 'Saving…',
  saving: 'Saving…',
  failed: 'Not saved',
} as const

/** Whether the open project is safely in the browser's storage. */
export function SaveStatus() {
  const save = useWorkspace((s) => s.save)
  const title =
    save.state === 'failed'
      ? save.message
      : save.state === 'saved'
        ? 'All changes are saved in this browser'
        : 'Saving your changes in this browser'
  return (
    <output
      className={`${styles.status} ${save.state === 'failed' ? styles.failed : ''}`}
      title={title}
      aria-live="polite"
      data-save-state={save.state}
    >
      <Icon name={save.state === 'failed' ? 'cloudOff' : 'cloud'} size={14} />
      {text[save.state]}
    </output>
  )
}
