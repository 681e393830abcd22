/** A problem to underline in an editor (1-based lines and columns, end exclusive). */
export interface EditorMarker {
  message: string
  severity: 'error' | 'warning' | 'info'
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
  /** Who found it, e.g. `VTL parser`; shown with the message. */
  source?: string
}

export type CodeLanguage = 'vtl' | 'json' | 'javascript' | 'yaml' | 'plaintext'

export interface CodeEditorProps {
  /**
   * The document. The editor keeps its own text while the user types and applies a new `value`
   * only when it comes from outside (undo, reset): values the editor emitted through `onChange`,
   * even late or stale ones, are recognised and not pushed back, so a draft updated on every
   * keystroke is safe too.
   */
  value: string
  /** Bump to apply `value` again even if it equals what was applied before (e.g. undo back to it). */
  revision?: number
  onChange(value: string): void
  language: CodeLanguage
  /**
   * The document's path, unique per document (e.g. `pets-get/request/application-json.vtl`):
   * each path keeps its own undo stack, markers and view state.
   */
  path: string
  ariaLabel: string
  markers?: readonly EditorMarker[]
  readOnly?: boolean
  /** Stage variable names offered by `$stageVariables.` completion (VTL only). */
  stageVariables?: readonly string[]
  /**
   * VTL only: the text is not run by the VTL engine, only its `$context` / `$stageVariables`
   * references are substituted (gateway-response templates), so completion offers just those.
   */
  substitutionOnly?: boolean
  /** Ctrl/Cmd+Enter inside the editor (Run, Test). */
  onRun?: () => void
  /** The editor lost focus (commit pending edits: the next click may be Undo). */
  onBlur?: () => void
  /** Minimal chrome for small read-only views. */
  compact?: boolean
}
