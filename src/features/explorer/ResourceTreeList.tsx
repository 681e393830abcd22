import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react'
import type { RestApi } from '../../core/model/rest/RestApi'
import { selectionStore, useSelection } from '../../state/selectionStore'
import { Icon } from '../../ui/Icon'
import { ResourceContextMenu } from '../designer/canvas/ResourceContextMenu'
import { integrationKind } from '../designer/integrationKind'
import { MethodBadge } from '../designer/MethodBadge'
import type { ResourceProblems } from '../designer/problems/useResourceProblems'
import { useDesignerActions } from '../designer/useDesignerActions'
import { useResourceTree } from '../designer/useResourceTree'
import { type ExplorerRow, explorerRows } from './explorerRows'
import styles from './ResourceTreeList.module.css'

const ROW_HEIGHT = 24
const VIRTUALIZE_ROWS = 300
const OVERSCAN = 20

/**
 * The resource tree as a plain list (WAI-ARIA tree), for people who do not use a mouse:
 * Up/Down move, Right unfolds or enters, Left folds or goes to the parent, Home/End jump,
 * Enter opens (a method's flow), N creates a child resource, M a method, F2 renames,
 * Delete asks to delete, typing a letter jumps to the next row starting with it.
 */
export function ResourceTreeList({
  api,
  filter,
  problems,
}: {
  api: RestApi
  filter: string
  problems: ResourceProblems
}) {
  const { index, collapsed, defaults } = useResourceTree(api)
  const rows = useMemo(() => explorerRows(index, collapsed, filter), [index, collapsed, filter])
  const selectedResource = useSelection((s) => s.resourceId)
  const selectedMethod = useSelection((s) => s.httpMethod)
  const actions = useDesignerActions(api.id)
  const selectedKey = selectedResource
    ? selectedMethod
      ? `m:${selectedResource}:${selectedMethod}`
      : `r:${selectedResource}`
    : undefined
  const [focusKey, setFocusKey] = useState<string | undefined>(undefined)
  const activeKey = rows.some((r) => r.key === focusKey)
    ? focusKey
    : rows.some((r) => r.key === selectedKey)
      ? selectedKey
      : rows[0]?.key
  const listRef = useRef<HTMLUListElement>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const [menu, setMenu] = useState<{ resourceId: string; x: number; y: number } | null>(null)
  const wantsFocus = useRef(false)

  // Long lists render only the rows in view (plus a margin), so a 2,000-resource tree stays light.
  const virtual = rows.length > VIRTUALIZE_ROWS
  const [viewport, setViewport] = useState({ top: 0, height: 480 })
  const activeIndex = rows.findIndex((r) => r.key === activeKey)
  const first = virtual ? Math.max(0, Math.floor(viewport.top / ROW_HEIGHT) - OVERSCAN) : 0
  const last = virtual
    ? Math.min(rows.length, Math.ceil((viewport.top + viewport.height) / ROW_HEIGHT) + OVERSCAN)
    : rows.length
  const shown = rows.slice(first, last)
  // The focusable row must exist even when scrolled away, so Tab always lands in the tree.
  const activeOutside = virtual && activeIndex >= 0 && (activeIndex < first || activeIndex >= last)

  useEffect(() => {
    if (!wantsFocus.current || !activeKey) return
    wantsFocus.current = false
    listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(activeKey)}"]`)?.focus()
  })

  const focusRow = (key: string | undefined) => {
    if (!key) return
    wantsFocus.current = true
    setFocusKey(key)
    scrollToRow(key)
  }
  const scrollToRow = (key: string) => {
    const el = scrollRef.current
    const index = rows.findIndex((r) => r.key === key)
    if (virtual && el && index >= 0) {
      const top = index * ROW_HEIGHT
      let next = el.scrollTop
      if (top < el.scrollTop) next = top
      else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) next = top + ROW_HEIGHT - el.clientHeight
      if (next !== el.scrollTop) {
        el.scrollTop = next
        setViewport({ top: next, height: el.clientHeight })
      }
    }
  }
  const select = (row: ExplorerRow, openFlow = false) => {
    if (row.kind === 'method') selectionStore.getState().selectMethod(row.resourceId, row.method, openFlow)
    else if (selectionStore.getState().resourceId !== row.resourceId || selectionStore.getState().httpMethod)
      selectionStore.getState().selectResource(row.resourceId)
  }
  const toggle = (resourceId: string) =>
    selectionStore.getState().toggleCollapsed(api.id, resourceId, defaults)

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const i = rows.findIndex((r) => r.key === activeKey)
    const row = rows[i]
    if (!row || e.altKey || e.ctrlKey || e.metaKey) return
    const move = (to: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, to))]
      if (!target) return
      focusRow(target.key)
      select(target)
    }
    const done = () => {
      e.preventDefault()
      e.stopPropagation()
    }
    switch (e.key) {
      case 'ArrowDown':
        done()
        return move(i + 1)
      case 'ArrowUp':
        done()
        return move(i - 1)
      case 'Home':
        done()
        return move(0)
      case 'End':
        done()
        return move(rows.length - 1)
      case 'ArrowRight':
        done()
        if (row.kind === 'resource' && row.expandable) {
          if (!row.expanded) toggle(row.resourceId)
          else move(i + 1)
        }
        return
      case 'ArrowLeft':
        done()
        if (row.kind === 'resource' && row.expanded && filter.trim() === '') return toggle(row.resourceId)
        if (row.parentKey) return move(rows.findIndex((r) => r.key === row.parentKey))
        return
      case 'Enter':
        done()
        return select(row, true)
      case ' ':
        done()
        return select(row)
      case 'n':
      case 'N':
        done()
        return actions.createChild(row.resourceId)
      case 'm':
      case 'M':
        done()
        return actions.addMethod(row.resourceId)
      case 'ContextMenu':
      case 'F10': {
        if (e.key === 'F10' && !e.shiftKey) return
        done()
        const rect = listRef.current
          ?.querySelector(`[data-key="${CSS.escape(row.key)}"]`)
          ?.getBoundingClientRect()
        return setMenu({
          resourceId: row.resourceId,
          x: rect ? rect.left + 24 : 100,
          y: rect ? rect.bottom : 100,
        })
      }
      case 'F2':
        if (row.kind !== 'resource' || row.level === 1) return
        done()
        return actions.startRename(row.resourceId)
      case 'Delete':
      case 'Backspace':
        if (row.kind === 'resource' && row.level === 1) return
        done()
        return actions.requestDelete(row.resourceId, row.kind === 'method' ? row.method : undefined)
      default:
        if (e.key.length === 1 && /\S/.test(e.key)) {
          const letter = e.key.toLowerCase()
          const order = [...rows.slice(i + 1), ...rows.slice(0, i + 1)]
          const hit = order.find((r) =>
            (r.kind === 'method' ? r.method : r.label).toLowerCase().startsWith(letter),
          )
          if (hit) {
            done()
            focusRow(hit.key)
            select(hit)
          }
        }
    }
  }

  if (rows.length === 0) {
    return <p className={styles.none}>No resource path contains “{filter}”.</p>
  }

  return (
    <>
      {menu && (
        <ResourceContextMenu
          api={api}
          resourceId={menu.resourceId}
          x={menu.x}
          y={menu.y}
          onClose={() => {
            setMenu(null)
            focusRow(activeKey)
          }}
        />
      )}
      <div
        ref={scrollRef}
        className={virtual ? styles.scroller : undefined}
        onScroll={(e) => {
          if (virtual) setViewport({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })
        }}
      >
        <ul
          ref={listRef}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a WAI-ARIA tree has no native element
          role="tree"
          aria-label={`Resources of ${api.name}`}
          className={styles.tree}
          style={
            virtual
              ? { paddingTop: first * ROW_HEIGHT, paddingBottom: (rows.length - last) * ROW_HEIGHT }
              : undefined
          }
          onKeyDown={onKeyDown}
        >
          {(activeOutside ? [rows[activeIndex]!, ...shown] : shown).map((row, i) => {
            // The focusable row kept while scrolled out of view: present for Tab, not drawn.
            const parked = activeOutside && i === 0
            const isActive = row.key === activeKey
            const isSelected = row.key === selectedKey
            if (row.kind === 'method') {
              const method = api.resources[row.resourceId]!.methods[row.method]!
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the tree handles keys for all its items
                <li
                  key={row.key}
                  data-key={row.key}
                  role="treeitem"
                  aria-level={row.level}
                  aria-selected={isSelected}
                  aria-label={`${row.method} ${row.path}`}
                  tabIndex={isActive ? 0 : -1}
                  onFocus={() => {
                    setFocusKey(row.key)
                    scrollToRow(row.key)
                  }}
                  className={`${styles.row} ${isSelected ? styles.selected : ''} ${parked ? styles.parked : ''}`}
                  style={{ paddingLeft: 8 + (row.level - 1) * 14 + 16 }}
                  onClick={() => {
                    setFocusKey(row.key)
                    select(row)
                  }}
                  onDoubleClick={() => select(row, true)}
                >
                  <MethodBadge method={row.method} kind={integrationKind(method)} />
                </li>
              )
            }
            const rowProblems = problems.get(row.resourceId) ?? []
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the tree handles keys for all its items
              <li
                key={row.key}
                data-key={row.key}
                role="treeitem"
                aria-level={row.level}
                aria-expanded={row.expandable ? row.expanded : undefined}
                aria-selected={isSelected}
                aria-label={row.path + (rowProblems.length > 0 ? `, ${rowProblems.length} problems` : '')}
                tabIndex={isActive ? 0 : -1}
                onFocus={() => {
                  setFocusKey(row.key)
                  scrollToRow(row.key)
                }}
                className={`${styles.row} ${isSelected ? styles.selected : ''} ${parked ? styles.parked : ''}`}
                style={{ paddingLeft: 8 + (row.level - 1) * 14 }}
                onClick={() => {
                  setFocusKey(row.key)
                  select(row)
                }}
                onContextMenu={(e) => {
                  e.preventDefault()
                  select(row)
                  setMenu({ resourceId: row.resourceId, x: e.clientX, y: e.clientY })
                }}
              >
                <span
                  className={styles.twisty}
                  aria-hidden
                  onClick={(e) => {
                    e.stopPropagation()
                    if (row.expandable) toggle(row.resourceId)
                  }}
                >
                  {row.expandable && <Icon name={row.expanded ? 'chevronDown' : 'chevronRight'} size={12} />}
                </span>
                <span className={`${styles.label} ${row.label.startsWith('{') ? styles.param : ''}`}>
                  {row.label}
                </span>
                {rowProblems.length > 0 && (
                  <span
                    className={
                      rowProblems.some((p) => p.severity === 'error') ? styles.errorDot : styles.warningDot
                    }
                    title={rowProblems.map((p) => p.message).join('\n')}
                  >
                    <Icon name="alert" size={12} />
                  </span>
                )}
              </li>
            )
          })}
        </ul>
      </div>
    </>
  )
}
