import { type ReactNode, useEffect, useId, useRef } from 'react'
import { Button } from './Button'
import styles from './Popover.module.css'

export interface PopoverTriggerProps {
  'aria-expanded': boolean
  'aria-controls': string
  onClick: () => void
}

export interface PopoverProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  /** Renders the button that toggles the popover: spread the given props on it. */
  trigger: (props: PopoverTriggerProps) => ReactNode
  children: ReactNode
}

/**
 * A non-modal panel anchored under its trigger (inline help, not a modal): focus moves into it,
 * Escape or a click outside closes it and focus returns to the trigger.
 */
export function Popover({ open, onOpenChange, title, trigger, children }: PopoverProps) {
  const rootRef = useRef<HTMLDivElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const id = useId()
  const titleId = `${id}-title`

  useEffect(() => {
    if (!open) return
    panelRef.current?.focus()
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) onOpenChange(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open, onOpenChange])

  const close = () => {
    onOpenChange(false)
    rootRef.current?.querySelector<HTMLElement>('[aria-controls]')?.focus()
  }

  return (
    <div className={styles.root} ref={rootRef}>
      {trigger({ 'aria-expanded': open, 'aria-controls': id, onClick: () => onOpenChange(!open) })}
      {open && (
        <div
          ref={panelRef}
          id={id}
          role="dialog"
          aria-labelledby={titleId}
          tabIndex={-1}
          className={styles.popover}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation()
              close()
            }
          }}
        >
          <div className={styles.header}>
            <h2 id={titleId} className={styles.title}>
              {title}
            </h2>
            <Button variant="ghost" size="sm" icon="close" label="Close" onClick={close} />
          </div>
          {children}
        </div>
      )}
    </div>
  )
}
