import { useEffect, useRef, useState } from 'react'
import { Button } from '../../../ui/Button'
import field from '../../../ui/Field.module.css'
import { firstProblem, type Rule } from '../validation/fieldRules'
import { FieldError } from './fields'
import styles from './KeyValueEditor.module.css'

export interface KeyValueEditorProps<V extends string | boolean> {
  /** Accessible name of the table, e.g. "URL query string parameters". */
  label: string
  entries: readonly (readonly [string, V])[]
  keyLabel: string
  valueLabel: string
  /** Shown before the key, e.g. `method.request.querystring.` — the key is edited without it. */
  keyPrefix?: string
  keyRules?: Rule[]
  valueRules?: Rule[]
  keyPlaceholder?: string
  valuePlaceholder?: string
  /** Value of a new row. */
  newValue: V
  /** Applies the whole map; returns AWS's objection, if any. */
  onCommit(entries: [string, V][]): string | undefined
  addLabel: string
  emptyText: string
  monospace?: boolean
}

interface Row<V> {
  id: number
  key: string
  value: V
}

/**
 * An editable map (parameters, mappings, stage variables, headers): each row is checked as the
 * user types; the map is applied when every row is valid and keys are unique.
 */
export function KeyValueEditor<V extends string | boolean>({
  label,
  entries,
  keyLabel,
  valueLabel,
  keyPrefix = '',
  keyRules = [],
  valueRules = [],
  keyPlaceholder,
  valuePlaceholder,
  newValue,
  onCommit,
  addLabel,
  emptyText,
  monospace = true,
}: KeyValueEditorProps<V>) {
  const nextId = useRef(0)
  const toRows = (list: readonly (readonly [string, V])[]): Row<V>[] =>
    list.map(([k, v]) => ({
      id: nextId.current++,
      key: k.startsWith(keyPrefix) ? k.slice(keyPrefix.length) : k,
      value: v,
    }))
  const [rows, setRows] = useState<Row<V>[]>(() => toRows(entries))
  const [commitError, setCommitError] = useState<string | undefined>(undefined)
  const signature = JSON.stringify(entries)
  const committed = useRef(signature)
  // biome-ignore lint/correctness/useExhaustiveDependencies: rows follow the model only when it changes outside
  useEffect(() => {
    if (signature !== committed.current) {
      committed.current = signature
      setRows(toRows(JSON.parse(signature)))
      setCommitError(undefined)
    }
  }, [signature])

  const problems = (list: Row<V>[]) =>
    list.map((r, i) => {
      const keyProblem =
        firstProblem(r.key, ...keyRules) ??
        (list.findIndex((o) => o.key === r.key) !== i ? `"${r.key}" is listed twice.` : undefined)
      const valueProblem = typeof r.value === 'string' ? firstProblem(r.value, ...valueRules) : undefined
      return { keyProblem, valueProblem }
    })

  const update = (list: Row<V>[]) => {
    setRows(list)
    if (problems(list).some((p) => p.keyProblem || p.valueProblem)) return
    const next: [string, V][] = list.map((r) => [keyPrefix + r.key, r.value])
    const sig = JSON.stringify(next)
    if (sig === committed.current) return setCommitError(undefined)
    const objection = onCommit(next)
    if (!objection) committed.current = sig
    setCommitError(objection)
  }

  const shown = problems(rows)
  return (
    <div className={styles.editor}>
      {rows.length === 0 ? (
        <p className={styles.empty}>{emptyText}</p>
      ) : (
        <table className={styles.table} aria-label={label}>
          <thead>
            <tr>
              <th scope="col">{keyLabel}</th>
              <th scope="col">{valueLabel}</th>
              <th scope="col">
                <span className={field.visuallyHidden}>Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.id}>
                <td>
                  <div className={styles.keyCell}>
                    {keyPrefix && (
                      <span className={styles.prefix} title={keyPrefix}>
                        {keyPrefix}
                      </span>
                    )}
                    <input
                      className={`${styles.input} ${monospace ? styles.mono : ''}`}
                      aria-label={`${keyLabel} ${i + 1}`}
                      aria-invalid={shown[i]?.keyProblem ? true : undefined}
                      value={row.key}
                      placeholder={keyPlaceholder}
                      spellCheck={false}
                      onChange={(e) =>
                        update(rows.map((r) => (r.id === row.id ? { ...r, key: e.target.value } : r)))
                      }
                    />
                  </div>
                  {shown[i]?.keyProblem && <FieldError>{shown[i]!.keyProblem}</FieldError>}
                </td>
                <td>
                  {typeof row.value === 'boolean' ? (
                    <label className={styles.check}>
                      <input
                        type="checkbox"
                        checked={row.value}
                        onChange={(e) =>
                          update(
                            rows.map((r) => (r.id === row.id ? { ...r, value: e.target.checked as V } : r)),
                          )
                        }
                      />
                      <span className={field.visuallyHidden}>
                        {valueLabel} for {row.key || `row ${i + 1}`}
                      </span>
                    </label>
                  ) : (
                    <>
                      <input
                        className={`${styles.input} ${monospace ? styles.mono : ''}`}
                        aria-label={`${valueLabel} ${i + 1}`}
                        aria-invalid={shown[i]?.valueProblem ? true : undefined}
                        value={row.value}
                        placeholder={valuePlaceholder}
                        spellCheck={false}
                        onChange={(e) =>
                          update(
                            rows.map((r) => (r.id === row.id ? { ...r, value: e.target.value as V } : r)),
                          )
                        }
                      />
                      {shown[i]?.valueProblem && <FieldError>{shown[i]!.valueProblem}</FieldError>}
                    </>
                  )}
                </td>
                <td className={styles.removeCell}>
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="close"
                    label={`Remove ${row.key || `row ${i + 1}`}`}
                    onClick={() => update(rows.filter((r) => r.id !== row.id))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {commitError && <FieldError>{commitError}</FieldError>}
      <div>
        <Button
          size="sm"
          icon="plus"
          onClick={() => setRows([...rows, { id: nextId.current++, key: '', value: newValue }])}
        >
          {addLabel}
        </Button>
      </div>
    </div>
  )
}
