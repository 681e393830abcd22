import { type KeyboardEvent, useEffect, useRef } from 'react'
import styles from './FloatingMenu.module.css'

export type FloatingMenuItem =
  | {
      kind?: 'item'
      id: string
      label: string
      shortcut?: string
      danger?: boolean
      disabled?: boolean
      onSelect(): void
    }
  | { kind: 'separator'; id: string }
  | { kind: 'heading'; id: string; label: string }

/**
 * A context menu at a screen position (WAI-ARIA menu): focus starts on the first item; arrows,
 * Home/End and first letters move; Enter selects; Escape, Tab or a click outside closes.
 */
export function FloatingMenu({
  items,
  x,
  y,
  label,
  onClose,
}: {
  items: FloatingMenuItem[]
  x: number
  y: number
  label: string
  onClose(): void
}) {
  const ref = useRef<HTMLDivElement>(null)
  const buttons = () =>
    Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the first item once, when the menu opens
  useEffect(() => {
    buttons()[0]?.focus()
    const onPointerDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose()
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    return () => document.removeEventListener('pointerdown', onPointerDown, true)
  }, [])

  // Keep the menu on screen.
  const left = Math.min(x, window.innerWidth - 260)
  const top = Math.min(y, window.innerHeight - 40 - items.length * 28)

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const all = buttons()
    const i = all.indexOf(document.activeElement as HTMLButtonElement)
    const go = (to: number) => {
      e.preventDefault()
      all[(to + all.length) % all.length]?.focus()
    }
    e.stopPropagation()
    switch (e.key) {
      case 'ArrowDown':
        return go(i + 1)
      case 'ArrowUp':
        return go(i - 1)
      case 'Home':
        return go(0)
      case 'End':
        return go(all.length - 1)
      case 'Escape':
      case 'Tab':
        e.preventDefault()
        return onClose()
      default:
        if (e.key.length === 1 && /\S/.test(e.key)) {
          const letter = e.key.toLowerCase()
          const order = [...all.slice(i + 1), ...all.slice(0, i + 1)]
          order.find((b) => b.textContent?.trim().toLowerCase().startsWith(letter))?.focus()
        }
    }
  }

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className={styles.menu}
      style={{ left, top }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.map((item) => {
        if (item.kind === 'separator') {
          // biome-ignore lint/a11y/useSemanticElements: a separator inside a WAI-ARIA menu
          return <div key={item.id} role="separator" className={styles.separator} />
        }
        if (item.kind === 'heading')
          return (
            <div key={item.id} role="presentation" className={styles.heading}>
              {item.label}
            </div>
          )
        return (
          <button
            key={item.id}
            type="button"
            role="menuitem"
            tabIndex={-1}
            disabled={item.disabled}
            className={`${styles.item} ${item.danger ? styles.danger : ''}`}
            onClick={() => {
              onClose()
              item.onSelect()
            }}
          >
            <span>{item.label}</span>
            {item.shortcut && <kbd className={styles.shortcut}>{item.shortcut}</kbd>}
          </button>
        )
      })}
    </div>
  )
}
