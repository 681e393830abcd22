import { useState } from 'react'
import type { ReceivedResponse } from '../../../state/consoleStore'
import { Button } from '../../../ui/Button'
import { CopyButton } from '../CopyButton'
import styles from './BodyPanel.module.css'
import { bodyView, formatSize } from './bodyView'

function headerValue(headers: readonly [string, string][], name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name)?.[1]
}

/** The response body: pretty JSON or XML (or raw), images as images, binary data as hex. */
export function BodyPanel({ response }: { response: ReceivedResponse }) {
  const [raw, setRaw] = useState(false)
  const contentType = headerValue(response.headers, 'content-type')
  const view = bodyView(response.body, contentType)
  const canPretty = view.kind === 'json' || view.kind === 'xml'
  const rawText = response.body.encoding === 'text' ? response.body.text : ''
  const shown =
    view.kind === 'json' || view.kind === 'xml'
      ? raw
        ? view.raw
        : view.pretty
      : view.kind === 'text'
        ? view.raw
        : ''
  return (
    <div className={styles.panel}>
      <div className={styles.toolbar}>
        {canPretty && (
          <div className={styles.toggle}>
            <Button size="sm" variant="ghost" aria-pressed={!raw} onClick={() => setRaw(false)}>
              Pretty
            </Button>
            <Button size="sm" variant="ghost" aria-pressed={raw} onClick={() => setRaw(true)}>
              Raw
            </Button>
          </div>
        )}
        <span className={styles.kind}>
          {contentType ?? 'no Content-Type'}
          {response.truncated ? ` · first ${formatSize(rawText.length)} kept` : ''}
        </span>
        {rawText !== '' && <CopyButton text={rawText} label="Copy body" />}
      </div>
      {view.kind === 'empty' && <p className={styles.empty}>No body.</p>}
      {shown !== '' && (
        <pre className={styles.code} data-testid="response-body" data-kind={view.kind}>
          {shown}
        </pre>
      )}
      {view.kind === 'image' && (
        <div className={styles.image}>
          <img
            src={view.dataUrl}
            alt={`Response body: ${view.mediaType.replace('image/', '')}, ${formatSize(response.size)}`}
          />
        </div>
      )}
      {view.kind === 'binary' && (
        <>
          <p className={styles.empty}>
            Binary data, {formatSize(view.size)}
            {view.shown < view.size ? ` (first ${formatSize(view.shown)} shown)` : ''}.
          </p>
          <pre className={styles.code} data-testid="response-body" data-kind="binary">
            {view.hex}
          </pre>
        </>
      )}
    </div>
  )
}
