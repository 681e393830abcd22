import type { VtlDialect, VtlLimits } from '../VtlLimits'
import type { VtlTraceEvent } from '../VtlTraceEvent'

/** What goes wrong during a render, at a source offset; the template adds line/column. */
export class VtlRuntimeFailure extends Error {
  override readonly name = 'VtlRuntimeFailure'
  constructor(
    readonly kind: 'runtime' | 'limit',
    readonly code: string,
    message: string,
    readonly start: number,
    readonly end: number,
    override readonly cause?: unknown,
  ) {
    super(message)
  }
}

/** Thrown by `#break`: leaves the innermost #foreach (or macro, #define, #evaluate, template). */
export const BREAK_SIGNAL: Readonly<{ signal: 'break' }> = Object.freeze({ signal: 'break' })

/** Thrown by `#stop`: ends the whole render, keeping the output so far. */
export const STOP_SIGNAL: Readonly<{ signal: 'stop' }> = Object.freeze({ signal: 'stop' })

/** The mutable state of one render. Nothing in it outlives the render. */
export class RenderState {
  out = ''
  steps = 0
  macroDepth = 0
  /** > 0 while a string literal is being interpolated (its text goes to `out` meanwhile). */
  stringDepth = 0
  nestedRenders = 0
  traceSeq = 0

  constructor(
    readonly vars: Map<string, unknown>,
    readonly limits: VtlLimits,
    readonly dialect: VtlDialect,
    readonly trace: VtlTraceEvent[] | null,
    /** Parses, compiles and runs a string for `#evaluate` (supplied by the template). */
    readonly evaluate: (st: RenderState, source: string, start: number, end: number) => void,
  ) {}

  /** Counts one step; throws when the budget is spent. */
  step(start: number, end: number): void {
    if (++this.steps > this.limits.maxSteps) {
      throw new VtlRuntimeFailure(
        'limit',
        'VTL_STEP_LIMIT',
        `The template did more than ${this.limits.maxSteps} steps (statements, loop iterations and method calls); it was stopped`,
        start,
        end,
      )
    }
  }

  write(s: string, start: number, end: number): void {
    this.out += s
    if (this.out.length > this.limits.maxOutputChars) this.outputOverflow(start, end)
  }

  outputOverflow(start: number, end: number): never {
    if (this.stringDepth > 0) this.checkSize(this.out, start, end)
    throw new VtlRuntimeFailure(
      'limit',
      'VTL_OUTPUT_LIMIT',
      `The output grew beyond ${this.limits.maxOutputChars} characters; the render was stopped`,
      start,
      end,
    )
  }

  /** Refuses a string built along the way (concatenation, interpolation) that is too big. */
  checkSize(s: string, start: number, end: number): string {
    if (s.length > this.limits.maxOutputChars) {
      throw new VtlRuntimeFailure(
        'limit',
        'VTL_VALUE_LIMIT',
        `A string grew beyond ${this.limits.maxOutputChars} characters; the render was stopped`,
        start,
        end,
      )
    }
    return s
  }
}
