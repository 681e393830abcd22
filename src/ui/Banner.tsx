import type { ReactNode } from 'react'
import styles from './Banner.module.css'
import { Button } from './Button'
import { Icon } from './Icon'

export interface BannerProps {
  tone: 'info' | 'warning' | 'error'
  title?: string
  children: ReactNode
  /** Buttons shown at the end (Download, Retry, …). */
  actions?: ReactNode
  onDismiss?: () => void
}

/** An inline message. Errors and warnings are announced to screen readers as alerts. */
export function Banner({ tone, title, children, actions, onDismiss }: BannerProps) {
  return (
    <div role={tone === 'info' ? 'status' : 'alert'} className={`${styles.banner} ${styles[tone]}`}>
      <span className={styles.icon}>
        <Icon name={tone === 'info' ? 'info' : tone === 'warning' ? 'alert' : 'error'} />
      </span>
      <div className={styles.content}>
        {title && <span className={styles.title}>{title} </span>}
        <span className={styles.message}>{children}</span>
      </div>
      {(actions || onDismiss) && (
        <div className={styles.actions}>
          {actions}
          {onDismiss && <Button variant="ghost" size="sm" icon="close" label="Dismiss" onClick={onDismiss} />}
        </div>
      )}
    </div>
  )
}
