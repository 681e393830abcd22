import type { ReactNode } from 'react'
import styles from './EmptyState.module.css'
import { Icon, type IconName } from './Icon'

export interface EmptyStateProps {
  title: string
  children?: ReactNode
  icon?: IconName
  /** Buttons that get the user going. */
  actions?: ReactNode
  /** Top-left aligned and small, for narrow panes. */
  compact?: boolean
}

/** What a pane shows when it has nothing yet: what is missing and how to get it. */
export function EmptyState({ title, children, icon, actions, compact = false }: EmptyStateProps) {
  return (
    <div className={`${styles.empty} ${compact ? styles.compact : ''}`}>
      {icon && !compact && (
        <div className={styles.icon}>
          <Icon name={icon} size={22} />
        </div>
      )}
      <p className={styles.title}>{title}</p>
      {children && <div className={styles.body}>{children}</div>}
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  )
}
