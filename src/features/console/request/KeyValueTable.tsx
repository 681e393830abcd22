import { useId, useRef, useState } from 'react'
import type { KeyValueRow } from '../../../state/consoleStore'
import { Button } from '../../../ui/Button'
import styles from './KeyValueTable.module.css'
import { rowsToText, textToRows } from './keyValueText'

let counter = 0
const newId = () => `row${++counter}`

/**
 * Key/value rows (query strings, headers): each can be switched off without deleting it; the
 * empty last row adds a new one as you type; "Bulk edit" shows them as text, one per line.
 */
export function KeyValueTable({
  label,
  rows,
  onChange,
  separator,
  namePlaceholder,
  warnings,
}: {
  label: string
  rows: readonly KeyValueRow[]
  onChange: (rows: KeyValueRow[]) => void
  separator: ':' | '='
  namePlaceholder: string
  /** Per row id: why this row will not be sent as written. */
  warnings?: Readonly<Record<string, string>>
}) {
  const [bulk, setBulk] = useState(false)
  const [text, setText] = useState('')
  const id = useId()
  const lastNameRef = useRef<HTMLInputElement>(null)
  const patch = (rowId: string, change: Partial<KeyValueRow>) =>
    onChange(rows.map((r) => (r.id === rowId ? { ...r, ...change } : r)))

  return (
    <div className={styles.table}>
      <div className={styles.toolbar}>
        <span className={styles.caption} id={`${id}-caption`}>
          {label}
        </span>
        <Button
          size="sm"
          variant="ghost"
          aria-pressed={bulk}
          onClick={() => {
            if (!bulk) setText(rowsToText(rows, separator))
            setBulk(!bulk)
          }}
        >
          {bulk ? 'Edit as rows' : 'Bulk edit'}
        </Button>
      </div>
      {bulk ? (
        <textarea
          className={styles.bulk}
          aria-label={`${label} (one per line: name${separator}${separator === ':' ? ' ' : ''}value; // switches a line off)`}
          value={text}
          spellCheck={false}
          placeholder={`name${separator}${separator === ':' ? ' ' : ''}value`}
          onChange={(e) => {
            setText(e.target.value)
            onChange(textToRows(e.target.value, separator, newId, rows))
          }}
        />
      ) : (
        <table aria-labelledby={`${id}-caption`} className={styles.rows}>
          <colgroup>
            <col className={styles.checkCol} />
            <col className={styles.nameCol} />
            <col />
            <col className={styles.removeCol} />
          </colgroup>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={styles.row} data-disabled={!r.enabled || undefined}>
                <td className={styles.check}>
                  <input
                    type="checkbox"
                    checked={r.enabled}
                    aria-label={`Send ${r.name || 'this row'}`}
                    onChange={(e) => patch(r.id, { enabled: e.target.checked })}
                  />
                </td>
                <td className={styles.cell}>
                  <input
                    className={styles.input}
                    value={r.name}
                    aria-label={`${label} name`}
                    placeholder={namePlaceholder}
                    spellCheck={false}
                    onChange={(e) => patch(r.id, { name: e.target.value })}
                  />
                </td>
                <td className={styles.cell}>
                  <input
                    className={styles.input}
                    value={r.value}
                    aria-label={`${r.name || label} value`}
                    placeholder="value"
                    spellCheck={false}
                    onChange={(e) => patch(r.id, { value: e.target.value })}
                  />
                  {warnings?.[r.id] && <span className={styles.warning}>{warnings[r.id]}</span>}
                </td>
                <td>
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="close"
                    label={`Remove ${r.name || 'row'}`}
                    onClick={() => onChange(rows.filter((x) => x.id !== r.id))}
                  />
                </td>
              </tr>
            ))}
            <tr className={styles.row}>
              <td className={styles.check} />
              <td className={styles.cell}>
                <input
                  ref={lastNameRef}
                  className={styles.input}
                  value=""
                  aria-label={`New ${label.toLowerCase()} name`}
                  placeholder={namePlaceholder}
                  spellCheck={false}
                  onChange={(e) => {
                    const row = { id: newId(), name: e.target.value, value: '', enabled: true }
                    onChange([...rows, row])
                    // keep typing in the new row's name field
                    requestAnimationFrame(() => {
                      const inputs = lastNameRef.current
                        ?.closest('table')
                        ?.querySelectorAll<HTMLInputElement>(`input[aria-label="${label} name"]`)
                      inputs?.[inputs.length - 1]?.focus()
                    })
                  }}
                />
              </td>
              <td className={styles.cell}>
                <input
                  className={styles.input}
                  value=""
                  placeholder="value"
                  disabled
                  aria-hidden="true"
                  tabIndex={-1}
                />
              </td>
              <td />
            </tr>
          </tbody>
        </table>
      )}
    </div>
  )
}
