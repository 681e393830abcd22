import { createPortal } from 'react-dom'
import { Icon } from '../../ui/Icon'
import styles from './DropOverlay.module.css'

/** Covers the studio while a file is dragged over it: dropping imports it. */
export function DropOverlay() {
  return createPortal(
    <div className={styles.overlay} data-testid="drop-overlay" aria-hidden="true">
      <div className={styles.card}>
        <Icon name="upload" size={32} />
        <p className={styles.title}>Drop to import OpenAPI</p>
        <p className={styles.hint}>
          OpenAPI 3.0 or Swagger 2.0, JSON or YAML. You will see the findings before anything changes.
        </p>
      </div>
    </div>,
    document.body,
  )
}
