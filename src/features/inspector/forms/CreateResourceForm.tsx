import { useState } from 'react'
import { createResource } from '../../../core/model/commands'
import { checkResourcePlacement } from '../../../core/model/commands/rest/resource'
import type { RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { TextField } from '../../../ui/TextField'
import { resourcePathOf } from '../../designer/resourcePathOf'
import { CheckboxProp, FormHeader, keep, Section } from '../fields/fields'
import { useTryEdit } from '../fields/useTryEdit'
import styles from './forms.module.css'

/** The console's "Create resource" page, inline: resource name under a parent, checked as you type. */
export function CreateResourceForm({ api, parentId }: { api: RestApi; parentId: string }) {
  const tryEdit = useTryEdit()
  const [name, setName] = useState('')
  const [proxy, setProxy] = useState(false)
  const [touched, setTouched] = useState(false)
  const parentPath = resourcePathOf(api, parentId)
  const pathPart = proxy ? '{proxy+}' : name
  const problem =
    pathPart === ''
      ? touched
        ? 'Enter a resource name.'
        : undefined
      : checkResourcePlacement(api, parentId, pathPart)
  const [submitError, setSubmitError] = useState<string | undefined>(undefined)
  const submit = () => {
    setTouched(true)
    if (pathPart === '' || problem) return
    let id = ''
    const error = tryEdit(createResource, ({ ids }) => {
      id = ids.shortId(6).toLowerCase()
      return { apiId: api.id, id, parentId, pathPart }
    })
    setSubmitError(error)
    if (!error) {
      selectionStore.getState().selectResource(id)
      selectionStore.getState().inspect({ kind: 'resource' })
    }
  }
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <FormHeader title="Create resource" subtitle={<span>under {parentPath}</span>} />
      <Section title="Resource details">
        <CheckboxProp
          label="Proxy resource"
          hint="A greedy {proxy+} resource catches every path below its parent."
          checked={proxy}
          onChange={keep(setProxy)}
        />
        <TextField
          label="Resource name"
          hint={`Resource path: ${parentPath === '/' ? '' : parentPath}/${pathPart || '…'}`}
          value={pathPart}
          disabled={proxy}
          monospace
          autoFocus
          placeholder="pets or {petId}"
          error={problem ?? submitError ?? null}
          onChange={(e) => {
            setName(e.target.value)
            setTouched(true)
            setSubmitError(undefined)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') selectionStore.getState().inspect({ kind: 'resource' })
          }}
        />
        <div className={styles.actions}>
          <Button type="submit" variant="primary" disabled={pathPart === '' || problem !== undefined}>
            Create resource
          </Button>
          <Button onClick={() => selectionStore.getState().inspect({ kind: 'resource' })}>Cancel</Button>
        </div>
      </Section>
    </form>
  )
}
