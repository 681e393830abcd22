import { type ReactNode, useState } from 'react'
import { Button } from '../../../ui/Button'
import { TextField } from '../../../ui/TextField'
import { FieldError, Section } from '../fields/fields'
import styles from './forms.module.css'

export interface NamedItem {
  /** What `onOpen` receives (a name, or an id). */
  key: string
  name: string
  /** Shown at the right of the row (type, content type, runtime…). */
  meta: ReactNode
}

/**
 * The list of an API's (or the project's) named things — models, functions, authorizers,
 * request validators — with the form that creates one by name. The name is checked as the
 * user types (`nameProblem`); `onCreate` applies the edit and returns AWS's objection, shown
 * under the form; on success the name field is cleared. `children` are the create form's
 * other fields (a new authorizer's type, a validator's checks).
 */
export function NamedItemSection({
  title,
  items,
  selectedKey,
  onOpen,
  nameLabel,
  placeholder,
  nameProblem,
  createLabel,
  onCreate,
  children,
}: {
  title: string
  items: readonly NamedItem[]
  selectedKey?: string | undefined
  onOpen(key: string): void
  nameLabel: string
  placeholder: string
  /** The problem with a typed (non-empty) name, if any. */
  nameProblem(name: string): string | undefined
  createLabel: string
  onCreate(name: string): string | undefined
  children?: ReactNode
}) {
  const [name, setName] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const problem = name.trim() === '' ? undefined : nameProblem(name)
  const blocked = name.trim() === '' || problem !== undefined
  return (
    <Section title={title}>
      <ul className={styles.list}>
        {items.map((item) => (
          <li
            key={item.key}
            className={`${styles.listItem} ${item.key === selectedKey ? styles.listItemSelected : ''}`}
          >
            <button type="button" className={styles.listButton} onClick={() => onOpen(item.key)}>
              <strong>{item.name}</strong>
              <span className={styles.meta}>{item.meta}</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        className={children ? styles.stack : `${styles.row} ${styles.rowEnd}`}
        onSubmit={(e) => {
          e.preventDefault()
          if (blocked) return
          const objection = onCreate(name)
          setError(objection)
          if (!objection) setName('')
        }}
      >
        <TextField
          label={nameLabel}
          value={name}
          placeholder={placeholder}
          error={problem ?? null}
          onChange={(e) => setName(e.target.value)}
        />
        {children}
        <div className={styles.actions}>
          <Button type="submit" size="sm" icon="plus" disabled={blocked}>
            {createLabel}
          </Button>
        </div>
      </form>
      {error && <FieldError>{error}</FieldError>}
    </Section>
  )
}

/**
 * AWS's refusal of a name already given to another item of the same kind in the API, e.g.
 * "Authorizer with name 'Auth' already exists." (names are compared without surrounding spaces).
 */
export function nameInUse(kind: string, names: readonly string[]): (name: string) => string | undefined {
  return (name) =>
    names.includes(name.trim()) ? `${kind} with name '${name.trim()}' already exists.` : undefined
}

/**
 * The selected item's section: its title with a trash button that deletes through `onDelete`
 * (which returns AWS's objection, e.g. "is referenced in method: GET /pets", shown at the top of
 * the section) and calls `onDeleted` once it is gone.
 */
export function NamedItemDetail({
  title,
  deleteLabel,
  onDelete,
  onDeleted,
  children,
}: {
  title: string
  deleteLabel: string
  onDelete(): string | undefined
  onDeleted(): void
  children: ReactNode
}) {
  const [error, setError] = useState<string | undefined>(undefined)
  return (
    <Section
      title={title}
      actions={
        <Button
          size="sm"
          variant="ghost"
          icon="trash"
          label={deleteLabel}
          onClick={() => {
            const problem = onDelete()
            setError(problem)
            if (!problem) onDeleted()
          }}
        />
      }
    >
      {error && <FieldError>{error}</FieldError>}
      {children}
    </Section>
  )
}
