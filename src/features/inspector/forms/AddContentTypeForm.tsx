import { useState } from 'react'
import { Button } from '../../../ui/Button'
import { TextField } from '../../../ui/TextField'
import { FieldError } from '../fields/fields'
import { contentType, firstProblem } from '../validation/fieldRules'
import styles from './forms.module.css'

/**
 * The inline form that adds a template for a content type (mapping templates, gateway
 * responses): the type is checked as typed, and a type that already has a template is refused;
 * `onAdd` applies the edit and returns AWS's objection, if any.
 */
export function AddContentTypeForm({
  existing,
  onAdd,
  onCancel,
}: {
  existing: Readonly<Record<string, unknown>>
  onAdd(contentType: string): string | undefined
  onCancel(): void
}) {
  const [type, setType] = useState('application/json')
  const [error, setError] = useState<string | undefined>(undefined)
  const problem =
    firstProblem(type, contentType) ??
    (existing[type.trim()] !== undefined ? `There is already a template for ${type.trim()}.` : undefined)
  return (
    <form
      className={`${styles.row} ${styles.rowEnd}`}
      onSubmit={(e) => {
        e.preventDefault()
        if (!problem) setError(onAdd(type.trim()))
      }}
    >
      <TextField
        label="Content type"
        value={type}
        monospace
        autoFocus
        error={problem ?? null}
        onChange={(e) => {
          setType(e.target.value)
          setError(undefined)
        }}
      />
      <div className={styles.actions}>
        <Button type="submit" size="sm" variant="primary" disabled={problem !== undefined}>
          Add
        </Button>
        <Button size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      {error && <FieldError>{error}</FieldError>}
    </form>
  )
}
