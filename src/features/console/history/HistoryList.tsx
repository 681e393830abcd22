import { useState } from 'react'
import type { HistoryEntry } from '../../../state/consoleStore'
import { Button } from '../../../ui/Button'
import { useConsole, useConsoleStoreApi } from '../ConsoleContext'
import { formatDuration } from '../response/bodyView'
import { StatusChip } from '../response/StatusChip'
import styles from './HistoryList.module.css'

const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** `/dev/pets/1?x=y` of an invoke URL (its stage and path), or the whole URL when it is not one. */
export function pathOf(url: string): string {
  try {
    const u = new URL(url)
    return `${u.pathname}${u.search}`
  } catch {
    return url
  }
}

function label(entry: HistoryEntry): string {
  return `${entry.request.method} ${pathOf(entry.request.url)}`
}

/**
 * The project's request history, newest first: method, stage and path, status, time. Select one
 * to see its response; re-send it, put it back in the form, or tick two to compare them.
 */
export function HistoryList() {
  const store = useConsoleStoreApi()
  const history = useConsole((s) => s.history)
  const selectedId = useConsole((s) => s.selectedId)
  const loaded = useConsole((s) => s.historyLoaded)
  const [picked, setPicked] = useState<string[]>([])
  const actions = store.getState()
  const live = picked.filter((id) => history.some((e) => e.id === id))

  return (
    <section className={styles.history} aria-label="History">
      <header className={styles.header}>
        <h3 className={styles.title}>History</h3>
        <span className={styles.count}>{history.length}</span>
        {live.length === 2 ? (
          <Button size="sm" variant="primary" onClick={() => actions.startCompare(live[1]!, live[0]!)}>
            Compare
          </Button>
        ) : (
          history.length > 0 && (
            <span className={styles.hint} title="Tick two requests to compare their responses side by side">
              tick 2 to compare
            </span>
          )
        )}
        {history.length > 0 && (
          <Button
            size="sm"
            variant="ghost"
            icon="trash"
            label="Clear history"
            onClick={() => {
              setPicked([])
              actions.clearHistory()
            }}
          />
        )}
      </header>
      {history.length === 0 ? (
        <p className={styles.empty}>
          {loaded
            ? 'Requests you send appear here with their response, and so do requests any script of this page makes to the emulator.'
            : 'Loading history…'}
        </p>
      ) : (
        <ul className={styles.list}>
          {history.map((entry) => {
            const selected = entry.id === selectedId
            return (
              <li key={entry.id} className={styles.item} data-selected={selected || undefined}>
                <input
                  type="checkbox"
                  className={styles.pick}
                  aria-label={`Compare ${label(entry)} at ${timeFormat.format(entry.at)}`}
                  checked={picked.includes(entry.id)}
                  onChange={(e) =>
                    setPicked(
                      e.target.checked
                        ? [...live.filter((id) => id !== entry.id), entry.id].slice(-2)
                        : live.filter((id) => id !== entry.id),
                    )
                  }
                />
                <button
                  type="button"
                  className={styles.entry}
                  aria-current={selected || undefined}
                  onClick={() => actions.select(entry.id)}
                  title={`${entry.request.method} ${entry.request.url}`}
                >
                  <span className={styles.line}>
                    <span className={styles.method} data-method={entry.request.method}>
                      {entry.request.method}
                    </span>
                    <span className={styles.path}>{pathOf(entry.request.url)}</span>
                  </span>
                  <span className={styles.line}>
                    {entry.response ? (
                      <StatusChip status={entry.response.status} compact />
                    ) : (
                      <span className={styles.noResponse}>no response</span>
                    )}
                    <span className={styles.meta}>
                      {timeFormat.format(entry.at)}
                      {entry.durationMs !== undefined ? ` · ${formatDuration(entry.durationMs)}` : ''}
                    </span>
                    {entry.source === 'page' && <span className={styles.page}>page</span>}
                  </span>
                </button>
                <span className={styles.actions}>
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="redo"
                    label={`Send again: ${label(entry)}`}
                    onClick={() => void actions.rerun(entry.id)}
                  />
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="pencil"
                    label={`Open in the form: ${label(entry)}`}
                    onClick={() => actions.restore(entry.id)}
                  />
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="close"
                    label={`Remove from history: ${label(entry)}`}
                    onClick={() => actions.remove(entry.id)}
                  />
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
