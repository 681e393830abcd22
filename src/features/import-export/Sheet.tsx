import { type ReactNode, useEffect, useId, useRef } from 'react'
import { createPortal } from 'react-dom'
import { Button } from '../../ui/Button'
import styles from './Sheet.module.css'

export interface SheetProps {
  title: string
  subtitle?: ReactNode
  /** Wider for panels with a preview. */
  width: number
  onClose(): void
  /** Escape: closes unless the panel handles it (e.g. cancels a running import first). */
  onEscape?: () => boolean
  footer?: ReactNode
  children: ReactNode
  testId?: string
}

/**
 * A non-modal panel docked under the header at the right: the rest of the studio stays usable
 * (no backdrop, no focus trap). Focus moves into it on open; Escape or the close button closes it.
 */
export function Sheet({ title, subtitle, width, onClose, onEscape, footer, children, testId }: SheetProps) {
  const id = useId()
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    // Focus moves into the panel, and back to where it was (the header button) when it closes.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    ref.current?.focus()
    return () => {
      if (before?.isConnected) before.focus()
    }
  }, [])
  return createPortal(
    <section
      ref={ref}
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      className={styles.sheet}
      style={{ width: `min(${width}px, calc(100vw - 16px))` }}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return
        e.stopPropagation()
        if (!onEscape?.()) onClose()
      }}
    >
      <header className={styles.header}>
        <div className={styles.titles}>
          <h2 id={`${id}-title`} className={styles.title}>
            {title}
          </h2>
          {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
        </div>
        <Button variant="ghost" size="sm" icon="close" label={`Close ${title}`} onClick={onClose} />
      </header>
      <div className={styles.body}>{children}</div>
      {footer && <footer className={styles.footer}>{footer}</footer>}
    </section>,
    document.body,
  )
}
