import styles from './StatusChip.module.css'
import { statusClass, statusText } from './statusText'

/** `200 OK` in the colour of its class (2xx green, 3xx blue, 4xx amber, 5xx red). */
export function StatusChip({ status, compact = false }: { status: number; compact?: boolean }) {
  const text = statusText(status)
  return (
    <span className={styles.chip} data-class={statusClass(status)} data-testid="status-chip">
      {status}
      {!compact && text && ` ${text}`}
    </span>
  )
}
