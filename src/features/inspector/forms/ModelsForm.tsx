import { useState } from 'react'
import { deleteModel, putModel } from '../../../core/model/commands'
import { MODEL_NAME } from '../../../core/model/commands/rest/apiObjects'
import type { RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore, useSelection } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { TextField } from '../../../ui/TextField'
import { FieldError, FormHeader, Section, TextProp } from '../fields/fields'
import { useTryEdit } from '../fields/useTryEdit'
import { contentType } from '../validation/fieldRules'
import styles from './forms.module.css'

/** Models (JSON Schema draft 4): list, create, describe; the schema opens in the docked editor. */
export function ModelsForm({ api, name }: { api: RestApi; name?: string }) {
  const tryEdit = useTryEdit()
  const editor = useSelection((s) => s.editor)
  const models = Object.values(api.models).sort((a, b) => a.name.localeCompare(b.name))
  const model = name ? api.models[name] : undefined
  const [newName, setNewName] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const nameProblem =
    newName === ''
      ? undefined
      : !MODEL_NAME.test(newName)
        ? 'Model names are alphanumeric only (no _ - . or spaces).'
        : api.models[newName]
          ? `There is already a model named ${newName}.`
          : undefined
  const open = (n: string) => {
    selectionStore.getState().inspect({ kind: 'models', name: n })
    selectionStore.getState().openEditor({ kind: 'model', name: n })
  }
  return (
    <div className={styles.form}>
      <FormHeader title="Models" subtitle={<span>{api.name}</span>} />
      <Section title={`Models (${models.length})`}>
        <ul className={styles.list}>
          {models.map((m) => (
            <li
              key={m.name}
              className={`${styles.listItem} ${m.name === name ? styles.listItemSelected : ''}`}
            >
              <button type="button" className={styles.listButton} onClick={() => open(m.name)}>
                <strong>{m.name}</strong>
                <span className={styles.meta}>{m.contentType}</span>
              </button>
            </li>
          ))}
        </ul>
        <form
          className={styles.row}
          style={{ alignItems: 'end' }}
          onSubmit={(e) => {
            e.preventDefault()
            if (newName === '' || nameProblem) return
            const problem = tryEdit(putModel, {
              apiId: api.id,
              model: {
                name: newName,
                contentType: 'application/json',
                schema: {
                  $schema: 'http://json-schema.org/draft-04/schema#',
                  title: newName,
                  type: 'object',
                  properties: {},
                },
              },
            })
            setError(problem)
            if (!problem) {
              open(newName)
              setNewName('')
            }
          }}
        >
          <TextField
            label="New model name"
            value={newName}
            placeholder="Pet"
            error={nameProblem ?? null}
            onChange={(e) => setNewName(e.target.value)}
          />
          <div>
            <Button
              type="submit"
              size="sm"
              icon="plus"
              disabled={newName === '' || nameProblem !== undefined}
            >
              Create model
            </Button>
          </div>
        </form>
        {error && <FieldError>{error}</FieldError>}
      </Section>
      {model && (
        <Section
          title={model.name}
          actions={
            <Button
              size="sm"
              variant="ghost"
              icon="trash"
              label={`Delete model ${model.name}`}
              onClick={() => {
                const problem = tryEdit(deleteModel, { apiId: api.id, name: model.name })
                setError(problem)
                if (!problem) {
                  selectionStore.getState().inspect({ kind: 'models' })
                  if (editor?.kind === 'model') selectionStore.getState().openEditor(undefined)
                }
              }}
            />
          }
        >
          <TextProp
            label="Content type"
            value={model.contentType}
            monospace
            rules={[contentType]}
            onCommit={(v) =>
              tryEdit(
                putModel,
                { apiId: api.id, model: { ...model, contentType: v } },
                `model:${model.name}:ct`,
              )
            }
          />
          <TextProp
            label="Description"
            value={model.description ?? ''}
            optional
            onCommit={(v) => {
              const { description: _d, ...rest } = model
              return tryEdit(
                putModel,
                { apiId: api.id, model: v === '' ? rest : { ...model, description: v } },
                `model:${model.name}:description`,
              )
            }}
          />
          <div className={styles.actions}>
            <Button size="sm" onClick={() => open(model.name)}>
              Edit schema
            </Button>
          </div>
        </Section>
      )}
    </div>
  )
}
