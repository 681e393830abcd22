import { useState } from 'react'
import { DEFAULT_GATEWAY_RESPONSE_TEMPLATE } from '../../../core/gateway/responses/gatewayResponseCatalog'
import { deleteGatewayResponse, putGatewayResponse } from '../../../core/model/commands'
import { GATEWAY_RESPONSE_DEFAULT_STATUS } from '../../../core/model/commands/rest/apiObjects'
import type { Project } from '../../../core/model/project'
import type { GatewayResponse, GatewayResponseType, RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import type { gatewayResponsesForMethod } from '../../method-flow/gatewayResponsesForMethod'
import { FormHeader, Note, Section, TextProp } from '../fields/fields'
import { KeyValueEditor } from '../fields/KeyValueEditor'
import { useTryEdit } from '../fields/useTryEdit'
import { gatewayResponseSource, headerName, statusCode } from '../validation/fieldRules'
import styles from './forms.module.css'
import { GatewayResponseTemplates } from './GatewayResponseTemplates'

const TYPES = Object.keys(GATEWAY_RESPONSE_DEFAULT_STATUS).sort() as GatewayResponseType[]

/** Gateway responses: the 21 types with their default status, customised status, headers and templates. */
export function GatewayResponsesForm({
  project,
  api,
  responseType,
  method,
}: {
  project: Project
  api: RestApi
  responseType?: string
  /** When opened from a method's flow: show which types can occur on it. */
  method?: { label: string; applicable: ReturnType<typeof gatewayResponsesForMethod> }
}) {
  const selected = TYPES.find((t) => t === responseType)
  const reasons = new Map(method?.applicable.map((a) => [a.type, a.reason]) ?? [])
  const list = method ? TYPES.filter((t) => reasons.has(t)) : TYPES
  return (
    <div className={styles.form}>
      <FormHeader title="Gateway responses" subtitle={<span>{method ? method.label : api.name}</span>} />
      {method && (
        <Note>
          The responses API Gateway itself can send for this method, instead of the integration's. Customise
          one for the whole API (for example add Access-Control-Allow-Origin to DEFAULT_4XX).
        </Note>
      )}
      <Section
        title={method ? `Can occur on this method (${list.length})` : `Response types (${TYPES.length})`}
      >
        <ul className={styles.list}>
          {list.map((t) => {
            const custom = api.gatewayResponses[t]
            const status = custom?.statusCode ?? GATEWAY_RESPONSE_DEFAULT_STATUS[t] ?? 'family default'
            return (
              <li key={t} className={`${styles.listItem} ${t === selected ? styles.listItemSelected : ''}`}>
                <button
                  type="button"
                  className={styles.listButton}
                  aria-current={t === selected ? 'true' : undefined}
                  title={reasons.get(t)}
                  onClick={() =>
                    selectionStore.getState().inspect({ kind: 'gatewayResponses', responseType: t })
                  }
                >
                  <code className={styles.mono}>{t}</code>
                  <span className={styles.meta}>
                    {custom && <span className={`${styles.pill} ${styles.pillAccent}`}>customised</span>}{' '}
                    {status}
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
      </Section>
      {selected && (
        <GatewayResponseEditor
          key={selected}
          project={project}
          api={api}
          type={selected}
          reason={reasons.get(selected)}
        />
      )}
    </div>
  )
}

function GatewayResponseEditor({
  project,
  api,
  type,
  reason,
}: {
  project: Project
  api: RestApi
  type: GatewayResponseType
  reason?: string | undefined
}) {
  const tryEdit = useTryEdit()
  const custom = api.gatewayResponses[type]
  const current: GatewayResponse = custom ?? {
    responseType: type,
    responseParameters: {},
    responseTemplates: { 'application/json': DEFAULT_GATEWAY_RESPONSE_TEMPLATE },
  }
  const put = (next: GatewayResponse, field: string) =>
    tryEdit(
      putGatewayResponse,
      { apiId: api.id, response: next },
      `gateway-response:${api.id}:${type}:${field}`,
    )
  const defaultStatus = GATEWAY_RESPONSE_DEFAULT_STATUS[type]
  const stage = project.stages.find((st) => st.apiId === api.id)
  const [nowMs] = useState(() => Date.now())
  const preview = {
    region: project.settings.region,
    accountId: project.settings.accountId,
    stageName: stage?.stageName,
    stageVariables: stage?.variables ?? {},
    nowMs,
  }
  if (type === 'REQUEST_TOO_LARGE') {
    return (
      <Section title={type}>
        <Note>API Gateway does not let you customise REQUEST_TOO_LARGE (413).</Note>
      </Section>
    )
  }
  return (
    <Section
      title={type}
      actions={
        custom && (
          <Button
            size="sm"
            onClick={() => tryEdit(deleteGatewayResponse, { apiId: api.id, responseType: type })}
          >
            Reset to default
          </Button>
        )
      }
    >
      {reason && <Note>{reason}</Note>}
      <TextProp
        label="Response status code"
        hint={defaultStatus ? `Default: ${defaultStatus}` : 'Empty keeps each response type’s own status.'}
        value={current.statusCode ?? ''}
        optional
        rules={[statusCode]}
        onCommit={(v) => {
          const { statusCode: _s, ...rest } = current
          return put(v === '' ? rest : { ...current, statusCode: v }, 'status')
        }}
      />
      <KeyValueEditor
        label="Response headers"
        entries={Object.entries(current.responseParameters)}
        keyPrefix="gatewayresponse.header."
        keyLabel="Header name"
        valueLabel="Value"
        keyRules={[headerName]}
        valueRules={[gatewayResponseSource]}
        valuePlaceholder="'*'"
        newValue=""
        onCommit={(e) => put({ ...current, responseParameters: Object.fromEntries(e) }, 'headers')}
        addLabel="Add response header"
        emptyText="No extra headers."
      />
      <GatewayResponseTemplates
        api={api}
        type={type}
        templates={current.responseTemplates}
        preview={preview}
        onCommit={(templates, field) => put({ ...current, responseTemplates: templates }, field)}
      />
      <span className={styles.muted}>
        Gateway response templates substitute $context and $stageVariables values; they do not run VTL
        directives.
      </span>
    </Section>
  )
}
