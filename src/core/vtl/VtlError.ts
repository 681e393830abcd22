import { codeFrame } from './codeFrame'
import type { LineMap, SourceSpan } from './SourceSpan'

/**
 * - `syntax`: the template does not parse;
 * - `runtime`: evaluation failed (e.g. a method threw, a macro was called with a wrong argument);
 * - `limit`: the template hit a safety limit (size, steps, output size, nesting).
 */
export type VtlErrorKind = 'syntax' | 'runtime' | 'limit'

/** Every error the VTL engine raises: a message a person understands, a position and a code frame. */
export class VtlError extends Error {
  override readonly name = 'VtlError'
  readonly line: number
  readonly column: number
  /** A few source lines around the position, with a caret (see `codeFrame`). */
  readonly codeFrame: string

  constructor(
    readonly kind: VtlErrorKind,
    /** A stable machine code, e.g. `VTL_SYNTAX`, `VTL_STEP_LIMIT`. */
    readonly code: string,
    /** What went wrong, without the position (see `message` for the full text). */
    readonly detail: string,
    readonly span: SourceSpan,
    lines: LineMap,
    /** The exception a method or host object threw, when that is the cause. */
    override readonly cause?: unknown,
  ) {
    super(`${detail} (line ${span.line}, column ${span.column})`)
    this.line = span.line
    this.column = span.column
    this.codeFrame = codeFrame(lines, span.line, span.column)
  }

  /** The message followed by the code frame, for terminals and logs. */
  describe(): string {
    return `${this.message}\n${this.codeFrame}`
  }
}
