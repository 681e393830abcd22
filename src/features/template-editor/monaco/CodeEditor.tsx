import Editor, { type OnMount } from '@monaco-editor/react'
import type * as Monaco from 'monaco-editor/editor'
import { useEffect, useRef, useState } from 'react'
import type { CodeEditorProps } from './EditorMarker'
import { setupMonaco, setVtlContext } from './setupMonaco'
import { DARK_THEME, LIGHT_THEME } from './themes'

const monaco = setupMonaco()

const severity = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
}

function useSystemDark(): boolean {
  const query = '(prefers-color-scheme: dark)'
  const [dark, setDark] = useState(() => window.matchMedia(query).matches)
  useEffect(() => {
    const mql = window.matchMedia(query)
    const onChange = () => setDark(mql.matches)
    mql.addEventListener('change', onChange)
    return () => mql.removeEventListener('change', onChange)
  }, [])
  return dark
}

/** Monaco, loaded lazily (see `LazyCodeEditor`), with the studio's themes and languages. */
export default function CodeEditor({
  value,
  onChange,
  language,
  path,
  ariaLabel,
  markers,
  readOnly = false,
  stageVariables,
  substitutionOnly = false,
  onRun,
  onBlur,
  revision = 0,
  compact = false,
}: CodeEditorProps) {
  const dark = useSystemDark()
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null)
  const onRunRef = useRef(onRun)
  onRunRef.current = onRun
  const onBlurRef = useRef(onBlur)
  onBlurRef.current = onBlur
  const [mounted, setMounted] = useState(false)
  // The editor owns its text while the user types. A `value` prop is applied to it only when
  // it comes from outside (undo, reset, another pane): values the editor itself emitted are
  // echoes — possibly stale ones, when a parent renders an older draft while typing goes on —
  // and are never pushed back (that would drop keystrokes).
  const applied = useRef(value)
  const appliedRevision = useRef(revision)
  /** Texts emitted by typing since the parent last caught up. */
  const emitted = useRef<string[]>([])
  /** The text of an outside value just applied: its change event is not the user typing. */
  const echo = useRef<string | null>(null)

  const onMount: OnMount = (editor) => {
    editorRef.current = editor as unknown as Monaco.editor.IStandaloneCodeEditor
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => onRunRef.current?.())
    editor.onDidBlurEditorWidget(() => onBlurRef.current?.())
    setMounted(true)
  }

  useEffect(() => {
    const editor = editorRef.current
    const model = editor?.getModel()
    if (!mounted || !editor || !model) return
    if (value === applied.current && revision === appliedRevision.current) return
    if (revision === appliedRevision.current) {
      const typed = emitted.current
      if (value === typed[typed.length - 1]) {
        // The parent caught up with the typing.
        emitted.current = []
        applied.current = value
        return
      }
      if (typed.includes(value)) {
        // An older draft rendered late: the editor already has newer text.
        applied.current = value
        return
      }
    }
    applied.current = value
    appliedRevision.current = revision
    emitted.current = []
    if (value === model.getValue()) return
    echo.current = value
    // An undoable edit, so Monaco's own undo still works after an outside change.
    editor.pushUndoStop()
    editor.executeEdits('gatewright', [
      { range: model.getFullModelRange(), text: value, forceMoveMarkers: true },
    ])
    editor.pushUndoStop()
  }, [value, revision, mounted])

  // biome-ignore lint/correctness/useExhaustiveDependencies: `path` switches the model, whose markers must be set again
  useEffect(() => {
    if (!mounted) return
    const model = editorRef.current?.getModel()
    if (!model) return
    if (language === 'vtl') setVtlContext(model.uri.toString(), stageVariables ?? [], substitutionOnly)
    monaco.editor.setModelMarkers(
      model,
      'gatewright',
      (markers ?? []).map((m) => ({
        message: m.message,
        severity: severity[m.severity],
        startLineNumber: m.startLine,
        startColumn: m.startColumn,
        endLineNumber: m.endLine,
        endColumn: m.endColumn,
        ...(m.source ? { source: m.source } : {}),
      })),
    )
  }, [mounted, markers, language, stageVariables, substitutionOnly, path])

  return (
    // `nokey`: React Flow's key handlers (Space to pan, Backspace) must not see the editor's keys.
    <div className="nokey" style={{ height: '100%', width: '100%' }}>
      <Editor
        defaultValue={value}
        path={path}
        language={language}
        theme={dark ? DARK_THEME : LIGHT_THEME}
        onMount={onMount}
        onChange={(v) => {
          const text = v ?? ''
          if (echo.current !== null && text === echo.current) {
            echo.current = null
            return
          }
          echo.current = null
          emitted.current.push(text)
          if (emitted.current.length > 200) emitted.current.shift()
          onChange(text)
        }}
        loading={<div style={{ padding: 12, color: 'var(--color-text-muted)' }}>Loading editor…</div>}
        options={{
          ariaLabel,
          readOnly,
          fontSize: 13,
          fontFamily:
            'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          automaticLayout: true,
          tabSize: 2,
          wordWrap: 'on',
          lineNumbers: compact ? 'off' : 'on',
          glyphMargin: false,
          folding: !compact,
          lineDecorationsWidth: compact ? 4 : 8,
          renderLineHighlight: readOnly ? 'none' : 'line',
          fixedOverflowWidgets: true,
          padding: { top: 6, bottom: 6 },
          quickSuggestions: { other: true, comments: false, strings: true },
          suggest: { showWords: false },
        }}
      />
    </div>
  )
}
