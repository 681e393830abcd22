import { useState } from 'react'
import { deleteRequestValidator, putRequestValidator } from '../../../core/model/commands'
import type { RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { CheckboxProp, FormHeader, keep, TextProp } from '../fields/fields'
import { useTryEdit } from '../fields/useTryEdit'
import styles from './forms.module.css'
import { NamedItemDetail, NamedItemSection, nameInUse } from './NamedItemSection'

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
  const [body, setBody] = useState(true)
  const [params, setParams] = useState(true)
  const open = (vid?: string) =>
    selectionStore
      .getState()
      .inspect(vid ? { kind: 'requestValidators', id: vid } : { kind: 'requestValidators' })
  return (
    <div className={styles.form}>
      <FormHeader title="Request validators" subtitle={<span>{api.name}</span>} />
      <NamedItemSection
        title={`Request validators (${validators.length})`}
        items={validators.map((v) => ({ key: v.id, name: v.name, meta: checks(v) }))}
        selectedKey={id}
        onOpen={open}
        nameLabel="New validator name"
        placeholder="Validate body"
        nameProblem={nameInUse(
          'Validator',
          validators.map((v) => v.name),
        )}
        createLabel="Create request validator"
        onCreate={(n) => {
          let created = ''
          const problem = tryEdit(putRequestValidator, ({ ids }) => {
            created = ids.shortId(6).toLowerCase()
            return {
              apiId: api.id,
              validator: {
                id: created,
                name: n.trim(),
                validateRequestBody: body,
                validateRequestParameters: params,
              },
            }
          })
          if (!problem) open(created)
          return problem
        }}
      >
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
      </NamedItemSection>
      {validator && (
        <NamedItemDetail
          title={validator.name}
          deleteLabel={`Delete request validator ${validator.name}`}
          onDelete={() => tryEdit(deleteRequestValidator, { apiId: api.id, validatorId: validator.id })}
          onDeleted={() => open()}
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
        </NamedItemDetail>
      )}
    </div>
  )
}
