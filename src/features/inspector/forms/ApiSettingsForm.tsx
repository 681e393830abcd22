import { deleteRestApi, renameRestApi, updateRestApiSettings } from '../../../core/model/commands'
import type { RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { CheckboxProp, FormHeader, Note, Section, SelectProp, TextProp } from '../fields/fields'
import { useTryEdit } from '../fields/useTryEdit'
import { contentType, integerBetween } from '../validation/fieldRules'
import styles from './forms.module.css'

const ENDPOINT_TYPES = [
  { value: 'EDGE', label: 'Edge-optimized' },
  { value: 'REGIONAL', label: 'Regional' },
  { value: 'PRIVATE', label: 'Private' },
] as const

/** API settings, with AWS's field names: endpoint type, binary media types, API key source, compression. */
export function ApiSettingsForm({ api, region }: { api: RestApi; region: string }) {
  const tryEdit = useTryEdit()
  const patch = (p: Parameters<typeof updateRestApiSettings.apply>[1]['patch'], key: string) =>
    tryEdit(updateRestApiSettings, { apiId: api.id, patch: p }, `api-settings:${api.id}:${key}`)
  return (
    <div className={styles.form}>
      <FormHeader title="API settings" subtitle={<span>{api.id}</span>} />
      <Section title="API details">
        <TextProp
          label="API name"
          value={api.name}
          onCommit={(name) => tryEdit(renameRestApi, { apiId: api.id, name }, `api-name:${api.id}`)}
        />
        <TextProp
          label="Description"
          value={api.description ?? ''}
          optional
          onCommit={(v) => patch({ description: v === '' ? null : v }, 'description')}
        />
        <SelectProp
          label="API endpoint type"
          value={api.endpointConfiguration.types[0] ?? 'EDGE'}
          options={ENDPOINT_TYPES}
          onChange={(t) =>
            patch({ endpointConfiguration: { ...api.endpointConfiguration, types: [t] } }, 'endpoint')
          }
        />
        <div className={styles.muted}>
          Invoke URL:{' '}
          <code className={styles.mono}>
            https://{api.id}.execute-api.{region}.amazonaws.com/{'{stage}'}
          </code>
        </div>
        <CheckboxProp
          label="Disable the default execute-api endpoint"
          checked={api.endpointConfiguration.disableExecuteApiEndpoint === true}
          onChange={(checked) =>
            patch(
              { endpointConfiguration: { ...api.endpointConfiguration, disableExecuteApiEndpoint: checked } },
              'disable-endpoint',
            )
          }
        />
      </Section>
      <Section title="API key source">
        <SelectProp
          label="API key source"
          hint="HEADER: clients send x-api-key. AUTHORIZER: a Lambda authorizer returns usageIdentifierKey."
          value={api.apiKeySource}
          options={[
            { value: 'HEADER', label: 'HEADER' },
            { value: 'AUTHORIZER', label: 'AUTHORIZER' },
          ]}
          onChange={(v) => patch({ apiKeySource: v }, 'key-source')}
        />
      </Section>
      <Section title="Content encoding">
        <CheckboxProp
          label="Content encoding"
          hint="Compress responses at or above the minimum body size (0 – 10485760 bytes)."
          checked={api.minimumCompressionSize !== undefined}
          onChange={(on) => patch({ minimumCompressionSize: on ? 0 : null }, 'compression-on')}
        />
        {api.minimumCompressionSize !== undefined && (
          <TextProp
            label="Minimum body size (bytes)"
            value={String(api.minimumCompressionSize)}
            rules={[integerBetween(0, 10_485_760, 'bytes')]}
            onCommit={(v) => patch({ minimumCompressionSize: Number(v) }, 'compression')}
          />
        )}
      </Section>
      <Section title="Binary media types">
        <Note>
          Request and response bodies with these content types are binary (e.g. image/png, image/*).
        </Note>
        <BinaryTypes api={api} onCommit={(types) => patch({ binaryMediaTypes: types }, 'binary')} />
      </Section>
      <Section title="Delete API" defaultOpen={false}>
        <Button
          variant="danger"
          icon="trash"
          onClick={() => {
            const error = tryEdit(deleteRestApi, { apiId: api.id })
            if (!error) selectionStore.getState().selectApi(undefined)
          }}
        >
          Delete {api.name}
        </Button>
        <span className={styles.muted}>Undo (Ctrl+Z) restores it with its stages and deployments.</span>
      </Section>
    </div>
  )
}

function BinaryTypes({ api, onCommit }: { api: RestApi; onCommit(types: string[]): string | undefined }) {
  const types = api.binaryMediaTypes
  return (
    <div className={styles.body} style={{ padding: 0 }}>
      {types.map((t, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list may hold the same type twice while being edited
        <div key={`${i}-${t}`} style={{ display: 'flex', gap: 6, alignItems: 'flex-end' }}>
          <div style={{ flex: 1 }}>
            <TextProp
              label={`Binary media type ${i + 1}`}
              value={t}
              monospace
              rules={[contentType]}
              commitOnBlur
              onCommit={(v) => onCommit(types.map((x, j) => (j === i ? v : x)))}
            />
          </div>
          <Button
            size="sm"
            variant="ghost"
            icon="close"
            label={`Remove ${t}`}
            onClick={() => onCommit(types.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <div>
        <Button
          size="sm"
          icon="plus"
          onClick={() =>
            onCommit([
              ...types,
              types.includes('application/octet-stream') ? 'image/*' : 'application/octet-stream',
            ])
          }
        >
          Add binary media type
        </Button>
      </div>
    </div>
  )
}
