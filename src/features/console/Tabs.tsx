import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react'
import styles from './Tabs.module.css'

export interface TabSpec<T extends string> {
  id: T
  label: ReactNode
  /** A count or state shown after the label. */
  badge?: ReactNode
}

/**
 * A tab list (WAI-ARIA tabs: arrows move, Home/End jump) with one panel. The panel is rendered
 * by the caller for the selected tab only.
 */
export function Tabs<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
  actions,
  children,
}: {
  label: string
  tabs: readonly TabSpec<T>[]
  selected: T
  onSelect: (id: T) => void
  /** Buttons at the right end of the tab bar. */
  actions?: ReactNode
  children: ReactNode
}) {
  const id = useId()
  const listRef = useRef<HTMLDivElement>(null)
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((t) => t.id === selected)
    let next = index
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = tabs.length - 1
    else return
    event.preventDefault()
    const tab = tabs[next]!
    onSelect(tab.id)
    listRef.current?.querySelector<HTMLElement>(`[data-tab="${tab.id}"]`)?.focus()
  }
  return (
    <div className={styles.tabs}>
      <div className={styles.bar}>
        <div role="tablist" aria-label={label} className={styles.list} ref={listRef} onKeyDown={onKeyDown}>
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`${id}-${t.id}`}
              data-tab={t.id}
              aria-selected={t.id === selected}
              aria-controls={`${id}-panel`}
              tabIndex={t.id === selected ? 0 : -1}
              className={styles.tab}
              onClick={() => onSelect(t.id)}
            >
              {t.label}
              {t.badge !== undefined && <span className={styles.badge}>{t.badge}</span>}
            </button>
          ))}
        </div>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${selected}`} className={styles.panel}>
        {children}
      </div>
    </div>
  )
}
