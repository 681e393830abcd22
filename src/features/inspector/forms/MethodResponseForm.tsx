import { useState } from 'react'
import { deleteMethodResponse, putMethodResponse } from '../../../core/model/commands'
import type { HttpMethod, Method, RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { FieldError, FormHeader, keep, Section, TextProp } from '../fields/fields'
import { KeyValueEditor } from '../fields/KeyValueEditor'
import { useTryEdit } from '../fields/useTryEdit'
import { contentType, headerName, statusCode } from '../validation/fieldRules'
import styles from './forms.module.css'

/** One method response: its headers and its body models; add another status, delete this one. */
export function MethodResponseForm({
  api,
  resourceId,
  httpMethod,
  method,
  path,
  status,
}: {
  api: RestApi
  resourceId: string
  httpMethod: HttpMethod
  method: Method
  path: string
  status: string
}) {
  const tryEdit = useTryEdit()
  const mr = method.methodResponses[status]
  const target = { apiId: api.id, resourceId, httpMethod }
  const [newStatus, setNewStatus] = useState('')
  const [addError, setAddError] = useState<string | undefined>(undefined)
  const add = (
    <Section title="Add method response">
      <div className={styles.row} style={{ alignItems: 'end' }}>
        <TextProp
          label="HTTP status code"
          value={newStatus}
          optional
          rules={[statusCode]}
          onCommit={keep(setNewStatus)}
        />
        <div>
          <Button
            size="sm"
            icon="plus"
            disabled={statusCode(newStatus) !== undefined}
            onClick={() => {
              const error = method.methodResponses[newStatus]
                ? `There is already a ${newStatus} method response.`
                : tryEdit(putMethodResponse, { ...target, statusCode: newStatus })
              setAddError(error)
              if (!error) {
                selectionStore.getState().inspect({ kind: 'methodResponse', statusCode: newStatus })
                setNewStatus('')
              }
            }}
          >
            Add method response
          </Button>
        </div>
      </div>
      {addError && <FieldError>{addError}</FieldError>}
    </Section>
  )
  if (!mr) {
    return (
      <div className={styles.form}>
        <FormHeader title="Method response" subtitle={<span>{`${httpMethod} ${path}`}</span>} />
        {add}
      </div>
    )
  }
  const usedBy = Object.entries(method.integration?.integrationResponses ?? {}).filter(
    ([, ir]) => ir.statusCode === status,
  )
  const put = (
    p: { responseParameters?: Record<string, boolean>; responseModels?: Record<string, string> },
    field: string,
  ) =>
    tryEdit(
      putMethodResponse,
      {
        ...target,
        statusCode: status,
        responseParameters: p.responseParameters ?? mr.responseParameters,
        responseModels: p.responseModels ?? mr.responseModels,
        ...(mr.description !== undefined ? { description: mr.description } : {}),
      },
      `mr:${resourceId}:${httpMethod}:${status}:${field}`,
    )
  return (
    <div className={styles.form}>
      <FormHeader
        title={`Method response ${status}`}
        subtitle={<span>{`${httpMethod} ${path}`}</span>}
        actions={
          <Button
            size="sm"
            variant="danger"
            icon="trash"
            disabled={usedBy.length > 0}
            title={
              usedBy.length > 0 ? 'Integration responses map to this status; change them first.' : undefined
            }
            onClick={() => {
              const error = tryEdit(deleteMethodResponse, { ...target, statusCode: status })
              if (!error) selectionStore.getState().inspect({ kind: 'methodRequest' })
            }}
          >
            Delete
          </Button>
        }
      />
      <Section title="Response headers">
        <KeyValueEditor
          label="Response headers"
          entries={Object.entries(mr.responseParameters)}
          keyPrefix="method.response.header."
          keyLabel="Header name"
          valueLabel="Required"
          keyRules={[headerName]}
          newValue={false}
          onCommit={(e) => put({ responseParameters: Object.fromEntries(e) }, 'headers')}
          addLabel="Add header"
          emptyText="No headers declared: only declared headers can be mapped."
        />
      </Section>
      <Section title="Response body">
        <KeyValueEditor
          label="Response body models"
          entries={Object.entries(mr.responseModels)}
          keyLabel="Content type"
          valueLabel="Model"
          keyRules={[contentType]}
          valueRules={[(m) => (api.models[m] ? undefined : `There is no model named "${m}".`)]}
          keyPlaceholder="application/json"
          valuePlaceholder="Empty"
          newValue=""
          onCommit={(e) => put({ responseModels: Object.fromEntries(e) }, 'models')}
          addLabel="Add model"
          emptyText="No response models."
        />
      </Section>
      {add}
    </div>
  )
}
