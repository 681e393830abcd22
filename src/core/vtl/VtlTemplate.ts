import { javaToString } from './java/javaToString'
import { type CompileContext, compileNodes, type Exec } from './runtime/compile'
import { BREAK_SIGNAL, RenderState, STOP_SIGNAL, VtlRuntimeFailure } from './runtime/RenderState'
import { LineMap } from './SourceSpan'
import type { TemplateNode } from './syntax/ast'
import { parseTemplate, VtlSyntaxError } from './syntax/Parser'
import { referencedNames } from './syntax/referencedNames'
import { VtlError } from './VtlError'
import { DEFAULT_VTL_LIMITS, VELOCITY_DIALECT, type VtlDialect, type VtlLimits } from './VtlLimits'
import type { VtlTraceEvent } from './VtlTraceEvent'

export interface VtlCompileOptions {
  /** Stock Velocity 1.7 (default) or AWS's variant (`AWS_DIALECT`). */
  dialect?: VtlDialect
  limits?: Partial<VtlLimits>
}

export interface VtlRenderOptions {
  /** Record the evaluation trace (`result.trace`). Off by default, and then free. */
  trace?: boolean
  limits?: Partial<VtlLimits>
}

export interface VtlRenderResult {
  output: string
  /** True when `#stop` ended the render early. */
  stopped: boolean
  trace?: VtlTraceEvent[]
}

/** Values the template sees as `$name`: a Map or a plain object of Java-shaped values. */
export type VtlGlobals = ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>

/**
 * A compiled template: parse once, render many times. `render` is re-entrant — each call gets
 * its own variables (a `#set` never leaks into the next render) and its own output.
 */
export class VtlTemplate {
  private plain: Exec
  private traced: Exec | null = null
  private lineMap: LineMap | null = null
  /** `#evaluate` texts compiled so far (made on first use: most templates have none). */
  private evaluateCache: Map<string, Exec> | null = null
  private readonly evaluateBound = (st: RenderState, text: string, start: number, end: number): void =>
    this.evaluate(st, text, start, end)
  readonly limits: VtlLimits
  private readonly names: Set<string> | null

  constructor(
    readonly source: string,
    private readonly nodes: TemplateNode[],
    readonly dialect: VtlDialect,
    limits: VtlLimits,
  ) {
    this.limits = limits
    this.names = referencedNames(nodes)
    this.plain = this.compile(false)
  }

  /** Whether the template may read `$name` (always true when it uses `#evaluate`). */
  mayRead(name: string): boolean {
    return this.names === null || this.names.has(name)
  }

  get lines(): LineMap {
    if (this.lineMap === null) this.lineMap = new LineMap(this.source)
    return this.lineMap
  }

  private compile(traced: boolean): Exec {
    const cx: CompileContext = {
      source: this.source,
      lines: () => this.lines,
      traced,
      macros: new Map(),
      reads: (name) => this.mayRead(name),
    }
    return compileNodes(this.nodes, cx)
  }

  /** Renders with the given variables; throws `VtlError` (runtime or limit) with a position. */
  render(globals: VtlGlobals, options: VtlRenderOptions = {}): VtlRenderResult {
    return this.renderWith(
      globals instanceof Map ? new Map(globals) : new Map(Object.entries(globals)),
      options,
    )
  }

  /**
   * `render` with a variable map the caller hands over: the template's `#set`s write into it,
   * so it must be fresh for each render and not used afterwards (saves a copy per render).
   */
  renderWith(vars: Map<string, unknown>, options: VtlRenderOptions = {}): VtlRenderResult {
    const limits = options.limits ? { ...this.limits, ...options.limits } : this.limits
    let program = this.plain
    let trace: VtlTraceEvent[] | null = null
    if (options.trace) {
      if (this.traced === null) this.traced = this.compile(true)
      program = this.traced
      trace = []
    }
    const st = new RenderState(vars, limits, this.dialect, trace, this.evaluateBound)
    let stopped = false
    try {
      program(st)
    } catch (e) {
      if (e === STOP_SIGNAL) stopped = true
      else if (e !== BREAK_SIGNAL) throw this.toVtlError(e)
    }
    const result: VtlRenderResult = { output: st.out, stopped }
    if (trace !== null) result.trace = trace
    return result
  }

  private evaluate(st: RenderState, text: string, start: number, end: number): void {
    if (++st.nestedRenders > st.limits.maxNestedRenders) {
      throw new VtlRuntimeFailure(
        'limit',
        'VTL_NESTING_LIMIT',
        `#evaluate and #define blocks nest more than ${st.limits.maxNestedRenders} deep`,
        start,
        end,
      )
    }
    try {
      this.evaluateCache ??= new Map()
      let program = this.evaluateCache.get(text)
      if (program === undefined) {
        let nodes: TemplateNode[]
        try {
          nodes = parseTemplate(text)
        } catch (e) {
          if (e instanceof VtlSyntaxError) {
            const at = new LineMap(text).position(e.start)
            throw new VtlRuntimeFailure(
              'runtime',
              'VTL_EVALUATE_SYNTAX',
              `#evaluate: ${e.message} (at line ${at.line}, column ${at.column} of the evaluated text)`,
              start,
              end,
              e,
            )
          }
          throw e
        }
        const lines = new LineMap(text)
        const cx: CompileContext = {
          source: text,
          lines: () => lines,
          traced: false,
          macros: new Map(),
          reads: () => true,
        }
        program = compileNodes(nodes, cx)
        if (this.evaluateCache.size > 100) this.evaluateCache.clear()
        this.evaluateCache.set(text, program)
      }
      try {
        program(st)
      } catch (e) {
        if (e === BREAK_SIGNAL) return
        if (e instanceof VtlRuntimeFailure) {
          throw new VtlRuntimeFailure(e.kind, e.code, `#evaluate: ${e.message}`, start, end, e.cause ?? e)
        }
        throw e
      }
    } finally {
      st.nestedRenders--
    }
  }

  private toVtlError(e: unknown): VtlError {
    if (e instanceof VtlError) return e
    if (e instanceof VtlRuntimeFailure) {
      return new VtlError(e.kind, e.code, e.message, this.lines.span(e.start, e.end), this.lines, e.cause)
    }
    if (e instanceof RangeError) {
      return new VtlError(
        'limit',
        'VTL_STACK_LIMIT',
        `The template nests too deeply to render (${e.message})`,
        this.lines.span(0, 0),
        this.lines,
        e,
      )
    }
    const message = e instanceof Error ? e.message : javaToString(e)
    return new VtlError(
      'runtime',
      'VTL_INTERNAL',
      `Rendering failed: ${message}`,
      this.lines.span(0, 0),
      this.lines,
      e,
    )
  }
}

/** UTF-8 length of a string without allocating its bytes. */
export function utf8Length(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

/**
 * Parses and compiles a template. Throws `VtlError` of kind `syntax` (with line, column and
 * code frame) or `limit` (a template over `maxTemplateBytes`, 300 KB as on AWS).
 */
export function compileTemplate(source: string, options: VtlCompileOptions = {}): VtlTemplate {
  const limits: VtlLimits = options.limits ? { ...DEFAULT_VTL_LIMITS, ...options.limits } : DEFAULT_VTL_LIMITS
  const dialect = options.dialect ?? VELOCITY_DIALECT
  const size = source.length > limits.maxTemplateBytes / 3 ? utf8Length(source) : source.length
  if (size > limits.maxTemplateBytes) {
    const lines = new LineMap(source)
    throw new VtlError(
      'limit',
      'VTL_TEMPLATE_TOO_LARGE',
      `The template is ${size} bytes; the limit is ${limits.maxTemplateBytes} bytes (${Math.round(limits.maxTemplateBytes / 1024)} KB)`,
      lines.span(0, 0),
      lines,
    )
  }
  let nodes: TemplateNode[]
  try {
    nodes = parseTemplate(source)
  } catch (e) {
    const lines = new LineMap(source)
    if (e instanceof VtlSyntaxError) {
      throw new VtlError('syntax', 'VTL_SYNTAX', e.message, lines.span(e.start, e.end), lines, e)
    }
    if (e instanceof RangeError) {
      throw new VtlError(
        'limit',
        'VTL_NESTING_LIMIT',
        'The template nests too deeply to parse',
        lines.span(0, 0),
        lines,
        e,
      )
    }
    throw e
  }
  try {
    return new VtlTemplate(source, nodes, dialect, limits)
  } catch (e) {
    if (e instanceof RangeError) {
      const lines = new LineMap(source)
      throw new VtlError(
        'limit',
        'VTL_NESTING_LIMIT',
        'The template nests too deeply to compile',
        lines.span(0, 0),
        lines,
        e,
      )
    }
    throw e
  }
}
