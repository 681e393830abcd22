import { useState } from 'react'
import type { SentRequest } from '../../../state/consoleStore'
import { CopyButton } from '../CopyButton'
import { formatSize } from '../response/bodyView'
import styles from './CodePanel.module.css'
import { SNIPPETS, type SnippetId } from './requestSnippets'

/** The request as curl, JavaScript fetch or HTTPie, with every value filled in, one click to copy. */
export function CodePanel({ request, partial }: { request: SentRequest; partial?: boolean }) {
  const [kind, setKind] = useState<SnippetId>('curl')
  const snippet = SNIPPETS.find((s) => s.id === kind) ?? SNIPPETS[0]
  const code = snippet.render(request)
  return (
    <div className={styles.panel}>
      <div className={styles.toolbar}>
        <div className={styles.kinds} role="radiogroup" aria-label="Language">
          {SNIPPETS.map((s) => (
            <label key={s.id} className={styles.kind} data-checked={s.id === kind || undefined}>
              <input
                type="radio"
                name="console-snippet"
                checked={s.id === kind}
                onChange={() => setKind(s.id)}
              />
              {s.label}
            </label>
          ))}
        </div>
        <CopyButton text={code} label={`Copy as ${snippet.label}`} />
      </div>
      {partial && (
        <p className={styles.note}>
          A script of the page made this request before the studio recorded page requests: only its method and
          URL are known, not its headers or body.
        </p>
      )}
      {request.bodyTruncatedFrom !== undefined && (
        <p className={styles.note}>
          The body was {formatSize(request.bodyTruncatedFrom)}; history keeps only its beginning, so this code
          sends only that part.
        </p>
      )}
      {kind === 'fetch' && (
        <p className={styles.note}>
          Paste it into the devtools console of this tab: the emulator answers it there too.
        </p>
      )}
      <pre className={styles.code} data-testid="request-code">
        {code}
      </pre>
    </div>
  )
}
