import { JavaDouble } from '../java/JavaDouble'
import {
  callJavaMethod,
  getJavaProperty,
  iterableItems,
  JavaMethodException,
  mapKey,
} from '../java/javaMethods'
import { JavaRegexError } from '../java/javaRegex'
import { javaToString } from '../java/javaToString'
import {
  isJavaInteger,
  JavaArray,
  javaClassName,
  javaSimpleName,
  NO_SUCH_METHOD,
  VtlHostObject,
} from '../java/javaTypes'
import type { LineMap } from '../SourceSpan'
import type { Expr, ReferenceExpr, RefPart, TemplateNode } from '../syntax/ast'
import type { VtlTraceEvent, VtlTraceValue } from '../VtlTraceEvent'
import { DefineBlock } from './DefineBlock'
import { ForeachScope } from './ForeachScope'
import { velocityArithmetic, velocityCompare, velocityEquals } from './operators'
import { BREAK_SIGNAL, type RenderState, STOP_SIGNAL, VtlRuntimeFailure } from './RenderState'

/** A compiled statement: writes to the state's output. */
export type Exec = (st: RenderState) => void
/** A compiled expression: its Java value. */
export type Eval = (st: RenderState) => unknown
type Cond = (st: RenderState) => boolean

export interface MacroDefinition {
  name: string
  params: string[]
  body: Exec
}

/** Shared by everything compiled from one source text. */
export interface CompileContext {
  source: string
  lines: () => LineMap
  /** Compile trace hooks in (a separate closure tree; the untraced one carries none). */
  traced: boolean
  macros: Map<string, MacroDefinition>
  /**
   * Whether the template can read a variable (false only when it provably never names it), so
   * bookkeeping nobody can observe — `$velocityCount` in every `#foreach` turn — is skipped.
   */
  reads: (name: string) => boolean
}

const noop: Exec = () => {}
const isNull = (v: unknown): v is null | undefined => v === null || v === undefined

/** A literal that evaluates to the same immutable value every time, needing no render state. */
function isLiteral(e: Expr): boolean {
  return (
    (e.type === 'string' && e.template === null) ||
    e.type === 'integer' ||
    e.type === 'float' ||
    e.type === 'boolean'
  )
}
/** Stands for the render state when evaluating a literal at compile time (never read). */
const NO_STATE = null as unknown as RenderState

/**
 * Compiles syntax nodes into JavaScript closures, once; rendering then only calls them — no
 * tree walking, no `eval` or `new Function` (a strict Content-Security-Policy holds).
 */
export function compileNodes(nodes: TemplateNode[], cx: CompileContext): Exec {
  collectMacros(nodes, cx)
  return block(nodes, cx)
}

function collectMacros(nodes: TemplateNode[], cx: CompileContext): void {
  for (const n of nodes) {
    switch (n.type) {
      case 'macro':
        if (!cx.macros.has(n.name)) cx.macros.set(n.name, { name: n.name, params: n.params, body: noop })
        cx.macros.get(n.name)!.body = block(n.body, cx)
        collectMacros(n.body, cx)
        break
      case 'if':
        for (const b of n.branches) collectMacros(b.body, cx)
        if (n.elseBody) collectMacros(n.elseBody, cx)
        break
      case 'foreach':
      case 'define':
        collectMacros(n.body, cx)
        break
    }
  }
}

function block(nodes: TemplateNode[], cx: CompileContext): Exec {
  const fns: Exec[] = []
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!
    if (n.type === 'macro') continue
    const next = nodes[i + 1]
    if (n.type === 'text' && next?.type === 'print') {
      // text then a reference: one step that writes the text as the reference's prefix
      fns.push(printNode(next.ref, next.escaped, n.text + next.prefix, next.start, next.end, cx))
      i++
      continue
    }
    fns.push(node(n, cx))
  }
  if (fns.length === 0) return noop
  if (fns.length === 1) return fns[0]!
  if (fns.length === 2) {
    const [a, b] = fns as [Exec, Exec]
    return (st) => {
      a(st)
      b(st)
    }
  }
  return (st) => {
    for (let i = 0; i < fns.length; i++) fns[i]!(st)
  }
}

// ------------------------------------------------------------------ tracing

function traceValue(v: unknown): VtlTraceValue {
  if (isNull(v)) return { type: 'null', text: '' }
  let text = v instanceof DefineBlock ? '(#define block)' : javaToString(v)
  if (text.length > 2000) text = `${text.slice(0, 2000)}…`
  return { type: javaSimpleName(v), text }
}

function emit(
  st: RenderState,
  cx: CompileContext,
  kind: VtlTraceEvent['kind'],
  start: number,
  end: number,
  value?: unknown,
  note?: string,
  withValue = true,
): void {
  const trace = st.trace
  if (trace === null) return
  const e: VtlTraceEvent = {
    seq: st.traceSeq++,
    kind,
    span: cx.lines().span(start, end),
    source: cx.source.slice(start, end),
  }
  if (withValue) e.value = traceValue(value)
  if (note !== undefined) e.note = note
  trace.push(e)
}

// ------------------------------------------------------------------ statements

function node(n: TemplateNode, cx: CompileContext): Exec {
  switch (n.type) {
    case 'text': {
      const text = n.text
      const { start, end } = n
      return (st) => {
        st.out += text
        if (st.out.length > st.limits.maxOutputChars) st.outputOverflow(start, end)
      }
    }
    case 'print':
      return printNode(n.ref, n.escaped, n.prefix, n.start, n.end, cx)
    case 'set':
      return setNode(n.target, n.value, n.start, n.headerEnd, cx)
    case 'if': {
      const branches = n.branches.map((b) => ({ cond: cond(b.condition, cx), body: block(b.body, cx), b }))
      const elseBody = n.elseBody ? block(n.elseBody, cx) : null
      const { start } = n
      if (cx.traced) {
        return (st) => {
          st.step(start, n.headerEnd)
          for (const br of branches) {
            const ok = br.cond(st)
            emit(st, cx, 'condition', br.b.start, br.b.headerEnd, ok, ok ? 'taken' : 'not taken')
            if (ok) {
              br.body(st)
              return
            }
          }
          if (elseBody) {
            emit(st, cx, 'condition', start, n.headerEnd, undefined, '#else taken', false)
            elseBody(st)
          }
        }
      }
      if (branches.length === 1) {
        const [only] = branches as [(typeof branches)[0]]
        return (st) => {
          st.step(start, n.headerEnd)
          if (only.cond(st)) only.body(st)
          else if (elseBody) elseBody(st)
        }
      }
      return (st) => {
        st.step(start, n.headerEnd)
        for (let i = 0; i < branches.length; i++) {
          const br = branches[i]!
          if (br.cond(st)) {
            br.body(st)
            return
          }
        }
        if (elseBody) elseBody(st)
      }
    }
    case 'foreach':
      return foreachNode(n.variable, expr(n.iterable, cx), block(n.body, cx), n.start, n.headerEnd, cx)
    case 'break': {
      const { start, end } = n
      return (st) => {
        if (cx.traced) emit(st, cx, 'break', start, end, undefined, undefined, false)
        throw BREAK_SIGNAL
      }
    }
    case 'stop': {
      const { start, end } = n
      return (st) => {
        if (cx.traced) emit(st, cx, 'stop', start, end, undefined, undefined, false)
        throw STOP_SIGNAL
      }
    }
    case 'define': {
      const body = block(n.body, cx)
      const { name, start, headerEnd } = n
      return (st) => {
        st.vars.set(name, new DefineBlock(body, st, start, headerEnd))
      }
    }
    case 'macro':
      return noop
    case 'macroCall':
      return macroCall(
        n.name,
        n.args.map((a) => expr(a, cx)),
        n.start,
        n.end,
        cx,
      )
    case 'evaluate': {
      const ev = expr(n.expr, cx)
      const { start, end } = n
      return (st) => {
        st.step(start, end)
        const v = ev(st)
        if (isNull(v)) return
        st.evaluate(st, javaToString(v), start, end)
      }
    }
    case 'unsupported': {
      const { directive, start, end } = n
      return () => {
        throw new VtlRuntimeFailure(
          'runtime',
          'VTL_UNSUPPORTED_DIRECTIVE',
          `#${directive} loads another template file; mapping templates have none`,
          start,
          end,
        )
      }
    }
  }
}

function printNode(
  r: ReferenceExpr,
  escaped: boolean,
  prefix: string,
  start: number,
  end: number,
  cx: CompileContext,
): Exec {
  const ev = reference(r, cx)
  const literal = r.literal
  const quiet = r.quiet
  if (escaped) {
    return (st) => {
      const v = ev(st)
      if (cx.traced) emit(st, cx, 'reference', start, end, v, 'escaped')
      st.write(prefix + (isNull(v) ? `\\${literal}` : literal), start, end)
    }
  }
  return (st) => {
    const v = ev(st)
    if (cx.traced) emit(st, cx, 'reference', start, end, v)
    let s: string
    if (v === null || v === undefined) {
      s = quiet || st.dialect.nullPrintsEmpty ? prefix : prefix + literal
    } else if (typeof v === 'string') {
      s = prefix === '' ? v : prefix + v
    } else if (v instanceof DefineBlock) {
      if (prefix !== '') st.write(prefix, start, end)
      v.render(st)
      return
    } else {
      s = prefix + javaToString(v)
    }
    st.out += s
    if (st.out.length > st.limits.maxOutputChars) st.outputOverflow(start, end)
  }
}

function setNode(
  target: ReferenceExpr,
  valueExpr: Expr,
  start: number,
  headerEnd: number,
  cx: CompileContext,
): Exec {
  const value = expr(valueExpr, cx)
  const trace = (st: RenderState, v: unknown) => {
    if (cx.traced) emit(st, cx, 'set', start, headerEnd, v, isNull(v) ? 'null: not assigned' : undefined)
  }
  if (target.parts.length === 0) {
    const name = target.name
    return (st) => {
      st.step(start, headerEnd)
      const v = value(st)
      trace(st, v)
      if (isNull(v)) return
      st.vars.set(name, v)
    }
  }
  const last = target.parts[target.parts.length - 1]!
  const base = reference({ ...target, parts: target.parts.slice(0, -1) }, cx)
  if (last.kind === 'property') {
    const prop = last.name
    return (st) => {
      st.step(start, headerEnd)
      const v = value(st)
      trace(st, v)
      if (isNull(v)) return
      const o = base(st)
      if (o instanceof Map) o.set(prop, v)
      else if (o instanceof VtlHostObject) o.setProperty(prop, v)
    }
  }
  if (last.kind === 'index') {
    const index = expr(last.index, cx)
    return (st) => {
      st.step(start, headerEnd)
      const v = value(st)
      trace(st, v)
      if (isNull(v)) return
      const o = base(st)
      const k = index(st)
      if (o instanceof Map) o.set(mapKey(o, k), v)
      else if (Array.isArray(o) || o instanceof JavaArray) {
        const items = Array.isArray(o) ? o : o.items
        let i = typeof k === 'number' && Number.isInteger(k) ? k : Number.NaN
        if (i < 0) i += items.length
        if (!(i >= 0 && i < items.length)) throw indexFailure(k, items.length, last)
        items[i] = v
      }
    }
  }
  return noop
}

function foreachNode(
  variable: string,
  iterable: Eval,
  body: Exec,
  start: number,
  headerEnd: number,
  cx: CompileContext,
): Exec {
  // Velocity 1.7's $velocityCount / $velocityHasNext, kept only when something can read them
  const counters = cx.reads('velocityCount') || cx.reads('velocityHasNext')
  return (st) => {
    st.step(start, headerEnd)
    const coll = iterable(st)
    const items = iterableItems(coll)
    if (cx.traced)
      emit(
        st,
        cx,
        'foreach',
        start,
        headerEnd,
        coll,
        items ? `${items.length} item(s)` : 'not iterable: skipped',
      )
    if (items === undefined) return
    const vars = st.vars
    const saved = [
      vars.get(variable),
      counters ? vars.get('velocityCount') : undefined,
      counters ? vars.get('velocityHasNext') : undefined,
      vars.get('foreach'),
    ]
    const parent = saved[3]
    const scope = new ForeachScope(parent instanceof ForeachScope ? parent : null)
    vars.set('foreach', scope)
    const live = Array.isArray(coll) ? coll : null
    const size0 = coll instanceof Map ? coll.size : items.length
    const max = st.limits.maxForeachIterations
    try {
      for (let i = 0; ; i++) {
        const length = live ? live.length : items.length
        if (i >= length) break
        if ((live && live.length !== size0) || (coll instanceof Map && coll.size !== size0)) {
          throw new VtlRuntimeFailure(
            'runtime',
            'VTL_CONCURRENT_MODIFICATION',
            'The list changed while #foreach was iterating over it (java.util.ConcurrentModificationException)',
            start,
            headerEnd,
          )
        }
        if (i >= max) {
          if (cx.traced) emit(st, cx, 'limit', start, headerEnd, length, `stopped after ${max} iterations`)
          break
        }
        st.step(start, headerEnd)
        const item = items[i]
        vars.set(variable, item)
        scope.index = i
        scope.hasNext = i + 1 < length
        if (counters) {
          vars.set('velocityCount', i + 1)
          vars.set('velocityHasNext', scope.hasNext)
        }
        if (cx.traced) emit(st, cx, 'iteration', start, headerEnd, item, `index ${i}`)
        try {
          body(st)
        } catch (e) {
          if (e === BREAK_SIGNAL) break
          throw e
        }
      }
    } finally {
      restore(vars, variable, saved[0])
      if (counters) {
        restore(vars, 'velocityCount', saved[1])
        restore(vars, 'velocityHasNext', saved[2])
      }
      restore(vars, 'foreach', saved[3])
    }
  }
}

function restore(vars: Map<string, unknown>, name: string, old: unknown): void {
  if (old === undefined) vars.delete(name)
  else vars.set(name, old)
}

function macroCall(name: string, args: Eval[], start: number, end: number, cx: CompileContext): Exec {
  const literal = cx.source.slice(start, end)
  return (st) => {
    const m = cx.macros.get(name)
    if (m === undefined) {
      // not a macro: Velocity prints the call as text
      st.write(literal, start, end)
      return
    }
    st.step(start, end)
    if (st.macroDepth >= st.limits.maxMacroDepth) {
      throw new VtlRuntimeFailure(
        'limit',
        'VTL_MACRO_DEPTH',
        `Macro #${name} was called more than ${st.limits.maxMacroDepth} levels deep (Velocity's limit)`,
        start,
        end,
      )
    }
    const values = args.map((a) => a(st))
    if (cx.traced)
      emit(
        st,
        cx,
        'macro',
        start,
        end,
        undefined,
        `#${name}(${values.map((v) => traceValue(v).text).join(', ')})`,
        false,
      )
    const vars = st.vars
    const params = m.params
    const saved = params.map((p) => vars.get(p))
    for (let i = 0; i < params.length && i < values.length; i++) {
      const v = values[i]
      if (isNull(v)) vars.delete(params[i]!)
      else vars.set(params[i]!, v)
    }
    st.macroDepth++
    try {
      m.body(st)
    } catch (e) {
      if (e !== BREAK_SIGNAL) throw e
    } finally {
      st.macroDepth--
      for (let i = 0; i < params.length; i++) restore(vars, params[i]!, saved[i])
    }
  }
}

// ------------------------------------------------------------------ expressions

function reference(r: ReferenceExpr, cx: CompileContext): Eval {
  const name = r.name
  let f: Eval = (st) => st.vars.get(name)
  for (const part of r.parts) f = refPart(f, part, cx)
  return f
}

function refPart(prev: Eval, part: RefPart, cx: CompileContext): Eval {
  switch (part.kind) {
    case 'property': {
      const name = part.name
      return (st) => {
        const o = prev(st)
        if (o === null || o === undefined) return undefined
        if (o instanceof Map && name !== 'class') return o.get(name)
        return getJavaProperty(o, name)
      }
    }
    case 'method': {
      const name = part.name
      const args = part.args.map((a) => expr(a, cx))
      const { start, end } = part
      // arguments that are all literals (`$input.path('$.id')`) are evaluated once: the
      // values are immutable and no Java method keeps or changes the array it is given
      const constant = part.args.every(isLiteral) ? args.map((a) => a(NO_STATE)) : null
      return (st) => {
        const o = prev(st)
        if (o === null || o === undefined) return undefined
        const values = constant ?? (args.length === 0 ? [] : args.map((a) => a(st)))
        st.step(start, end)
        let r: unknown
        try {
          r = callJavaMethod(o, name, values)
        } catch (e) {
          throw methodFailure(e, o, name, start, end)
        }
        if (r === NO_SUCH_METHOD) return undefined
        if (typeof r === 'string' && r.length > st.limits.maxOutputChars) st.checkSize(r, start, end)
        return r
      }
    }
    case 'index': {
      const index = expr(part.index, cx)
      return (st) => {
        const o = prev(st)
        if (o === null || o === undefined) return undefined
        const k = index(st)
        if (o instanceof Map) return o.get(mapKey(o, k))
        if (Array.isArray(o) || o instanceof JavaArray) {
          const items = Array.isArray(o) ? o : o.items
          if (!isJavaInteger(k)) return undefined
          let i = Number(k)
          if (i < 0) i += items.length
          if (i < 0 || i >= items.length) throw indexFailure(k, items.length, part)
          return items[i]
        }
        if (o instanceof VtlHostObject) {
          let r: unknown
          try {
            r = o.callMethod('get', [k])
          } catch (e) {
            throw methodFailure(e, o, 'get', part.start, part.end)
          }
          return r === NO_SUCH_METHOD ? undefined : r
        }
        return undefined
      }
    }
  }
}

function indexFailure(k: unknown, length: number, part: { start: number; end: number }): VtlRuntimeFailure {
  return new VtlRuntimeFailure(
    'runtime',
    'VTL_INDEX_OUT_OF_BOUNDS',
    `Index ${javaToString(k)} is out of bounds for a list of ${length} item(s)`,
    part.start,
    part.end,
  )
}

function methodFailure(e: unknown, o: unknown, name: string, start: number, end: number): unknown {
  if (e instanceof VtlRuntimeFailure || e === BREAK_SIGNAL || e === STOP_SIGNAL) return e
  let detail: string
  if (e instanceof JavaMethodException) detail = `${e.javaException}${e.message ? `: ${e.message}` : ''}`
  else if (e instanceof JavaRegexError) detail = `java.util.regex.PatternSyntaxException: ${e.message}`
  else detail = e instanceof Error ? e.message : String(e)
  return new VtlRuntimeFailure(
    'runtime',
    'VTL_METHOD_EXCEPTION',
    `Invocation of method '${name}' in class ${javaClassName(o)} threw exception ${detail}`,
    start,
    end,
    e,
  )
}

function expr(e: Expr, cx: CompileContext): Eval {
  switch (e.type) {
    case 'reference':
      return reference(e, cx)
    case 'string': {
      if (e.template === null) {
        const value = e.value
        return () => value
      }
      const body = compileNodes(e.template, { ...cx, traced: false })
      const { start, end } = e
      return (st) => {
        const saved = st.out
        st.out = ''
        st.stringDepth++
        try {
          body(st)
          return st.checkSize(st.out, start, end)
        } finally {
          st.out = saved
          st.stringDepth--
        }
      }
    }
    case 'integer': {
      const value = e.value
      return () => value
    }
    case 'float': {
      const value = new JavaDouble(e.value)
      return () => value
    }
    case 'boolean': {
      const value = e.value
      return () => value
    }
    case 'word': {
      const value = e.name
      return () => value
    }
    case 'list': {
      const items = e.items.map((i) => expr(i, cx))
      return (st) => items.map((i) => i(st))
    }
    case 'range': {
      const from = expr(e.from, cx)
      const to = expr(e.to, cx)
      const { start, end } = e
      return (st) => {
        const a = toRangeBound(from(st))
        const b = toRangeBound(to(st))
        if (a === undefined || b === undefined) return undefined
        const size = Math.abs(b - a) + 1
        if (size > st.limits.maxSteps) {
          throw new VtlRuntimeFailure(
            'limit',
            'VTL_RANGE_LIMIT',
            `The range [${a}..${b}] is too large`,
            start,
            end,
          )
        }
        const out: number[] = new Array(size)
        const dir = b >= a ? 1 : -1
        for (let i = 0; i < size; i++) out[i] = a + i * dir
        return out
      }
    }
    case 'map': {
      const entries = e.entries.map(([k, v]) => [expr(k, cx), expr(v, cx)] as const)
      return (st) => {
        const m = new Map<unknown, unknown>()
        for (const [k, v] of entries) m.set(k(st), v(st))
        return m
      }
    }
    case 'paren':
      return expr(e.inner, cx)
    case 'not': {
      const c = cond(e.operand, cx)
      return (st) => !c(st)
    }
    case 'binary': {
      const { op } = e
      if (
        op === '&&' ||
        op === '||' ||
        op === '==' ||
        op === '!=' ||
        op === '<' ||
        op === '<=' ||
        op === '>' ||
        op === '>='
      ) {
        const c = cond(e, cx)
        return (st) => c(st)
      }
      const left = expr(e.left, cx)
      const right = expr(e.right, cx)
      const ll = literalOf(e.left, cx)
      const rl = literalOf(e.right, cx)
      const { start, end } = e
      return (st) => {
        const r = velocityArithmetic(op, left(st), right(st), ll, rl)
        if (typeof r === 'string') st.checkSize(r, start, end)
        return r
      }
    }
  }
}

function literalOf(e: Expr, cx: CompileContext): string {
  return e.type === 'reference' ? e.literal : cx.source.slice(e.start, e.end)
}

/** `[a..b]` bounds: integers (Velocity also takes a number's int value). */
function toRangeBound(v: unknown): number | undefined {
  if (typeof v === 'number') return Math.trunc(v)
  if (v instanceof JavaDouble) return Math.trunc(v.value)
  if (typeof v === 'bigint') return Number(BigInt.asIntN(32, v))
  return undefined
}

/**
 * The truth of an expression as `#if` sees it (Velocity 1.7's `evaluate`): a reference is true
 * unless null or `false`; comparisons and logic as expected; a literal string, number, list or
 * map — or arithmetic — is false.
 */
function cond(e: Expr, cx: CompileContext): Cond {
  switch (e.type) {
    case 'reference': {
      const ev = reference(e, cx)
      return (st) => {
        const v = ev(st)
        return v !== null && v !== undefined && v !== false
      }
    }
    case 'boolean': {
      const value = e.value
      return () => value
    }
    case 'paren':
      return cond(e.inner, cx)
    case 'not': {
      const c = cond(e.operand, cx)
      return (st) => !c(st)
    }
    case 'binary': {
      const { op } = e
      switch (op) {
        case '&&': {
          const a = cond(e.left, cx)
          const b = cond(e.right, cx)
          return (st) => a(st) && b(st)
        }
        case '||': {
          const a = cond(e.left, cx)
          const b = cond(e.right, cx)
          return (st) => a(st) || b(st)
        }
        case '==':
        case '!=': {
          const a = expr(e.left, cx)
          const b = expr(e.right, cx)
          const negate = op === '!='
          return (st) => velocityEquals(a(st), b(st), st.dialect) !== negate
        }
        case '<':
        case '<=':
        case '>':
        case '>=': {
          const a = expr(e.left, cx)
          const b = expr(e.right, cx)
          return (st) => velocityCompare(op, a(st), b(st))
        }
      }
      return () => false
    }
  }
  return () => false
}
