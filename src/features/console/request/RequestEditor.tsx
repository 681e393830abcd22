import { useState } from 'react'
import type { KeyValueRow } from '../../../state/consoleStore'
import { isForbiddenHeader } from '../../../state/forbiddenHeaders'
import { Button } from '../../../ui/Button'
import { LazyCodeEditor } from '../../template-editor/monaco/LazyCodeEditor'
import { useConsole, useConsoleStoreApi } from '../ConsoleContext'
import { Tabs } from '../Tabs'
import { methodHasBody } from './buildRequest'
import { KeyValueTable } from './KeyValueTable'
import styles from './RequestEditor.module.css'

type RequestTab = 'params' | 'headers' | 'body'

const CONTENT_TYPES = [
  'application/json',
  'application/xml',
  'text/plain',
  'application/x-www-form-urlencoded',
  'text/html',
  'application/octet-stream',
]

const count = (rows: readonly KeyValueRow[]) => rows.filter((r) => r.enabled && r.name.trim() !== '').length

/** A JSON body indented with two spaces; anything else unchanged. */
export function formatJsonBody(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

/** The request's path parameters, query string, headers and body (Monaco), as AWS's Test form has them. */
export function RequestEditor({ onSend }: { onSend: () => void }) {
  const store = useConsoleStoreApi()
  const draft = useConsole((s) => s.draft)
  const projectId = useConsole((s) => s.projectId)
  const [tab, setTab] = useState<RequestTab>('params')
  const update = store.getState().updateDraft
  const pathNames = Object.keys(draft.pathParameters)
  const hasBody = methodHasBody(draft.method)
  const headerWarnings: Record<string, string> = {}
  for (const r of draft.headers)
    if (isForbiddenHeader(r.name))
      headerWarnings[r.id] = 'The browser does not let a page set this header; it is not sent.'
  const isJson = /json/i.test(draft.contentType)

  const format = () => update({ body: formatJsonBody(draft.body) })

  return (
    <Tabs<RequestTab>
      label="Request"
      selected={tab}
      onSelect={setTab}
      tabs={[
        { id: 'params', label: 'Parameters', badge: pathNames.length + count(draft.query) || undefined },
        { id: 'headers', label: 'Headers', badge: count(draft.headers) || undefined },
        { id: 'body', label: 'Body', badge: hasBody && draft.body !== '' ? '•' : undefined },
      ]}
    >
      {tab === 'params' && (
        <div className={styles.section}>
          {draft.rawUrl === undefined && pathNames.length > 0 && (
            <fieldset className={styles.pathParams}>
              <legend className={styles.caption}>Path parameters</legend>
              {pathNames.map((name) => (
                <label key={name} className={styles.param}>
                  <code className={styles.paramName}>{`{${name}}`}</code>
                  <input
                    className={styles.paramInput}
                    value={draft.pathParameters[name] ?? ''}
                    aria-label={`Path parameter ${name}`}
                    spellCheck={false}
                    onChange={(e) =>
                      update({ pathParameters: { ...draft.pathParameters, [name]: e.target.value } })
                    }
                  />
                </label>
              ))}
            </fieldset>
          )}
          {draft.rawUrl === undefined ? (
            <KeyValueTable
              label="Query strings"
              rows={draft.query}
              separator="="
              namePlaceholder="name"
              onChange={(query) => update({ query })}
            />
          ) : (
            <p className={styles.note}>The URL is sent as typed; its query string is part of it.</p>
          )}
        </div>
      )}
      {tab === 'headers' && (
        <div className={styles.section}>
          <KeyValueTable
            label="Headers"
            rows={draft.headers}
            separator=":"
            namePlaceholder="Header-Name"
            warnings={headerWarnings}
            onChange={(headers) => update({ headers })}
          />
          <p className={styles.note}>
            The browser adds its own headers (User-Agent, Origin, Accept-Language, Sec-Fetch-*); the emulator
            sees them as API Gateway would. The trace shows what arrived.
          </p>
        </div>
      )}
      {tab === 'body' &&
        (hasBody ? (
          <div className={styles.bodyTab}>
            <label className={styles.contentType}>
              <span className={styles.caption}>Content type</span>
              <input
                className={styles.paramInput}
                list="gw-console-content-types"
                value={draft.contentType}
                spellCheck={false}
                aria-label="Content type"
                onChange={(e) => update({ contentType: e.target.value })}
              />
              <datalist id="gw-console-content-types">
                {CONTENT_TYPES.map((t) => (
                  <option key={t} value={t} />
                ))}
              </datalist>
              {isJson && (
                <Button size="sm" variant="ghost" onClick={format} shortcut="Ctrl+Shift+F">
                  Format
                </Button>
              )}
            </label>
            <div className={styles.editor} data-console-body="">
              <LazyCodeEditor
                value={draft.body}
                onChange={(body) => update({ body })}
                language={isJson ? 'json' : 'plaintext'}
                path={`console/${projectId ?? 'none'}/request-body${isJson ? '.json' : '.txt'}`}
                ariaLabel="Request body"
                onRun={onSend}
                compact
              />
            </div>
          </div>
        ) : (
          <p className={`${styles.note} ${styles.section}`}>
            {draft.method} requests carry no body. Choose another method (or the verb of an ANY method) to
            send one.
          </p>
        ))}
    </Tabs>
  )
}
