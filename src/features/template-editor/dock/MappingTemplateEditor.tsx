import { useDeferredValue, useMemo, useState } from 'react'
import { updateIntegration } from '../../../core/model/commands'
import { replaceIntegrationResponse } from '../../../core/model/commands/designer/replaceIntegrationResponse'
import type { Project } from '../../../core/model/project'
import type { HttpMethod, Method, RestApi } from '../../../core/model/rest/RestApi'
import { lastRequestForMethod } from '../../../state/lastMethodRequest'
import type { EditorTarget } from '../../../state/selectionStore'
import { selectionStore } from '../../../state/selectionStore'
import { useDispatch } from '../../../state/useProjectStore'
import { Button } from '../../../ui/Button'
import { useConsoleHistory } from '../ConsoleHistoryContext'
import { LazyCodeEditor } from '../monaco/LazyCodeEditor'
import { choosePreviewSample } from '../preview/choosePreviewSample'
import { defaultSample, type PreviewTarget, previewInput, type SampleRequest } from '../preview/previewInput'
import { renderPreview } from '../preview/renderPreview'
import { sampleFromHistory } from '../preview/sampleFromHistory'
import { chooseSample, setEditedSample, useEditedSample, useSampleChoice } from '../preview/sampleStore'
import { useDebouncedCommit } from '../useDebouncedCommit'
import styles from './Dock.module.css'
import { PreviewInputChoice } from './PreviewInputChoice'
import { SamplePanel } from './SamplePanel'

type TemplateTarget = Extract<EditorTarget, { kind: 'requestTemplate' | 'responseTemplate' }>

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * The docked mapping-template editor: the template (VTL, with completion, hover and live error
 * markers from the real parser) | the sample request | the live output of the real engine.
 */
export function MappingTemplateEditor({
  project,
  api,
  resourceId,
  path,
  httpMethod,
  method,
  target,
}: {
  project: Project
  api: RestApi
  resourceId: string
  path: string
  httpMethod: HttpMethod
  method: Method
  target: TemplateTarget
}) {
  const dispatch = useDispatch()
  const integration = method.integration
  const ir =
    target.kind === 'responseTemplate'
      ? integration?.integrationResponses[target.integrationResponseKey]
      : undefined
  const stored =
    target.kind === 'requestTemplate'
      ? integration?.requestTemplates[target.contentType]
      : ir?.responseTemplates[target.contentType]
  const docKey = `${api.id}/${resourceId}/${httpMethod}/${target.kind === 'requestTemplate' ? 'request' : `response/${target.integrationResponseKey}`}/${target.contentType}`
  const mergeKey = `template:${docKey}`

  const commit = (text: string) => {
    if (!integration) return
    if (target.kind === 'requestTemplate') {
      dispatch(
        updateIntegration,
        {
          apiId: api.id,
          resourceId,
          httpMethod,
          patch: { requestTemplates: { ...integration.requestTemplates, [target.contentType]: text } },
        },
        { mergeKey },
      )
    } else if (ir) {
      dispatch(
        replaceIntegrationResponse,
        {
          apiId: api.id,
          resourceId,
          httpMethod,
          key: target.integrationResponseKey,
          response: { ...ir, responseTemplates: { ...ir.responseTemplates, [target.contentType]: text } },
        },
        { mergeKey },
      )
    }
  }
  const { text, onChange, flush } = useDebouncedCommit(stored ?? '', commit)

  const stages = project.stages.filter((s) => s.apiId === api.id)
  const stage = stages[0]
  const previewTarget: PreviewTarget = {
    api,
    resourceId,
    resourcePath: path,
    method,
    region: project.settings.region,
    accountId: project.settings.accountId,
    stageName: stage?.stageName ?? 'test-invoke-stage',
    stageVariables: stage?.variables ?? {},
    forResponse: target.kind === 'responseTemplate',
  }
  const history = useConsoleHistory()
  const last = lastRequestForMethod(history, { apiId: api.id, resourceId, httpMethod })
  const choice = useSampleChoice(docKey)
  const edited = useEditedSample(docKey)
  const isMock = integration?.type === 'MOCK'
  const forResponse = target.kind === 'responseTemplate'
  // biome-ignore lint/correctness/useExhaustiveDependencies: previewTarget is rebuilt every render from these inputs
  const chosen = useMemo(
    () =>
      choosePreviewSample({
        choice,
        edited,
        last,
        generated: () => defaultSample(previewTarget),
        fromHistory: (entry) => sampleFromHistory(entry, { forResponse, isMock }),
      }),
    [choice, edited, last, forResponse, isMock, method, path, project.stages],
  )
  const sample = chosen.sample
  const [nowMs] = useState(() => Date.now())
  const [sampleVersion, setSampleVersion] = useState(0)
  /** The sample editors reload when the input is replaced from outside (source switched, a newer request). */
  const sampleKey = `${sampleVersion}:${chosen.source}:${chosen.entry?.id ?? ''}`
  const deferredText = useDeferredValue(text)
  // biome-ignore lint/correctness/useExhaustiveDependencies: previewTarget is rebuilt every render from these inputs
  const preview = useMemo(() => {
    const input = previewInput(previewTarget, sample, nowMs)
    if (target.kind === 'responseTemplate') {
      // The response template sees what the request template set ($context.requestOverride …).
      const requestTemplate = integration?.requestTemplates['application/json']
      if (requestTemplate !== undefined) {
        const first = renderPreview(
          requestTemplate,
          previewInput({ ...previewTarget, forResponse: false }, { ...sample, body: '' }, nowMs),
        )
        if (first.overrides) input.overrides = first.overrides
      }
    }
    return renderPreview(deferredText, input)
  }, [deferredText, sample, nowMs, api, method, project.stages, target.kind, path])

  if (stored === undefined) {
    return (
      <div className={styles.empty}>
        This template no longer exists.{' '}
        <Button size="sm" onClick={() => selectionStore.getState().openEditor(undefined)}>
          Close
        </Button>
      </div>
    )
  }
  const title = target.kind === 'requestTemplate' ? 'Request template' : 'Response template'
  const output = preview.output
  const json = output !== undefined && output.trim() !== '' ? isJson(output) : undefined
  const stageNames = [...new Set(stages.flatMap((s) => Object.keys(s.variables)))]
  return (
    <>
      <DockHeader
        title={title}
        subtitle={`${target.contentType} · ${httpMethod} ${path}${ir ? ` · ${ir.selectionPattern ?? 'default'} → ${ir.statusCode}` : ''}`}
      />
      <div className={styles.columns}>
        <section className={styles.column} aria-label={`${title} editor`}>
          <div className={styles.columnHeader}>
            <span>Template</span>
            {preview.markers.length > 0 ? (
              <span className={`${styles.badge} ${styles.badgeBad}`} data-testid="template-status">
                {preview.markers.length} error{preview.markers.length === 1 ? '' : 's'}
              </span>
            ) : (
              <span className={`${styles.badge} ${styles.badgeOk}`} data-testid="template-status">
                No errors
              </span>
            )}
          </div>
          <div className={styles.editor}>
            <LazyCodeEditor
              path={`templates/${docKey}.vtl`}
              language="vtl"
              value={stored}
              onChange={onChange}
              onBlur={flush}
              markers={preview.markers}
              stageVariables={stageNames}
              ariaLabel={`${title} for ${target.contentType}`}
            />
          </div>
        </section>
        <section className={styles.column} aria-label="Sample request">
          <div className={styles.columnHeader}>
            <span>Preview input</span>
            <button
              type="button"
              className={styles.tab}
              onClick={() => {
                chooseSample(docKey, chosen.source)
                setSampleVersion((v) => v + 1)
              }}
              title={
                chosen.source === 'lastRequest'
                  ? 'Start again from the last request, as it was sent'
                  : 'Start again from the generated sample'
              }
            >
              Reset
            </button>
          </div>
          <PreviewInputChoice
            methodLabel={`${httpMethod} ${path}`}
            chosen={chosen}
            hasLastRequest={last !== undefined}
            forResponse={forResponse}
            onChoose={(source) => {
              chooseSample(docKey, source)
              setSampleVersion((v) => v + 1)
            }}
          />
          <SamplePanel
            pathKey={docKey}
            version={sampleKey}
            sample={sample}
            bodyLabel={forResponse ? 'Integration response' : 'Body'}
            onChange={(s: SampleRequest) =>
              setEditedSample(docKey, {
                sample: s,
                source: chosen.source,
                ...(chosen.entry ? { entryId: chosen.entry.id } : {}),
              })
            }
          />
        </section>
        <section className={styles.column} aria-label="Preview">
          <div className={styles.columnHeader}>
            <span>Output</span>
            {output !== undefined &&
              (json === undefined ? (
                <span className={`${styles.badge} ${styles.badgeWarn}`}>Empty</span>
              ) : json ? (
                <span className={`${styles.badge} ${styles.badgeOk}`}>Valid JSON</span>
              ) : (
                <span
                  className={`${styles.badge} ${styles.badgeWarn}`}
                  title="Lambda and AWS service integrations need JSON"
                >
                  Not JSON
                </span>
              ))}
          </div>
          {preview.failure ? (
            <div className={styles.errorBox} role="alert" data-testid="preview-error">
              <strong>{preview.failure.message}</strong>
              <div className={styles.muted}>AWS would answer {preview.failure.aws}</div>
            </div>
          ) : (
            <pre className={styles.output} data-testid="template-preview" aria-live="polite">
              {output}
            </pre>
          )}
          <PreviewStatus overrides={preview.overrides} overrideErrors={preview.overrideErrors} />
        </section>
      </div>
    </>
  )
}

function PreviewStatus({
  overrides,
  overrideErrors,
}: {
  overrides: ReturnType<typeof renderPreview>['overrides']
  overrideErrors: string[]
}) {
  const status = overrides?.response.status
  const headers = overrides ? Object.entries(overrides.response.header) : []
  if (status === undefined && headers.length === 0 && overrideErrors.length === 0) return null
  return (
    <div className={styles.status}>
      {status !== undefined && <span>Status override: {status}</span>}
      {headers.map(([k, v]) => (
        <span key={k}>
          {k}: {Array.isArray(v) ? v.join(', ') : v}
        </span>
      ))}
      {overrideErrors.map((e) => (
        <span key={e} className={styles.bad}>
          {e}
        </span>
      ))}
    </div>
  )
}

export function DockHeader({
  title,
  subtitle,
  children,
}: {
  title: string
  subtitle: string
  children?: React.ReactNode
}) {
  return (
    <div className={styles.header}>
      <h2 className={styles.title}>{title}</h2>
      <span className={styles.subtitle}>{subtitle}</span>
      <span className={styles.spacer} />
      {children}
      <Button
        size="sm"
        variant="ghost"
        icon="close"
        label="Close editor"
        onClick={() => selectionStore.getState().openEditor(undefined)}
      />
    </div>
  )
}
