import { deleteIntegrationResponse } from '../../../core/model/commands'
import { replaceIntegrationResponse } from '../../../core/model/commands/designer/replaceIntegrationResponse'
import type {
  ContentHandling,
  HttpMethod,
  IntegrationResponse,
  Method,
  RestApi,
} from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { FormHeader, Note, Section, SelectProp, TextProp } from '../fields/fields'
import { KeyValueEditor } from '../fields/KeyValueEditor'
import { useTryEdit } from '../fields/useTryEdit'
import { headerName, responseMappingSource, selectionPattern } from '../validation/fieldRules'
import styles from './forms.module.css'
import { TemplateList } from './TemplateList'

/** One integration response: selection pattern, method response status, header mappings, templates. */
export function IntegrationResponseForm({
  api,
  resourceId,
  httpMethod,
  method,
  path,
  responseKey,
}: {
  api: RestApi
  resourceId: string
  httpMethod: HttpMethod
  method: Method
  path: string
  responseKey: string
}) {
  const tryEdit = useTryEdit()
  const ir = method.integration?.integrationResponses[responseKey]
  if (!method.integration || !ir) {
    return (
      <div className={styles.form}>
        <FormHeader title="Integration response" subtitle={<span>{`${httpMethod} ${path}`}</span>} />
        <div className={styles.body}>
          <p className={styles.muted}>This integration response no longer exists.</p>
        </div>
      </div>
    )
  }
  const lambdaCustom =
    method.integration.type === 'AWS' && /:lambda:path\//.test(method.integration.uri ?? '')
  const target = { apiId: api.id, resourceId, httpMethod }
  const replace = (response: IntegrationResponse, field: string) => {
    const error = tryEdit(
      replaceIntegrationResponse,
      { ...target, key: responseKey, response },
      `ir:${resourceId}:${httpMethod}:${responseKey}:${field}`,
    )
    if (!error && field === 'pattern') {
      const key = (response.selectionPattern ?? '') === '' ? 'default' : response.selectionPattern!
      selectionStore.getState().inspect({ kind: 'integrationResponse', key })
    }
    return error
  }
  const withoutPattern = (r: IntegrationResponse): IntegrationResponse => {
    const { selectionPattern: _p, ...rest } = r
    return rest
  }
  const mr = method.methodResponses[ir.statusCode]
  return (
    <div className={styles.form}>
      <FormHeader
        title="Integration response"
        subtitle={<span>{`${httpMethod} ${path} · ${ir.selectionPattern ?? 'default'}`}</span>}
        actions={
          <Button
            size="sm"
            variant="danger"
            icon="trash"
            onClick={() => {
              const error = tryEdit(deleteIntegrationResponse, { ...target, key: responseKey })
              if (!error) selectionStore.getState().inspect({ kind: 'integration' })
            }}
          >
            Delete
          </Button>
        }
      />
      <Section title="Integration response settings">
        <TextProp
          label={lambdaCustom ? 'Lambda error regex' : 'HTTP status regex'}
          hint={
            lambdaCustom
              ? "Matched against the function's errorMessage; empty for the default response (successes)."
              : 'Matched against the whole backend status code (e.g. 4\\d{2}); empty for the default response.'
          }
          value={ir.selectionPattern ?? ''}
          monospace
          optional
          commitOnBlur
          rules={[selectionPattern]}
          onCommit={(v) => replace(v === '' ? withoutPattern(ir) : { ...ir, selectionPattern: v }, 'pattern')}
        />
        <SelectProp
          label="Method response status code"
          value={ir.statusCode}
          options={Object.keys(method.methodResponses).map((c) => ({ value: c, label: c }))}
          onChange={(statusCode) => replace({ ...ir, statusCode }, 'status')}
        />
        <SelectProp
          label="Content handling"
          value={ir.contentHandling ?? ''}
          options={[
            { value: '', label: 'Passthrough' },
            { value: 'CONVERT_TO_TEXT', label: 'Convert to text' },
            { value: 'CONVERT_TO_BINARY', label: 'Convert to binary' },
          ]}
          onChange={(v) => {
            const { contentHandling: _c, ...rest } = ir
            return replace(v === '' ? rest : { ...rest, contentHandling: v as ContentHandling }, 'handling')
          }}
        />
      </Section>
      <Section title="Header mappings">
        {mr && Object.keys(mr.responseParameters).length === 0 && (
          <Note>Declare headers on the {ir.statusCode} method response first; then map them here.</Note>
        )}
        <KeyValueEditor
          label="Header mappings"
          entries={Object.entries(ir.responseParameters)}
          keyPrefix="method.response.header."
          keyLabel="Response header"
          valueLabel="Mapping value"
          keyRules={[headerName]}
          valueRules={[responseMappingSource]}
          valuePlaceholder="integration.response.header.X or 'value'"
          newValue=""
          onCommit={(e) => replace({ ...ir, responseParameters: Object.fromEntries(e) }, 'headers')}
          addLabel="Add header mapping"
          emptyText="No header mappings."
        />
      </Section>
      <Section title="Mapping templates">
        <TemplateList
          templates={ir.responseTemplates}
          openLabel="Edit response template"
          open={(contentType) =>
            selectionStore
              .getState()
              .openEditor({ kind: 'responseTemplate', integrationResponseKey: responseKey, contentType })
          }
          onAdd={(ct) =>
            replace({ ...ir, responseTemplates: { ...ir.responseTemplates, [ct]: '' } }, 'templates')
          }
          onDelete={(ct) => {
            const { [ct]: _gone, ...rest } = ir.responseTemplates
            const editor = selectionStore.getState().editor
            if (editor?.kind === 'responseTemplate' && editor.contentType === ct)
              selectionStore.getState().openEditor(undefined)
            return replace({ ...ir, responseTemplates: rest }, 'templates')
          }}
        />
      </Section>
    </div>
  )
}
