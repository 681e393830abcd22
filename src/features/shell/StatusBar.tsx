import { useEmulatorStatus } from '../../state/emulatorStatusStore'
import { useProject } from '../../state/useProjectStore'
import styles from './StatusBar.module.css'

const emulatorText = {
  starting: 'Emulator starting…',
  ready: 'Emulator ready',
  failed: 'Emulator unavailable',
} as const

/** The bottom line: whether the in-browser API Gateway emulator runs, and where the project's APIs "live". */
export function StatusBar() {
  const project = useProject()
  const emulator = useEmulatorStatus()
  return (
    <footer className={styles.bar}>
      <span
        className={styles.item}
        title={
          emulator.state === 'failed'
            ? emulator.message
            : 'Requests to execute-api URLs are answered in this tab'
        }
        data-testid="emulator-status"
      >
        <span className={`${styles.dot} ${emulator.state === 'starting' ? '' : styles[emulator.state]}`} />
        {emulatorText[emulator.state]}
      </span>
      <span className={`${styles.item} ${styles.end}`}>
        Region <span className={styles.mono}>{project.settings.region}</span>
      </span>
      <span className={styles.item}>
        Account <span className={styles.mono}>{project.settings.accountId}</span>
      </span>
    </footer>
  )
}
