import { lazy, Suspense } from 'react'
import type { CodeEditorProps } from './EditorMarker'

const CodeEditor = lazy(() => import('./CodeEditor'))

/** The code editor, loaded on first use so Monaco stays out of the studio's first load. */
export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<div style={{ padding: 12, color: 'var(--color-text-muted)' }}>Loading editor…</div>}>
      <CodeEditor {...props} />
    </Suspense>
  )
}
