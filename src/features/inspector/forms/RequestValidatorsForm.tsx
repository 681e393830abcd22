import { useState } from 'react'
import { deleteRequestValidator, putRequestValidator } from '../../../core/model/commands'
import type { RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { TextField } from '../../../ui/TextField'
import { CheckboxProp, FieldError, FormHeader, keep, Section, TextProp } from '../fields/fields'
import { useTryEdit } from '../fields/useTryEdit'
import styles from './forms.module.css'

/** What a validator checks, in the console's words. */
function checks(v: { validateRequestBody: boolean; validateRequestParameters: boolean }): string {
  if (v.validateRequestBody && v.validateRequestParameters) return 'Body, query string parameters and headers'
  if (v.validateRequestBody) return 'Body'
  if (v.validateRequestParameters) return 'Query string parameters and headers'
  return 'Nothing'
}

/** Request validators of the API: list, create, rename, choose what they check, delete. */
export function RequestValidatorsForm({ api, id }: { api: RestApi; id?: string }) {
  const tryEdit = useTryEdit()
  const validators = Object.values(api.requestValidators).sort((a, b) => a.name.localeCompare(b.name))
  const validator = id ? api.requestValidators[id] : undefined
  const [newName, setNewName] = useState('')
  const [body, setBody] = useState(true)
  const [params, setParams] = useState(true)
  const [error, setError] = useState<string | undefined>(undefined)
  const open = (vid?: string) =>
    selectionStore
      .getState()
      .inspect(vid ? { kind: 'requestValidators', id: vid } : { kind: 'requestValidators' })
  const clash = validators.some((v) => v.name === newName.trim())
  const nameProblem =
    newName !== '' && clash ? `Validator with name '${newName.trim()}' already exists.` : undefined
  return (
    <div className={styles.form}>
      <FormHeader title="Request validators" subtitle={<span>{api.name}</span>} />
      <Section title={`Request validators (${validators.length})`}>
        <ul className={styles.list}>
          {validators.map((v) => (
            <li key={v.id} className={`${styles.listItem} ${v.id === id ? styles.listItemSelected : ''}`}>
              <button type="button" className={styles.listButton} onClick={() => open(v.id)}>
                <strong>{v.name}</strong>
                <span className={styles.meta}>{checks(v)}</span>
              </button>
            </li>
          ))}
        </ul>
        <form
          className={styles.stack}
          onSubmit={(e) => {
            e.preventDefault()
            if (newName.trim() === '' || nameProblem) return
            let created = ''
            const problem = tryEdit(putRequestValidator, ({ ids }) => {
              created = ids.shortId(6).toLowerCase()
              return {
                apiId: api.id,
                validator: {
                  id: created,
                  name: newName.trim(),
                  validateRequestBody: body,
                  validateRequestParameters: params,
                },
              }
            })
            setError(problem)
            if (!problem) {
              open(created)
              setNewName('')
            }
          }}
        >
          <TextField
            label="New validator name"
            value={newName}
            placeholder="Validate body"
            error={nameProblem ?? null}
            onChange={(e) => setNewName(e.target.value)}
          />
          <CheckboxProp
            label="Validate request body (validateRequestBody)"
            checked={body}
            onChange={keep(setBody)}
          />
          <CheckboxProp
            label="Validate query string parameters and headers (validateRequestParameters)"
            checked={params}
            onChange={keep(setParams)}
          />
          <div className={styles.actions}>
            <Button
              type="submit"
              size="sm"
              icon="plus"
              disabled={newName.trim() === '' || nameProblem !== undefined}
            >
              Create request validator
            </Button>
          </div>
        </form>
        {error && <FieldError>{error}</FieldError>}
      </Section>
      {validator && (
        <Section
          title={validator.name}
          actions={
            <Button
              size="sm"
              variant="ghost"
              icon="trash"
              label={`Delete request validator ${validator.name}`}
              onClick={() => {
                const problem = tryEdit(deleteRequestValidator, { apiId: api.id, validatorId: validator.id })
                setError(problem)
                if (!problem) open()
              }}
            />
          }
        >
          <TextProp
            label="Name"
            value={validator.name}
            onCommit={(v) =>
              tryEdit(
                putRequestValidator,
                { apiId: api.id, validator: { ...validator, name: v } },
                `validator:${validator.id}:name`,
              )
            }
          />
          <CheckboxProp
            label="Validate request body (validateRequestBody)"
            checked={validator.validateRequestBody}
            onChange={(v) =>
              tryEdit(putRequestValidator, {
                apiId: api.id,
                validator: { ...validator, validateRequestBody: v },
              })
            }
          />
          <CheckboxProp
            label="Validate query string parameters and headers (validateRequestParameters)"
            checked={validator.validateRequestParameters}
            onChange={(v) =>
              tryEdit(putRequestValidator, {
                apiId: api.id,
                validator: { ...validator, validateRequestParameters: v },
              })
            }
          />
        </Section>
      )}
    </div>
  )
}
