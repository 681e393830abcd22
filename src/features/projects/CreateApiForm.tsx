import { type FormEvent, useState } from 'react'
import { createRestApi } from '../../core/model/commands/rest/restApi'
import { useDispatch } from '../../state/useProjectStore'
import { Button } from '../../ui/Button'
import { TextField } from '../../ui/TextField'
import styles from './CreateApiForm.module.css'

/** AWS's limit on a REST API name (CreateRestApi). */
const MAX_API_NAME = 1024

function apiNameProblem(name: string): string | null {
  if (name.trim() === '') return 'An API needs a name.'
  if (name.length > MAX_API_NAME) return `An API name can be at most ${MAX_API_NAME} characters.`
  return null
}

export interface CreateApiFormProps {
  onDone: () => void
}

/** Inline form: a name, then Create REST API (ids come from the store's IdSource, like AWS's 10-character ids). */
export function CreateApiForm({ onDone }: CreateApiFormProps) {
  const dispatch = useDispatch()
  const [name, setName] = useState('')
  const [submitted, setSubmitted] = useState(false)
  const problem = submitted ? apiNameProblem(name) : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (apiNameProblem(name)) return
    const result = dispatch(createRestApi, ({ ids }) => ({
      id: ids.shortId(10),
      rootResourceId: ids.shortId(10),
      name: name.trim(),
    }))
    if (result.ok) onDone()
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Create REST API">
      <TextField
        label="API name"
        placeholder="PetStore"
        value={name}
        error={problem}
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone()
        }}
      />
      <div className={styles.buttons}>
        <Button type="submit" variant="primary">
          Create REST API
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  )
}
