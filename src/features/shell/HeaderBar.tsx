import type { ReactNode } from 'react'
import { BrandMark } from '../../ui/BrandMark'
import styles from './HeaderBar.module.css'

export interface HeaderBarProps {
  /** Project switcher, name and save state. */
  project: ReactNode
  /** API and stage pickers (with the "undeployed changes" badge), Deploy. */
  api?: ReactNode
  /** Import/Export, Share. */
  actions?: ReactNode
  /** Undo/redo, layout toggles, shortcuts: always at the far end. */
  tools: ReactNode
}

/** The navy top bar: brand, project, API controls, actions, tools — left to right. */
export function HeaderBar({ project, api, actions, tools }: HeaderBarProps) {
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <BrandMark />
        Gatewright
      </div>
      <span className={styles.divider} />
      <div className={`${styles.section} ${styles.project}`}>{project}</div>
      <div className={`${styles.section} ${styles.middle}`}>{api}</div>
      <div className={`${styles.section} ${styles.end}`}>
        {actions}
        {actions && <span className={styles.divider} />}
        {tools}
      </div>
    </header>
  )
}
