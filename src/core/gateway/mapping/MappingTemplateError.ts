import type { SourceSpan } from '../../vtl/SourceSpan'
import { VtlError } from '../../vtl/VtlError'

/**
 * - `syntax`, `runtime`, `limit`: from the VTL engine (see `VtlError`); AWS answers these with
 *   a 500 `{"message": "Internal server error"}`.
 * - `payload`: `$input.json`/`$input.path` met a body that starts like JSON (`{`, `[`) but does
 *   not parse; AWS answers 400 (see `MappingTemplateError.awsMessage`).
 */
export type MappingTemplateErrorKind = 'syntax' | 'runtime' | 'limit' | 'payload'

/** Why a mapping template could not be compiled or rendered, with line, column and code frame. */
export class MappingTemplateError extends Error {
  override readonly name = 'MappingTemplateError'
  readonly line: number
  readonly column: number
  readonly span: SourceSpan
  /** A few source lines around the position with a caret under the column. */
  readonly codeFrame: string

  constructor(
    readonly kind: MappingTemplateErrorKind,
    /** Stable code: `VTL_SYNTAX`, `VTL_STEP_LIMIT`, …, or `PAYLOAD_PARSE` for a broken JSON body. */
    readonly code: string,
    /** What went wrong, without the position. */
    readonly detail: string,
    source: VtlError,
    /**
     * For `payload` errors: the text AWS puts in `{"message": …}` of its 400 answer.
     */
    readonly awsMessage?: string,
  ) {
    super(`${detail} (line ${source.line}, column ${source.column})`)
    this.line = source.line
    this.column = source.column
    this.span = source.span
    this.codeFrame = source.codeFrame
    this.cause = source
  }

  /** Wraps an engine error, recognising a payload error raised by `$input`. */
  static from(error: VtlError): MappingTemplateError {
    const cause = error.cause
    if (cause instanceof PayloadParseError) {
      return new MappingTemplateError('payload', 'PAYLOAD_PARSE', cause.message, error, cause.awsMessage)
    }
    return new MappingTemplateError(error.kind, error.code, error.detail, error)
  }

  /** The message followed by the code frame, for terminals and logs. */
  describe(): string {
    return `${this.message}\n${this.codeFrame}`
  }
}

/** Raised by `$input.json`/`$input.path` when the body looks like JSON but does not parse. */
export class PayloadParseError extends Error {
  override readonly name = 'PayloadParseError'
  constructor(
    message: string,
    readonly awsMessage: string,
  ) {
    super(message)
  }
}

export function isVtlError(e: unknown): e is VtlError {
  return e instanceof VtlError
}
