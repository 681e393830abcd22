import { useState } from 'react'
import { putIntegration, putIntegrationResponse, updateIntegration } from '../../../core/model/commands'
import type { Project } from '../../../core/model/project'
import type {
  ContentHandling,
  HttpMethod,
  Integration,
  IntegrationType,
  Method,
  PassthroughBehavior,
  RestApi,
} from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { orderedIntegrationResponses } from '../../method-flow/buildMethodFlow'
import {
  CheckboxProp,
  FieldError,
  FormHeader,
  keep,
  Note,
  Section,
  SelectProp,
  TextProp,
} from '../fields/fields'
import { KeyValueEditor } from '../fields/KeyValueEditor'
import { useTryEdit } from '../fields/useTryEdit'
import {
  headerName,
  integrationTimeout,
  parameterName,
  requestMappingSource,
  selectionPattern,
  statusCode,
} from '../validation/fieldRules'
import styles from './forms.module.css'
import { lambdaInvocationUri } from './lambdaArn'
import { TemplateList } from './TemplateList'

const TYPES: { value: IntegrationType; label: string }[] = [
  { value: 'MOCK', label: 'Mock' },
  { value: 'HTTP', label: 'HTTP' },
  { value: 'HTTP_PROXY', label: 'HTTP proxy' },
  { value: 'AWS_PROXY', label: 'Lambda proxy (AWS_PROXY)' },
  { value: 'AWS', label: 'Lambda custom / AWS service (AWS)' },
]

const PASSTHROUGH: { value: PassthroughBehavior; label: string }[] = [
  { value: 'WHEN_NO_MATCH', label: 'When no template matches the request content-type header' },
  { value: 'WHEN_NO_TEMPLATES', label: 'When there are no templates defined (recommended)' },
  { value: 'NEVER', label: 'Never' },
]

const HANDLING = [
  { value: '', label: 'Passthrough' },
  { value: 'CONVERT_TO_TEXT', label: 'Convert to text' },
  { value: 'CONVERT_TO_BINARY', label: 'Convert to binary' },
] as const

const BACKEND_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'].map((m) => ({
  value: m,
  label: m,
}))

function mappingsAt(integration: Integration, location: string): [string, string][] {
  const prefix = `integration.request.${location}.`
  return Object.entries(integration.requestParameters).filter(([k]) => k.startsWith(prefix))
}

/** Integration request (and the Integration node): type, target, mappings, passthrough, templates. */
export function IntegrationRequestForm({
  project,
  api,
  resourceId,
  httpMethod,
  method,
  path,
  focus,
}: {
  project: Project
  api: RestApi
  resourceId: string
  httpMethod: HttpMethod
  method: Method
  path: string
  focus: 'integration' | 'integrationRequest'
}) {
  const tryEdit = useTryEdit()
  const integration = method.integration
  const key = `${resourceId}:${httpMethod}`
  const target = { apiId: api.id, resourceId, httpMethod }
  const patch = (p: Parameters<typeof updateIntegration.apply>[1]['patch'], field: string) =>
    tryEdit(updateIntegration, { ...target, patch: p }, `integration:${key}:${field}`)
  const [pendingType, setPendingType] = useState<IntegrationType | undefined>(undefined)
  const type = pendingType ?? integration?.type
  const isProxy = type === 'AWS_PROXY' || type === 'HTTP_PROXY'
  const needsTarget = type !== undefined && type !== 'MOCK'
  const [draftUri, setDraftUri] = useState('')
  const [typeError, setTypeError] = useState<string | undefined>(undefined)

  const changeType = (t: IntegrationType) => {
    setTypeError(undefined)
    if (t === 'MOCK') {
      setPendingType(undefined)
      return integration
        ? patch({ type: 'MOCK', uri: null, httpMethod: null }, 'type')
        : tryEdit(putIntegration, { ...target, integration: { type: 'MOCK' } })
    }
    if (integration && integration.type !== 'MOCK' && integration.uri) {
      const lambda = /:lambda:path\//.test(integration.uri)
      const compatible =
        ((t === 'HTTP' || t === 'HTTP_PROXY') && /^https?:/.test(integration.uri)) ||
        ((t === 'AWS' || t === 'AWS_PROXY') && integration.uri.startsWith('arn:'))
      if (compatible) {
        setPendingType(undefined)
        return patch({ type: t, ...(t === 'AWS_PROXY' && lambda ? { httpMethod: 'POST' } : {}) }, 'type')
      }
    }
    setPendingType(t)
    setDraftUri(t === 'HTTP' || t === 'HTTP_PROXY' ? 'https://' : '')
    return undefined
  }
  const applyPending = (uri: string, backendMethod: string) => {
    if (!pendingType) return undefined
    const error = integration
      ? tryEdit(updateIntegration, {
          ...target,
          patch: { type: pendingType, uri, httpMethod: backendMethod },
        })
      : tryEdit(putIntegration, {
          ...target,
          integration: { type: pendingType, uri, httpMethod: backendMethod },
        })
    if (!error) setPendingType(undefined)
    setTypeError(error)
    return error
  }

  const setMappings = (location: string, entries: [string, string][]) => {
    if (!integration) return undefined
    const prefix = `integration.request.${location}.`
    const kept = Object.entries(integration.requestParameters).filter(([k]) => !k.startsWith(prefix))
    return patch({ requestParameters: Object.fromEntries([...kept, ...entries]) }, `mappings-${location}`)
  }
  const lambdaFunctions = project.functions.map((f) => ({
    value: lambdaInvocationUri(project.settings.region, project.settings.accountId, f.name),
    label: f.name,
  }))

  return (
    <div className={styles.form}>
      <FormHeader
        title={focus === 'integration' ? 'Integration' : 'Integration request'}
        subtitle={
          <span>
            {httpMethod} {path}
          </span>
        }
      />
      <Section title="Integration request settings">
        <SelectProp
          label="Integration type"
          value={type ?? ''}
          options={[...(type ? [] : [{ value: '' as IntegrationType, label: 'Choose…' }]), ...TYPES]}
          onChange={changeType}
          error={typeError}
        />
        {pendingType && (
          <PendingTarget
            type={pendingType}
            uri={draftUri}
            lambdaFunctions={lambdaFunctions}
            onApply={applyPending}
            onCancel={() => setPendingType(undefined)}
          />
        )}
        {integration && !pendingType && needsTarget && (
          <>
            {(type === 'AWS_PROXY' || type === 'AWS') &&
              lambdaFunctions.length > 0 &&
              /:lambda:path\//.test(integration.uri ?? '') && (
                <SelectProp
                  label="Lambda function"
                  value={integration.uri ?? ''}
                  options={[
                    ...(lambdaFunctions.some((f) => f.value === integration.uri)
                      ? []
                      : [
                          { value: integration.uri ?? '', label: `${integration.uri} (not in this project)` },
                        ]),
                    ...lambdaFunctions,
                  ]}
                  onChange={(uri) => patch({ uri }, 'uri')}
                />
              )}
            <TextProp
              label={type === 'HTTP' || type === 'HTTP_PROXY' ? 'Endpoint URL' : 'URI'}
              hint={
                type === 'HTTP' || type === 'HTTP_PROXY'
                  ? // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS's stage variable syntax, shown as text
                    'May contain {pathParam} placeholders and ${stageVariables.name}.'
                  : 'arn:aws:apigateway:{region}:{service}:path/… or :action/…'
              }
              value={integration.uri ?? ''}
              monospace
              onCommit={(uri) => patch({ uri }, 'uri')}
            />
            <SelectProp
              label="HTTP method"
              hint={type === 'AWS_PROXY' ? 'Lambda is always invoked with POST.' : undefined}
              value={integration.httpMethod ?? 'POST'}
              options={BACKEND_METHODS}
              onChange={(m) => patch({ httpMethod: m }, 'http-method')}
            />
          </>
        )}
        {integration && (
          <>
            <TextProp
              label="Timeout (milliseconds)"
              hint="50 – 29000 ms; API Gateway answers 504 when the backend takes longer."
              value={String(integration.timeoutInMillis)}
              rules={[integrationTimeout]}
              onCommit={(v) => patch({ timeoutInMillis: Number(v) }, 'timeout')}
            />
            {!isProxy && (
              <SelectProp
                label="Content handling"
                value={integration.contentHandling ?? ''}
                options={HANDLING}
                onChange={(v) =>
                  patch({ contentHandling: v === '' ? null : (v as ContentHandling) }, 'handling')
                }
              />
            )}
          </>
        )}
        {!integration && !pendingType && (
          <Note tone="warning">This method has no integration: a deploy is refused until it has one.</Note>
        )}
      </Section>
      {integration && (
        <>
          <Section title="URL path parameters" defaultOpen={mappingsAt(integration, 'path').length > 0}>
            <MappingEditor
              label="URL path parameters"
              location="path"
              integration={integration}
              onCommit={(e) => setMappings('path', e)}
            />
          </Section>
          <Section
            title="URL query string parameters"
            defaultOpen={mappingsAt(integration, 'querystring').length > 0}
          >
            <MappingEditor
              label="URL query string parameters"
              location="querystring"
              integration={integration}
              onCommit={(e) => setMappings('querystring', e)}
            />
          </Section>
          <Section
            title="URL request headers parameters"
            defaultOpen={mappingsAt(integration, 'header').length > 0}
          >
            <MappingEditor
              label="URL request headers parameters"
              location="header"
              integration={integration}
              onCommit={(e) => setMappings('header', e)}
            />
          </Section>
          {isProxy ? (
            <Note>
              Proxy integrations pass the request body through: mapping templates and passthrough do not
              apply.
            </Note>
          ) : (
            <Section title="Mapping templates">
              <SelectProp
                label="Request body passthrough"
                value={integration.passthroughBehavior}
                options={PASSTHROUGH}
                onChange={(v) => patch({ passthroughBehavior: v }, 'passthrough')}
              />
              <TemplateList
                templates={integration.requestTemplates}
                openLabel="Edit request template"
                open={(contentType) =>
                  selectionStore.getState().openEditor({ kind: 'requestTemplate', contentType })
                }
                onAdd={(ct) =>
                  patch({ requestTemplates: { ...integration.requestTemplates, [ct]: '' } }, 'templates')
                }
                onDelete={(ct) => {
                  const { [ct]: _gone, ...rest } = integration.requestTemplates
                  const editor = selectionStore.getState().editor
                  if (editor?.kind === 'requestTemplate' && editor.contentType === ct)
                    selectionStore.getState().openEditor(undefined)
                  return patch({ requestTemplates: rest }, 'templates')
                }}
              />
            </Section>
          )}
          <Section title="Cache key parameters" defaultOpen={integration.cacheKeyParameters.length > 0}>
            {Object.keys(method.requestParameters).length === 0 ? (
              <p className={styles.muted}>
                Declare query strings or headers in the method request to use them as cache keys.
              </p>
            ) : (
              Object.keys(method.requestParameters).map((p) => (
                <CheckboxProp
                  key={p}
                  label={p}
                  checked={integration.cacheKeyParameters.includes(p)}
                  onChange={(on) =>
                    patch(
                      {
                        cacheKeyParameters: on
                          ? [...integration.cacheKeyParameters, p]
                          : integration.cacheKeyParameters.filter((x) => x !== p),
                      },
                      'cache-keys',
                    )
                  }
                />
              ))
            )}
          </Section>
          {!isProxy && <IntegrationResponsesSection method={method} target={target} />}
        </>
      )}
    </div>
  )
}

function MappingEditor({
  label,
  location,
  integration,
  onCommit,
}: {
  label: string
  location: 'path' | 'querystring' | 'header'
  integration: Integration
  onCommit(entries: [string, string][]): string | undefined
}) {
  return (
    <KeyValueEditor
      label={label}
      entries={mappingsAt(integration, location)}
      keyPrefix={`integration.request.${location}.`}
      keyLabel="Name"
      valueLabel="Mapped from"
      keyRules={[location === 'header' ? headerName : parameterName]}
      valueRules={[requestMappingSource]}
      valuePlaceholder={`method.request.${location === 'path' ? 'path' : location}.name`}
      newValue=""
      onCommit={onCommit}
      addLabel={`Add ${location === 'header' ? 'header' : location === 'path' ? 'path parameter' : 'query string'}`}
      emptyText="No mappings."
    />
  )
}

function PendingTarget({
  type,
  uri,
  lambdaFunctions,
  onApply,
  onCancel,
}: {
  type: IntegrationType
  uri: string
  lambdaFunctions: { value: string; label: string }[]
  onApply(uri: string, backendMethod: string): string | undefined
  onCancel(): void
}) {
  const lambda = type === 'AWS_PROXY' || type === 'AWS'
  const [value, setValue] = useState(lambda && lambdaFunctions[0] ? lambdaFunctions[0].value : uri)
  const [backendMethod, setBackendMethod] = useState(lambda ? 'POST' : 'GET')
  const [error, setError] = useState<string | undefined>(undefined)
  return (
    <div className={styles.body} style={{ padding: 0 }}>
      <Note>A {type} integration needs its target before it can be saved.</Note>
      {lambda && lambdaFunctions.length > 0 && (
        <SelectProp
          label="Lambda function"
          value={value}
          options={lambdaFunctions}
          onChange={keep(setValue)}
        />
      )}
      <TextProp
        label={lambda ? 'URI' : 'Endpoint URL'}
        value={value}
        monospace
        autoFocus={!lambda}
        onCommit={keep(setValue)}
      />
      <SelectProp
        label="HTTP method"
        value={backendMethod}
        options={BACKEND_METHODS}
        onChange={keep(setBackendMethod)}
      />
      {error && <FieldError>{error}</FieldError>}
      <div className={styles.actions}>
        <Button size="sm" variant="primary" onClick={() => setError(onApply(value, backendMethod))}>
          Save integration
        </Button>
        <Button size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  )
}

function IntegrationResponsesSection({
  method,
  target,
}: {
  method: Method
  target: { apiId: string; resourceId: string; httpMethod: HttpMethod }
}) {
  const tryEdit = useTryEdit()
  const [pattern, setPattern] = useState('')
  const [status, setStatus] = useState(Object.keys(method.methodResponses)[0] ?? '200')
  const [error, setError] = useState<string | undefined>(undefined)
  const responses = method.integration ? orderedIntegrationResponses(method.integration) : []
  return (
    <Section title={`Integration responses (${responses.length})`}>
      <ul className={styles.list}>
        {responses.map(([key, ir]) => (
          <li key={key} className={styles.listItem}>
            <button
              type="button"
              className={styles.listButton}
              onClick={() => selectionStore.getState().inspect({ kind: 'integrationResponse', key })}
            >
              <code className={styles.mono}>{ir.selectionPattern ?? 'default'}</code>
              <span className={styles.meta}>→ {ir.statusCode}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className={styles.row} style={{ alignItems: 'end' }}>
        <TextProp
          label="HTTP status regex"
          hint="Empty for the default response."
          value={pattern}
          monospace
          optional
          rules={[selectionPattern]}
          onCommit={keep(setPattern)}
        />
        <SelectProp
          label="Method response status"
          value={status}
          options={Object.keys(method.methodResponses).map((c) => ({ value: c, label: c }))}
          onChange={keep(setStatus)}
        />
      </div>
      {error && <FieldError>{error}</FieldError>}
      <div>
        <Button
          size="sm"
          icon="plus"
          disabled={statusCode(status) !== undefined}
          onClick={() => {
            const key = pattern === '' ? 'default' : pattern
            if (method.integration?.integrationResponses[key]) {
              setError(
                `An integration response for ${pattern === '' ? 'the default' : `"${pattern}"`} already exists.`,
              )
              return
            }
            const problem = tryEdit(putIntegrationResponse, {
              ...target,
              statusCode: status,
              ...(pattern === '' ? {} : { selectionPattern: pattern }),
            })
            setError(problem)
            if (!problem) selectionStore.getState().inspect({ kind: 'integrationResponse', key })
          }}
        >
          Add integration response
        </Button>
      </div>
    </Section>
  )
}
