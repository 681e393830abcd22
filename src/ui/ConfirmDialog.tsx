import { type ReactNode, useEffect, useId, useRef } from 'react'
import { Button } from './Button'
import styles from './ConfirmDialog.module.css'

export interface ConfirmDialogProps {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  /** Destructive actions get a red confirm button, and focus starts on Cancel. */
  destructive?: boolean
  onConfirm: () => void
  onCancel: () => void
}

/**
 * The studio's only modal: asks before something cannot be undone (deleting a project).
 * A native `<dialog>`: focus stays inside, Escape cancels, focus returns where it was.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  destructive = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const messageId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      dialog.showModal()
      // showModal focuses the first button when the dialog is open from its first render
      // (React's autoFocus ran before); put focus where it belongs
      dialog.querySelector<HTMLElement>('[data-initial-focus]')?.focus()
    }
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      {open && (
        <>
          <div className={styles.body}>
            <h2 id={titleId} className={styles.title}>
              {title}
            </h2>
            <div id={messageId} className={styles.message}>
              {children}
            </div>
          </div>
          <div className={styles.footer}>
            <Button autoFocus={destructive} data-initial-focus={destructive || undefined} onClick={onCancel}>
              Cancel
            </Button>
            <Button
              autoFocus={!destructive}
              data-initial-focus={!destructive || undefined}
              variant={destructive ? 'danger' : 'primary'}
              onClick={onConfirm}
            >
              {confirmLabel}
            </Button>
          </div>
        </>
      )}
    </dialog>
  )
}
