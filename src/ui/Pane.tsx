import type { ReactNode } from 'react'
import styles from './Pane.module.css'

export interface PaneProps {
  title: string
  /** Small buttons at the right of the pane header. */
  actions?: ReactNode
  children: ReactNode
  /** The id of the region, so splitters and shortcuts can point at it. */
  id?: string
}

/** A titled, scrolling region of the studio (explorer, inspector, dock). */
export function Pane({ title, actions, children, id }: PaneProps) {
  return (
    <section className={styles.pane} aria-label={title} id={id}>
      <header className={styles.header}>
        <h2 className={styles.title}>{title}</h2>
        {actions && <div className={styles.actions}>{actions}</div>}
      </header>
      <div className={styles.body}>{children}</div>
    </section>
  )
}
