import { useDeferredValue, useMemo, useState } from 'react'
import { DEFAULT_GATEWAY_RESPONSE_TEMPLATE } from '../../../core/gateway/responses/gatewayResponseCatalog'
import type { GatewayResponseType, RestApi } from '../../../core/model/rest/RestApi'
import { Button } from '../../../ui/Button'
import field from '../../../ui/Field.module.css'
import { LazyCodeEditor } from '../../template-editor/monaco/LazyCodeEditor'
import {
  type GatewayResponsePreviewTarget,
  previewGatewayResponse,
} from '../../template-editor/preview/previewGatewayResponse'
import { useDebouncedCommit } from '../../template-editor/useDebouncedCommit'
import { FieldError } from '../fields/fields'
import { firstProblem, templateSize } from '../validation/fieldRules'
import { AddContentTypeForm } from './AddContentTypeForm'
import forms from './forms.module.css'
import styles from './GatewayResponseTemplates.module.css'

/**
 * A gateway response's body templates, one per content type, each in the code editor (loaded on
 * first use) with its warnings as markers and the body it renders to for this response type:
 * pick a content type, add one, remove one. `onCommit` applies the whole map (undoable);
 * typing in one template is committed after a pause and becomes one undo step.
 */
export function GatewayResponseTemplates({
  api,
  type,
  templates,
  preview,
  onCommit,
}: {
  api: RestApi
  type: GatewayResponseType
  templates: Readonly<Record<string, string>>
  /** The stage, variables and clock the preview renders with. */
  preview: Omit<GatewayResponsePreviewTarget, 'api' | 'type'>
  onCommit(templates: Record<string, string>, field: string): string | undefined
}) {
  const types = Object.keys(templates)
  const [chosen, setChosen] = useState<string | undefined>(types[0])
  const selected = chosen !== undefined && templates[chosen] !== undefined ? chosen : types[0]
  const [adding, setAdding] = useState(false)
  const [error, setError] = useState<string | undefined>(undefined)

  const add = (ct: string) => {
    // A JSON type starts with AWS's default body template; other types start empty.
    const body = /json/i.test(ct) ? DEFAULT_GATEWAY_RESPONSE_TEMPLATE : ''
    const problem = onCommit({ ...templates, [ct]: body }, 'templates')
    if (!problem) {
      setChosen(ct)
      setAdding(false)
    }
    return problem
  }
  const remove = (ct: string) => {
    const { [ct]: _gone, ...rest } = templates
    setError(onCommit(rest, 'templates'))
  }

  return (
    <div className={styles.templates}>
      <div className={styles.header}>
        <span className={field.label} id={`gr-templates-${type}`}>
          Response templates
        </span>
        {!adding && (
          <Button size="sm" icon="plus" onClick={() => setAdding(true)}>
            Add content type
          </Button>
        )}
      </div>
      {types.length > 0 && (
        <ul className={styles.types} aria-labelledby={`gr-templates-${type}`}>
          {types.map((ct) => (
            <li key={ct} className={`${styles.type} ${ct === selected ? styles.typeSelected : ''}`}>
              <button
                type="button"
                className={styles.typeButton}
                aria-pressed={ct === selected}
                onClick={() => setChosen(ct)}
              >
                {ct}
              </button>
              <Button
                size="sm"
                variant="ghost"
                icon="close"
                label={`Remove the ${ct} template`}
                onClick={() => remove(ct)}
              />
            </li>
          ))}
        </ul>
      )}
      {adding && <AddContentTypeForm existing={templates} onAdd={add} onCancel={() => setAdding(false)} />}
      {error && <FieldError>{error}</FieldError>}
      {selected === undefined ? (
        <span className={forms.muted}>
          No templates: the response has no body. Add a content type to give it one.
        </span>
      ) : (
        <TemplateEditor
          key={`${type}:${selected}`}
          api={api}
          type={type}
          contentType={selected}
          text={templates[selected] ?? ''}
          preview={preview}
          onCommit={(text) => onCommit({ ...templates, [selected]: text }, `template:${selected}`)}
        />
      )}
    </div>
  )
}

function TemplateEditor({
  api,
  type,
  contentType: ct,
  text: stored,
  preview,
  onCommit,
}: {
  api: RestApi
  type: GatewayResponseType
  contentType: string
  text: string
  preview: Omit<GatewayResponsePreviewTarget, 'api' | 'type'>
  onCommit(text: string): string | undefined
}) {
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const { text, onChange, flush } = useDebouncedCommit(stored, (next) => {
    const tooBig = firstProblem(next, templateSize)
    setProblem(tooBig ?? onCommit(next))
  })
  const deferred = useDeferredValue(text)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `preview` is rebuilt every render from these inputs
  const result = useMemo(
    () => previewGatewayResponse(deferred, { ...preview, api, type }),
    [deferred, api, type, preview.stageName, preview.stageVariables, preview.nowMs],
  )
  const warnings = result.markers.length
  return (
    <div className={styles.editorBlock}>
      <div className={styles.editor}>
        <LazyCodeEditor
          path={`gateway-responses/${api.id}/${type}/${ct}.vtl`}
          language="vtl"
          value={stored}
          onChange={onChange}
          onBlur={flush}
          markers={result.markers}
          stageVariables={Object.keys(preview.stageVariables)}
          substitutionOnly
          compact
          ariaLabel={`${type} response template for ${ct}`}
        />
      </div>
      {problem && <FieldError>{problem}</FieldError>}
      <div className={styles.previewHeader}>
        <span>
          Body for {type}
          {preview.stageName ? ` on stage ${preview.stageName}` : ''}
        </span>
        <span
          className={`${forms.pill} ${warnings > 0 ? forms.pillWarning : forms.pillSuccess}`}
          data-testid="gateway-response-template-status"
        >
          {warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : 'No problems'}
        </span>
      </div>
      <pre
        className={`${forms.code} ${styles.output}`}
        data-testid="gateway-response-preview"
        aria-live="polite"
      >
        {result.output === '' ? ' ' : result.output}
      </pre>
    </div>
  )
}
