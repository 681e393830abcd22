import { useMemo, useRef } from 'react'
import { putModel } from '../../../core/model/commands'
import type { RestApi } from '../../../core/model/rest/RestApi'
import { useDispatch } from '../../../state/useProjectStore'
import type { EditorMarker } from '../monaco/EditorMarker'
import { LazyCodeEditor } from '../monaco/LazyCodeEditor'
import { MODEL_SCHEMA_PATH_SUFFIX } from '../monaco/modelSchemaPath'
import { useDebouncedCommit } from '../useDebouncedCommit'
import { checkModelSchema } from './checkModelSchema'
import styles from './Dock.module.css'
import { DockHeader } from './MappingTemplateEditor'

/** A model's JSON Schema (draft 4): Monaco's JSON language validates it against the draft-4 meta-schema. */
export function ModelSchemaEditor({ api, name }: { api: RestApi; name: string }) {
  const dispatch = useDispatch()
  const model = api.models[name]
  const initial = useMemo(() => JSON.stringify(model?.schema ?? {}, null, 2), [model?.schema])
  const { text, onChange, flush } = useDebouncedCommit(initial, (next) => {
    if (!model) return
    const checked = checkModelSchema(next, api)
    if (checked.schema !== undefined && checked.errors.length === 0) {
      dispatch(
        putModel,
        { apiId: api.id, model: { ...model, schema: checked.schema } },
        { mergeKey: `model-schema:${api.id}:${name}` },
      )
    }
  })
  const checked = useMemo(() => checkModelSchema(text, api), [text, api])
  // The document shown from outside: replaced only when the stored schema stops matching what
  // is typed (undo), so saving a valid draft never reformats it under the cursor.
  const shown = useRef({ text: initial, revision: 0 })
  const lastSchema = useRef(model?.schema)
  if (model?.schema !== lastSchema.current) {
    lastSchema.current = model?.schema
    if (JSON.stringify(checked.schema) !== JSON.stringify(model?.schema ?? {})) {
      shown.current = { text: initial, revision: shown.current.revision + 1 }
    }
  }
  if (!model) return <div className={styles.empty}>This model no longer exists.</div>
  const markers: EditorMarker[] = checked.errors.map((e) => ({
    message: e.message,
    severity: 'error',
    startLine: e.line,
    startColumn: e.column,
    endLine: e.line,
    endColumn: e.column + 1,
    source: 'Gatewright',
  }))
  return (
    <>
      <DockHeader title="Model" subtitle={`${model.name} · ${model.contentType} · JSON Schema draft 4`} />
      <div className={`${styles.columns} ${styles.twoColumns}`}>
        <section className={styles.column} aria-label="Model schema">
          <div className={styles.columnHeader}>
            <span>Schema</span>
            {checked.errors.length === 0 ? (
              <span className={`${styles.badge} ${styles.badgeOk}`}>Valid draft-4 schema</span>
            ) : (
              <span className={`${styles.badge} ${styles.badgeBad}`}>
                {checked.errors.length} problem{checked.errors.length === 1 ? '' : 's'}
              </span>
            )}
          </div>
          <div className={styles.editor}>
            <LazyCodeEditor
              path={`models/${api.id}/${name}${MODEL_SCHEMA_PATH_SUFFIX}`}
              language="json"
              value={shown.current.text}
              revision={shown.current.revision}
              onChange={onChange}
              onBlur={flush}
              markers={markers}
              ariaLabel={`Schema of model ${name}`}
            />
          </div>
        </section>
        <section className={styles.column} aria-label="Schema problems">
          <div className={styles.columnHeader}>
            <span>Checks</span>
          </div>
          {checked.errors.length === 0 ? (
            <div className={styles.empty}>
              The schema parses, is a draft-4 schema and every <code>$ref</code> names a model of this API.
              Changes are saved as you type.
            </div>
          ) : (
            <ul className={styles.empty} style={{ margin: 0, paddingLeft: 28 }}>
              {checked.errors.map((e) => (
                <li key={`${e.line}:${e.column}:${e.message}`} className={styles.bad}>
                  Line {e.line}: {e.message}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  )
}
