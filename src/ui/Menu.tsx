import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { Icon, type IconName } from './Icon'
import styles from './Menu.module.css'

export type MenuEntry =
  | {
      kind?: 'item'
      id: string
      label: string
      description?: string
      icon?: IconName
      shortcut?: string
      danger?: boolean
      disabled?: boolean
      /** For a choice among several (the open project): shown with a check mark. */
      checked?: boolean
      onSelect: () => void
    }
  | { kind: 'group'; id: string; label: string }
  | { kind: 'separator'; id: string }

/** The enabled items of an open menu, in order. */
function menuItems(menu: HTMLElement | null): HTMLButtonElement[] {
  return Array.from(menu?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)') ?? [])
}

export interface MenuTriggerProps {
  id: string
  'aria-haspopup': 'menu'
  'aria-expanded': boolean
  'aria-controls': string
  onClick: () => void
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
}

export interface MenuProps {
  /** Renders the trigger: spread the given props on a button. */
  trigger: (props: MenuTriggerProps) => ReactNode
  entries: readonly MenuEntry[]
  /** Accessible name of the menu. */
  label: string
  align?: 'start' | 'end'
}

/**
 * A dropdown menu (WAI-ARIA menu button): opens on click, Enter, Space or ArrowDown; arrows,
 * Home/End and first letters move; Enter selects; Escape closes and returns focus to the trigger.
 */
export function Menu({ trigger, entries, label, align = 'start' }: MenuProps) {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const focusOnOpen = useRef<'first' | 'last' | 'checked'>('checked')
  const baseId = useId()
  const triggerId = `${baseId}-trigger`
  const menuId = `${baseId}-menu`

  useEffect(() => {
    if (!open) return
    const all = menuItems(menuRef.current)
    const target =
      focusOnOpen.current === 'last'
        ? all[all.length - 1]
        : focusOnOpen.current === 'checked'
          ? (all.find((el) => el.getAttribute('aria-checked') === 'true') ?? all[0])
          : all[0]
    target?.focus()
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) document.getElementById(triggerId)?.focus()
  }

  const onTriggerKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      focusOnOpen.current = event.key === 'ArrowDown' ? 'first' : 'last'
      setOpen(true)
    }
  }

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = menuItems(menuRef.current)
    const index = all.indexOf(document.activeElement as HTMLButtonElement)
    const move = (to: number) => {
      event.preventDefault()
      all[(to + all.length) % all.length]?.focus()
    }
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1)
      case 'ArrowUp':
        return move(index - 1)
      case 'Home':
        return move(0)
      case 'End':
        return move(all.length - 1)
      case 'Escape':
        event.preventDefault()
        event.stopPropagation()
        return close(true)
      case 'Tab':
        return close(false)
      default:
        if (event.key.length === 1 && /\S/.test(event.key)) {
          const letter = event.key.toLowerCase()
          const order = [...all.slice(index + 1), ...all.slice(0, index + 1)]
          order.find((el) => el.textContent?.trim().toLowerCase().startsWith(letter))?.focus()
        }
    }
  }

  return (
    <div className={styles.root} ref={rootRef}>
      {trigger({
        id: triggerId,
        'aria-haspopup': 'menu',
        'aria-expanded': open,
        'aria-controls': menuId,
        onClick: () => {
          focusOnOpen.current = 'checked'
          setOpen((o) => !o)
        },
        onKeyDown: onTriggerKeyDown,
      })}
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          aria-labelledby={triggerId}
          className={`${styles.menu} ${align === 'end' ? styles.alignEnd : styles.alignStart}`}
          onKeyDown={onMenuKeyDown}
        >
          {entries.map((entry) => {
            if (entry.kind === 'separator') return <hr key={entry.id} className={styles.separator} />
            if (entry.kind === 'group')
              return (
                <div key={entry.id} role="presentation" className={styles.group}>
                  {entry.label}
                </div>
              )
            const icon = entry.checked !== undefined ? (entry.checked ? 'check' : undefined) : entry.icon
            return (
              <button
                key={entry.id}
                type="button"
                {...(entry.checked !== undefined
                  ? { role: 'menuitemradio', 'aria-checked': entry.checked }
                  : { role: 'menuitem' })}
                disabled={entry.disabled}
                tabIndex={-1}
                aria-label={entry.label}
                aria-describedby={entry.description ? `${baseId}-${entry.id}-description` : undefined}
                className={`${styles.item} ${entry.danger ? styles.danger : ''}`}
                onClick={() => {
                  close(true)
                  entry.onSelect()
                }}
              >
                <span className={styles.icon}>{icon && <Icon name={icon} />}</span>
                <span className={styles.text}>
                  <span className={styles.label}>{entry.label}</span>
                  {entry.description && (
                    <span id={`${baseId}-${entry.id}-description`} className={styles.description}>
                      {entry.description}
                    </span>
                  )}
                </span>
                {entry.shortcut && <kbd className={styles.shortcut}>{entry.shortcut}</kbd>}
              </button>
            )
          })}
        </div>
      )}
    </div>
  )
}
