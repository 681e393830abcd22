import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useProjectStore } from '../../state/useProjectStore'
import { Button } from '../../ui/Button'
import styles from './GoToPalette.module.css'
import { goTo } from './goTo'
import { type PaletteItem, paletteItems } from './paletteItems'
import { rankPaletteItems } from './rankPaletteItems'

/**
 * "Go to" (Ctrl+K, ⌘K on a Mac, or the header's search button): type part of a path, a
 * method and path (`get pets`) or a screen's name, then Enter. Arrows move, Escape closes.
 */
export function GoToPalette() {
  const project = useProjectStore((s) => s.project)
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const dialogRef = useRef<HTMLDialogElement>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const listId = useId()
  const optionId = (i: number) => `${listId}-${i}`

  const items = useMemo(() => (open && project ? paletteItems(project) : []), [open, project])
  const shown = useMemo(() => rankPaletteItems(items, query), [items, query])

  const show = useCallback(() => {
    setQuery('')
    setActive(0)
    setOpen(true)
  }, [])

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return
      if (event.key.toLowerCase() !== 'k' || event.defaultPrevented) return
      event.preventDefault()
      show()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [show])

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  // keep the active row in view
  useEffect(() => {
    if (!open) return
    const el = listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)
    el?.scrollIntoView({ block: 'nearest' })
  }, [active, open])

  const choose = (item: PaletteItem | undefined) => {
    if (!item || !project) return
    setOpen(false)
    goTo(item.target, project)
  }

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1
    const moves: Record<string, number> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: Math.max(active - 1, 0),
      PageDown: Math.min(active + 10, last),
      PageUp: Math.max(active - 10, 0),
    }
    const next = moves[event.key]
    if (next !== undefined) {
      event.preventDefault()
      setActive(Math.max(next, 0))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(shown[active])
    }
  }

  return (
    <>
      <Button
        variant="header"
        icon="search"
        label="Go to a resource, method or screen"
        shortcut="Ctrl+K"
        onClick={show}
      />
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a backdrop click; the keyboard closes it with Escape */}
      <dialog
        ref={dialogRef}
        className={styles.dialog}
        aria-label="Go to"
        onClose={() => setOpen(false)}
        onClick={(e) => {
          // a click on the backdrop (the dialog element itself) closes it
          if (e.target === dialogRef.current) setOpen(false)
        }}
      >
        {open && (
          <>
            <input
              className={styles.input}
              autoFocus
              role="combobox"
              aria-expanded="true"
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={shown.length > 0 ? optionId(active) : undefined}
              aria-label="Go to a resource, method or screen"
              placeholder="Path, method and path (get pets), or screen"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value)
                setActive(0)
              }}
              onKeyDown={onInputKeyDown}
            />
            {shown.length === 0 ? (
              <p className={styles.empty} role="status">
                {project && project.restApis.length === 0
                  ? 'This project has no REST API yet.'
                  : `Nothing matches “${query}”.`}
              </p>
            ) : (
              <div ref={listRef} id={listId} className={styles.list} role="listbox" aria-label="Matches">
                {shown.map((item, i) => (
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the input's arrows and Enter operate the list
                  <div
                    key={item.key}
                    tabIndex={-1}
                    id={optionId(i)}
                    data-index={i}
                    role="option"
                    aria-selected={i === active}
                    className={styles.option}
                    onMouseMove={() => i !== active && setActive(i)}
                    onClick={() => choose(item)}
                  >
                    <span className={styles.label}>{item.label}</span>
                    <span className={styles.detail}>{item.detail}</span>
                  </div>
                ))}
              </div>
            )}
            <div className={styles.footer}>↑↓ to move · Enter to go · Esc to close</div>
          </>
        )}
      </dialog>
    </>
  )
}
