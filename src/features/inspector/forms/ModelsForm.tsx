import { deleteModel, putModel } from '../../../core/model/commands'
import { MODEL_NAME } from '../../../core/model/commands/rest/apiObjects'
import type { RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore, useSelection } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { FormHeader, TextProp } from '../fields/fields'
import { useTryEdit } from '../fields/useTryEdit'
import { contentType } from '../validation/fieldRules'
import styles from './forms.module.css'
import { NamedItemDetail, NamedItemSection } from './NamedItemSection'

/** Models (JSON Schema draft 4): list, create, describe; the schema opens in the docked editor. */
export function ModelsForm({ api, name }: { api: RestApi; name?: string }) {
  const tryEdit = useTryEdit()
  const editor = useSelection((s) => s.editor)
  const models = Object.values(api.models).sort((a, b) => a.name.localeCompare(b.name))
  const model = name ? api.models[name] : undefined
  const open = (n: string) => {
    selectionStore.getState().inspect({ kind: 'models', name: n })
    selectionStore.getState().openEditor({ kind: 'model', name: n })
  }
  return (
    <div className={styles.form}>
      <FormHeader title="Models" subtitle={<span>{api.name}</span>} />
      <NamedItemSection
        title={`Models (${models.length})`}
        items={models.map((m) => ({ key: m.name, name: m.name, meta: m.contentType }))}
        selectedKey={name}
        onOpen={open}
        nameLabel="New model name"
        placeholder="Pet"
        nameProblem={(n) =>
          !MODEL_NAME.test(n)
            ? 'Model names are alphanumeric only (no _ - . or spaces).'
            : api.models[n]
              ? `There is already a model named ${n}.`
              : undefined
        }
        createLabel="Create model"
        onCreate={(n) => {
          const problem = tryEdit(putModel, {
            apiId: api.id,
            model: {
              name: n,
              contentType: 'application/json',
              schema: {
                $schema: 'http://json-schema.org/draft-04/schema#',
                title: n,
                type: 'object',
                properties: {},
              },
            },
          })
          if (!problem) open(n)
          return problem
        }}
      />
      {model && (
        <NamedItemDetail
          title={model.name}
          deleteLabel={`Delete model ${model.name}`}
          onDelete={() => tryEdit(deleteModel, { apiId: api.id, name: model.name })}
          onDeleted={() => {
            selectionStore.getState().inspect({ kind: 'models' })
            if (editor?.kind === 'model') selectionStore.getState().openEditor(undefined)
          }}
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
        </NamedItemDetail>
      )}
    </div>
  )
}
