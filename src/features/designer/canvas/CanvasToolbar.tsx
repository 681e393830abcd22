import { type KeyboardEvent, useId, useMemo, useState } from 'react'
import type { RestApi } from '../../../core/model/rest/RestApi'
import { Button } from '../../../ui/Button'
import { Icon } from '../../../ui/Icon'
import { INTEGRATION_KIND_LABELS, type IntegrationKind } from '../integrationKind'
import { IntegrationSwatch } from '../MethodBadge'
import { type ResourceTreeIndex, searchPaths } from '../tree/indexResourceTree'
import styles from './CanvasToolbar.module.css'

const LEGEND: IntegrationKind[] = ['mock', 'http', 'httpProxy', 'lambdaProxy', 'lambda', 'aws', 'none']

/** Search-to-path (a combobox), fold controls and the integration colour legend. */
export function CanvasToolbar({
  index,
  onJump,
  onExpandAll,
  onCollapseAll,
  visibleCount,
}: {
  api: RestApi
  index: ResourceTreeIndex
  onJump(resourceId: string): void
  onExpandAll(): void
  onCollapseAll(): void
  visibleCount: number
}) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const [open, setOpen] = useState(false)
  const [legend, setLegend] = useState(false)
  const listId = useId()
  const results = useMemo(() => searchPaths(index, query, 12), [index, query])

  const jump = (id: string | undefined) => {
    if (!id) return
    onJump(id)
    setOpen(false)
    setQuery(index.entries.get(id)?.path ?? '')
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation()
    if (e.key === 'ArrowDown') {
      e.preventDefault()
      setOpen(true)
      setActive((a) => Math.min(a + 1, results.length - 1))
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      setActive((a) => Math.max(a - 1, 0))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      jump(results[active])
    } else if (e.key === 'Escape') {
      setOpen(false)
    }
  }
  const total = index.entries.size
  return (
    <div className={styles.toolbar}>
      <div className={styles.search}>
        <Icon name="search" size={14} className={styles.searchIcon} />
        <input
          type="search"
          role="combobox"
          aria-label="Go to resource path"
          aria-expanded={open && results.length > 0}
          aria-controls={listId}
          aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
          aria-autocomplete="list"
          placeholder="Go to path…"
          className={styles.input}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setActive(0)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 120)}
          onKeyDown={onKeyDown}
          data-canvas-search
        />
        {open && query.trim() !== '' && (
          <div id={listId} role="listbox" aria-label="Matching paths" className={styles.results}>
            {results.length === 0 ? (
              <div className={styles.empty}>No resource path contains "{query}"</div>
            ) : (
              results.map((id, i) => (
                // biome-ignore lint/a11y/useFocusableInteractive: options of a combobox stay unfocused (aria-activedescendant)
                <div
                  key={id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={`${styles.result} ${i === active ? styles.active : ''}`}
                  onMouseDown={(e) => {
                    e.preventDefault()
                    jump(id)
                  }}
                  onMouseEnter={() => setActive(i)}
                >
                  {index.entries.get(id)?.path}
                </div>
              ))
            )}
          </div>
        )}
      </div>
      <div className={styles.group}>
        <Button size="sm" variant="ghost" onClick={onExpandAll} title="Show every resource">
          Expand all
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={onCollapseAll}
          title="Fold everything below the first level"
        >
          Collapse
        </Button>
      </div>
      <span className={styles.count} aria-live="polite">
        {visibleCount === total ? `${total} resources` : `${visibleCount} of ${total} resources shown`}
      </span>
      <div className={styles.legendWrap}>
        <Button size="sm" variant="ghost" aria-expanded={legend} onClick={() => setLegend((l) => !l)}>
          Legend
        </Button>
        {legend && (
          <ul className={styles.legend} aria-label="Method colours by integration type">
            {LEGEND.map((k) => (
              <li key={k}>
                <IntegrationSwatch kind={k} /> {INTEGRATION_KIND_LABELS[k]}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
