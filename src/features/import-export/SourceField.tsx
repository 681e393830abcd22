import { useRef } from 'react'
import { useStore } from 'zustand'
import { Button } from '../../ui/Button'
import { Icon } from '../../ui/Icon'
import styles from './ImportPanel.module.css'
import { formatBytes } from './importProgressView'
import type { ImportSession } from './importSession'
import { Segmented } from './Segmented'

export const OPENAPI_FILE_ACCEPT = '.json,.yaml,.yml,application/json,application/yaml,text/yaml'

/** Where the definition comes from: a file (picker or drop) or pasted text. */
export function SourceField({ session, disabled }: { session: ImportSession; disabled: boolean }) {
  const tab = useStore(session, (s) => s.tab)
  const file = useStore(session, (s) => s.file)
  const text = useStore(session, (s) => s.text)
  const input = useRef<HTMLInputElement>(null)
  const actions = session.getState()
  return (
    <div className={styles.group}>
      <Segmented
        label="OpenAPI definition"
        value={tab}
        disabled={disabled}
        options={[
          { value: 'file', label: 'File' },
          { value: 'text', label: 'Paste text' },
        ]}
        onChange={actions.setTab}
      />
      <input
        ref={input}
        type="file"
        accept={OPENAPI_FILE_ACCEPT}
        hidden
        data-testid="openapi-file-input"
        onChange={(e) => {
          const chosen = e.target.files?.[0]
          e.target.value = ''
          if (chosen) actions.chooseFile({ name: chosen.name, size: chosen.size, blob: chosen })
        }}
      />
      {tab === 'file' ? (
        file ? (
          <div className={styles.chosenFile}>
            <Icon name="file" />
            <span className={styles.fileName} title={file.name}>
              {file.name}
            </span>
            <span className={styles.fileSize}>{formatBytes(file.size)}</span>
            <Button size="sm" disabled={disabled} onClick={() => input.current?.click()}>
              Choose another file…
            </Button>
          </div>
        ) : (
          <div className={styles.dropZone}>
            <Icon name="upload" size={20} />
            <div>
              <p className={styles.dropTitle}>Drop a file anywhere on the studio, or</p>
              <p className={styles.hint}>OpenAPI 3.0 or Swagger 2.0, JSON or YAML (.json, .yaml, .yml)</p>
            </div>
            <Button variant="primary" size="sm" disabled={disabled} onClick={() => input.current?.click()}>
              Choose file…
            </Button>
          </div>
        )
      ) : (
        <textarea
          className={styles.paste}
          aria-label="OpenAPI document"
          placeholder={'openapi: 3.0.1\ninfo:\n  title: Pets\n  version: "1.0"\npaths: …'}
          spellCheck={false}
          value={text}
          disabled={disabled}
          onChange={(e) => actions.setText(e.target.value)}
        />
      )}
    </div>
  )
}
