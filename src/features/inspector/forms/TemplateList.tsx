import { useState } from 'react'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { firstProblem, templateSize } from '../validation/fieldRules'
import { AddContentTypeForm } from './AddContentTypeForm'
import styles from './forms.module.css'

/**
 * Mapping templates of a request or an integration response, by content type: open one in the
 * docked editor, add one for a content type, delete one.
 */
export function TemplateList({
  templates,
  open,
  onAdd,
  onDelete,
  openLabel,
}: {
  templates: Record<string, string>
  open(contentType: string): void
  onAdd(contentType: string): string | undefined
  onDelete(contentType: string): string | undefined
  openLabel: string
}) {
  const [adding, setAdding] = useState(false)
  const editor = selectionStore.getState().editor
  const entries = Object.entries(templates)
  return (
    <div className={styles.body} style={{ padding: 0 }}>
      {entries.length === 0 ? (
        <p className={styles.muted}>No mapping templates.</p>
      ) : (
        <ul className={styles.list}>
          {entries.map(([ct, text]) => {
            const size = firstProblem(text, templateSize)
            const isOpen = editor !== undefined && 'contentType' in editor && editor.contentType === ct
            return (
              <li key={ct} className={`${styles.listItem} ${isOpen ? styles.listItemSelected : ''}`}>
                <button
                  type="button"
                  className={styles.listButton}
                  onClick={() => open(ct)}
                  aria-label={`${openLabel} ${ct}`}
                >
                  <code className={styles.mono}>{ct}</code>
                  <span className={styles.meta}>
                    {size ?? (text.trim() === '' ? 'empty' : `${text.split('\n').length} lines`)}
                  </span>
                </button>
                <Button size="sm" onClick={() => open(ct)}>
                  Edit
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  icon="trash"
                  label={`Delete template ${ct}`}
                  onClick={() => onDelete(ct)}
                />
              </li>
            )
          })}
        </ul>
      )}
      {adding ? (
        <AddContentTypeForm
          existing={templates}
          onCancel={() => setAdding(false)}
          onAdd={(type) => {
            const problem = onAdd(type)
            if (!problem) {
              setAdding(false)
              open(type)
            }
            return problem
          }}
        />
      ) : (
        <div>
          <Button size="sm" icon="plus" onClick={() => setAdding(true)}>
            Add mapping template
          </Button>
        </div>
      )}
    </div>
  )
}
