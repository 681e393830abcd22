import type { BinaryOp, Expr, IfBranch, ReferenceExpr, RefPart, StringExpr, TemplateNode } from './ast'
import {
  describeToken,
  type ExprToken,
  type ExprTokenKind,
  isIdentPart,
  isIdentStart,
  isSpaceOrTab,
  isWordPart,
  lexExprToken,
} from './Lexer'

/** A syntax error at a source offset; `compileTemplate` turns it into a positioned `VtlError`. */
export class VtlSyntaxError extends Error {
  override readonly name = 'VtlSyntaxError'
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message)
  }
}

/** Directives Velocity 1.7 knows; `\#name` prints them literally. */
const DIRECTIVES = new Set([
  'set',
  'if',
  'elseif',
  'else',
  'end',
  'foreach',
  'macro',
  'define',
  'break',
  'stop',
  'evaluate',
  'include',
  'parse',
  'literal',
])

type Terminator = { kind: 'end' | 'else' | 'elseif' | 'eof'; start: number; end: number }

interface Opener {
  directive: string
  start: number
}

/**
 * Parses a template into nodes, following Velocity 1.7's grammar and its whitespace rules:
 * a directive's closing `)` — and `#else`, `#end` — swallow the rest of their line when only
 * spaces/tabs and a line break follow; `#set` also swallows the spaces/tabs before it unless
 * they follow other text on the line; `##` comments swallow their line break.
 */
export function parseTemplate(src: string): TemplateNode[] {
  return new Parser(src, 0, src.length).parseAll()
}

class Parser {
  private pos: number
  /** Macros defined so far: `\#name` escapes a call of one, as it does a directive. */
  private readonly macroNames = new Set<string>()

  constructor(
    private readonly src: string,
    from: number,
    private readonly limit: number,
  ) {
    this.pos = from
  }

  parseAll(): TemplateNode[] {
    const { nodes, terminator } = this.parseBlock(null)
    if (terminator.kind !== 'eof') {
      const name = terminator.kind === 'end' ? '#end' : terminator.kind === 'else' ? '#else' : '#elseif'
      throw new VtlSyntaxError(
        `${name} without a matching #if${terminator.kind === 'end' ? ', #foreach, #macro or #define' : ''}`,
        terminator.start,
        terminator.end,
      )
    }
    return nodes
  }

  private code(i: number): number {
    return i < this.limit ? this.src.charCodeAt(i) : -1
  }

  // ---------------------------------------------------------------- template text

  private parseBlock(opener: Opener | null): { nodes: TemplateNode[]; terminator: Terminator } {
    const nodes: TemplateNode[] = []
    const src = this.src
    const buf = new TextBuffer(nodes)
    while (this.pos < this.limit) {
      // plain text up to the next character that may start something
      const from = this.pos
      let i = from
      while (i < this.limit) {
        const c = src.charCodeAt(i)
        if (c === 36 || c === 35 || c === 92) break
        i++
      }
      if (i > from) {
        buf.add(src.slice(from, i), from)
        this.pos = i
        if (i >= this.limit) break
      }
      const c = src.charCodeAt(this.pos)
      if (c === 36) {
        // $
        const at = this.pos
        const ref = this.parseReference(at)
        if (ref === null) {
          // Velocity 1.7 prints "$!" that starts no reference as "$" (but "$!{" stays)
          const bang = this.code(at + 1) === 33 && this.code(at + 2) !== 123
          buf.add('$', at)
          this.pos = bang ? at + 2 : at + 1
          continue
        }
        buf.flush(at)
        nodes.push({ type: 'print', ref, escaped: false, prefix: '', start: at, end: ref.end })
        this.pos = ref.end
        continue
      }
      if (c === 92) {
        // a run of backslashes: escapes the $reference or #directive after it
        const at = this.pos
        let j = at
        while (this.code(j) === 92) j++
        const count = j - at
        const next = this.code(j)
        if (next === 36) {
          const ref = this.parseReference(j)
          if (ref !== null) {
            buf.flush(at)
            nodes.push({
              type: 'print',
              ref,
              escaped: count % 2 === 1,
              prefix: '\\'.repeat(count >> 1),
              start: at,
              end: ref.end,
            })
            this.pos = ref.end
            continue
          }
        } else if (next === 35) {
          const name = this.peekDirectiveName(j)
          if (name !== null && (DIRECTIVES.has(name.name) || this.macroNames.has(name.name))) {
            if (count % 2 === 1) {
              buf.add(`${'\\'.repeat(count >> 1)}${src.slice(j, name.end)}`, at)
              this.pos = name.end
              continue
            }
            buf.add('\\'.repeat(count >> 1), at)
            this.pos = j
            continue
          }
        }
        buf.add(src.slice(at, j), at)
        this.pos = j
        continue
      }
      // #
      const at = this.pos
      const c1 = this.code(at + 1)
      if (c1 === 35) {
        // ## line comment, including its line break
        buf.flush(at)
        let j = at + 2
        while (j < this.limit && src.charCodeAt(j) !== 10 && src.charCodeAt(j) !== 13) j++
        if (src.charCodeAt(j) === 13 && this.code(j + 1) === 10) j += 2
        else if (j < this.limit) j++
        this.pos = j
        continue
      }
      if (c1 === 42) {
        // #* block comment *# (runs to the end when not closed, as in Velocity)
        buf.flush(at)
        const close = src.indexOf('*#', at + 2)
        this.pos = close < 0 || close + 2 > this.limit ? this.limit : close + 2
        continue
      }
      if (c1 === 91 && this.code(at + 2) === 91) {
        // #[[ unparsed ]]#
        const close = src.indexOf(']]#', at + 3)
        if (close < 0 || close + 3 > this.limit) {
          throw new VtlSyntaxError('#[[ is never closed with ]]#', at, at + 3)
        }
        buf.flush(at)
        nodes.push({ type: 'text', text: src.slice(at + 3, close), start: at, end: close + 3 })
        this.pos = close + 3
        continue
      }
      const name = this.peekDirectiveName(at)
      if (name === null) {
        buf.add('#', at)
        this.pos = at + 1
        continue
      }
      const d = name.name
      if (d === 'end' || d === 'else' || d === 'elseif') {
        buf.flush(at)
        this.pos = name.end
        if (d !== 'elseif') this.eatLineEnd()
        return { nodes, terminator: { kind: d, start: at, end: name.end } }
      }
      if (d === 'set') {
        let j = name.end
        while (this.code(j) === 32) j++
        if (this.code(j) !== 40) {
          buf.add(src.slice(at, name.end), at)
          this.pos = name.end
          continue
        }
        // #set swallows the spaces/tabs before it, unless they follow other text on the line
        if (buf.text.length > 0 && isBlankRun(buf.text)) buf.text = ''
        buf.flush(at)
        this.pos = j + 1
        nodes.push(this.parseSet(at))
        continue
      }
      switch (d) {
        case 'if':
        case 'foreach':
        case 'macro':
        case 'define': {
          buf.flush(at)
          this.pos = this.expectOpenParen(name.end, d)
          if (d === 'if') nodes.push(this.parseIf(at))
          else if (d === 'foreach') nodes.push(this.parseForeach(at))
          else if (d === 'macro') nodes.push(this.parseMacro(at))
          else nodes.push(this.parseDefine(at))
          continue
        }
        case 'evaluate':
        case 'include':
        case 'parse': {
          buf.flush(at)
          this.pos = this.expectOpenParen(name.end, d)
          const expr = this.parseParameter(false)
          this.expectExpr(')', `to close #${d}(`)
          const end = this.pos
          this.eatLineEnd()
          if (d === 'evaluate') nodes.push({ type: 'evaluate', expr, start: at, end })
          else nodes.push({ type: 'unsupported', directive: d, start: at, end })
          continue
        }
        case 'break':
        case 'stop': {
          buf.flush(at)
          this.pos = name.end
          nodes.push({ type: d, start: at, end: name.end })
          continue
        }
      }
      // a macro call needs its parentheses; otherwise `#word` is text
      let j = name.end
      while (isSpaceOrTab(this.code(j))) j++
      if (this.code(j) === 40) {
        buf.flush(at)
        this.pos = j + 1
        const args = this.parseMacroArgs()
        const end = this.pos
        this.eatLineEnd()
        nodes.push({ type: 'macroCall', name: d, args, start: at, end })
        continue
      }
      buf.add(src.slice(at, name.end), at)
      this.pos = name.end
    }
    buf.flush(this.pos)
    if (opener !== null) {
      throw new VtlSyntaxError(
        `#${opener.directive} is never closed: add #end`,
        opener.start,
        opener.start + opener.directive.length + 1,
      )
    }
    return { nodes, terminator: { kind: 'eof', start: this.pos, end: this.pos } }
  }

  /** `#name` or `#{name}` at `at` (which holds `#`): the name and where it ends. */
  private peekDirectiveName(at: number): { name: string; end: number } | null {
    let j = at + 1
    const formal = this.code(j) === 123
    if (formal) j++
    if (!isIdentStart(this.code(j))) return null
    const s = j
    while (isWordPart(this.code(j))) j++
    const name = this.src.slice(s, j)
    if (formal) {
      if (this.code(j) !== 125) return null
      j++
    }
    return { name, end: j }
  }

  /** After a directive: spaces/tabs and one line break are swallowed if that is all there is. */
  private eatLineEnd(): void {
    let j = this.pos
    while (isSpaceOrTab(this.code(j))) j++
    const c = this.code(j)
    if (c === 10) this.pos = j + 1
    else if (c === 13) this.pos = this.code(j + 1) === 10 ? j + 2 : j + 1
  }

  private expectOpenParen(from: number, directive: string): number {
    let j = from
    while (j < this.limit && /[ \t\r\n]/.test(this.src[j]!)) j++
    if (this.code(j) !== 40) {
      throw new VtlSyntaxError(
        `#${directive} needs its arguments in parentheses: #${directive}(…)`,
        from,
        from,
      )
    }
    return j + 1
  }

  // ---------------------------------------------------------------- directives

  private parseSet(start: number): TemplateNode {
    const lhsTok = this.peek()
    if (lhsTok.kind !== 'dollar') this.fail(lhsTok, 'a reference to assign to, like #set($name = …)')
    const target = this.parseReference(lhsTok.start)
    if (target === null) return this.fail(lhsTok, 'a reference to assign to, like #set($name = …)')
    this.pos = target.end
    const last = target.parts[target.parts.length - 1]
    if (last?.kind === 'method') {
      throw new VtlSyntaxError('#set cannot assign to a method call', last.start, last.end)
    }
    this.expectExpr('=', 'after the reference in #set')
    const value = this.parseExpression()
    this.expectExpr(')', 'to close #set(')
    const headerEnd = this.pos
    const before = this.pos
    this.eatLineEnd()
    if (this.pos === before && this.code(this.pos) === 91 && endsWithReferenceOrNumber(value)) {
      // Velocity 1.7 reads "[$x", "[0" or "['k'" right after `#set(… $ref)` / `#set(… 1)` as an
      // index, and rejects it
      const next = this.code(this.pos + 1)
      if (next === 36 || next === 34 || next === 39 || (next >= 48 && next <= 57)) {
        throw new VtlSyntaxError(
          '"[" right after #set(…) is read as an index by Velocity 1.7 and rejected; put a space or line break before it',
          this.pos,
          this.pos + 1,
        )
      }
    }
    return { type: 'set', target, value, start, end: headerEnd, headerEnd }
  }

  private parseIf(start: number): TemplateNode {
    const branches: IfBranch[] = []
    let branchStart = start
    let elseBody: TemplateNode[] | null = null
    let headerEnd = 0
    for (;;) {
      const condition = this.parseExpression()
      this.expectExpr(')', branches.length === 0 ? 'to close #if(' : 'to close #elseif(')
      const hEnd = this.pos
      if (branches.length === 0) headerEnd = hEnd
      this.eatLineEnd()
      const { nodes, terminator } = this.parseBlock({ directive: 'if', start })
      branches.push({ condition, body: nodes, start: branchStart, end: terminator.start, headerEnd: hEnd })
      if (terminator.kind === 'elseif') {
        branchStart = terminator.start
        this.pos = this.expectOpenParen(terminator.end, 'elseif')
        continue
      }
      if (terminator.kind === 'else') {
        const rest = this.parseBlock({ directive: 'if', start })
        if (rest.terminator.kind !== 'end') {
          const t = rest.terminator
          throw new VtlSyntaxError(
            `#${t.kind} after #else: an #if has only one #else, at its end`,
            t.start,
            t.end,
          )
        }
        elseBody = rest.nodes
      }
      return { type: 'if', branches, elseBody, start, end: this.pos, headerEnd }
    }
  }

  private parseForeach(start: number): TemplateNode {
    const varTok = this.peek()
    const ref = varTok.kind === 'dollar' ? this.parseReference(varTok.start) : null
    if (ref === null || ref.parts.length > 0) {
      return this.fail(varTok, 'a loop variable, like #foreach($item in $list)')
    }
    this.pos = ref.end
    const inTok = this.peek()
    if (inTok.kind !== 'word' || inTok.text !== 'in') this.fail(inTok, '"in", as in #foreach($item in $list)')
    this.pos = inTok.end
    const iterable = this.parseParameter(false)
    this.expectExpr(')', 'to close #foreach(')
    const headerEnd = this.pos
    this.eatLineEnd()
    const body = this.parseBody('foreach', start)
    return { type: 'foreach', variable: ref.name, iterable, body, start, end: this.pos, headerEnd }
  }

  private parseMacro(start: number): TemplateNode {
    const nameTok = this.peek()
    if (nameTok.kind !== 'word') this.fail(nameTok, 'a macro name, like #macro(name $arg)')
    this.pos = nameTok.end
    this.macroNames.add(nameTok.text)
    const params: string[] = []
    for (;;) {
      let t = this.peek()
      if (t.kind === ',') {
        this.pos = t.end
        t = this.peek()
      }
      if (t.kind === ')') {
        this.pos = t.end
        break
      }
      const ref = t.kind === 'dollar' ? this.parseReference(t.start) : null
      if (ref === null || ref.parts.length > 0) return this.fail(t, 'a parameter like $name, or ")"')
      params.push(ref.name)
      this.pos = ref.end
    }
    const headerEnd = this.pos
    this.eatLineEnd()
    const body = this.parseBody('macro', start)
    return { type: 'macro', name: nameTok.text, params, body, start, end: this.pos, headerEnd }
  }

  private parseDefine(start: number): TemplateNode {
    const t = this.peek()
    const ref = t.kind === 'dollar' ? this.parseReference(t.start) : null
    if (ref === null || ref.parts.length > 0)
      return this.fail(t, 'a reference to define, like #define($block)')
    this.pos = ref.end
    this.expectExpr(')', 'to close #define(')
    const headerEnd = this.pos
    this.eatLineEnd()
    const body = this.parseBody('define', start)
    return { type: 'define', name: ref.name, body, start, end: this.pos, headerEnd }
  }

  private parseBody(directive: string, start: number): TemplateNode[] {
    const { nodes, terminator } = this.parseBlock({ directive, start })
    if (terminator.kind !== 'end') {
      throw new VtlSyntaxError(
        `#${terminator.kind} inside #${directive}, which has no such branch`,
        terminator.start,
        terminator.end,
      )
    }
    return nodes
  }

  private parseMacroArgs(): Expr[] {
    const args: Expr[] = []
    for (;;) {
      let t = this.peek()
      if (t.kind === ',' && args.length > 0) {
        this.pos = t.end
        t = this.peek()
      }
      if (t.kind === ')') {
        this.pos = t.end
        return args
      }
      if (t.kind === 'word' && t.text !== 'true' && t.text !== 'false') {
        throw new VtlSyntaxError(
          `Invalid macro argument "${t.text}": use a $reference, a literal, a list or a map`,
          t.start,
          t.end,
        )
      }
      args.push(this.parseParameter(false))
    }
  }

  // ---------------------------------------------------------------- references

  /**
   * `$name`, `$!name`, `${name}`, `$!{name}` with `.property`, `.method(args)` and `[index]`
   * parts, starting at the `$` at `at`. Returns null when no reference starts there (the `$`
   * is then text).
   */
  parseReference(at: number): ReferenceExpr | null {
    let p = at + 1
    let quiet = false
    let formal = false
    if (this.code(p) === 33) {
      quiet = true
      p++
    }
    if (this.code(p) === 123) {
      formal = true
      p++
    }
    if (!isIdentStart(this.code(p))) return null
    const nameStart = p
    while (isIdentPart(this.code(p))) p++
    const name = this.src.slice(nameStart, p)
    const parts: RefPart[] = []
    for (;;) {
      const c = this.code(p)
      if (c === 46 && isIdentStart(this.code(p + 1))) {
        const s = p
        let q = p + 1
        while (isIdentPart(this.code(q))) q++
        const id = this.src.slice(p + 1, q)
        if (this.code(q) === 40) {
          this.pos = q + 1
          const args = this.parseArgs(')', 'to close the method call')
          parts.push({ kind: 'method', name: id, args, start: s, end: this.pos })
          p = this.pos
        } else {
          parts.push({ kind: 'property', name: id, start: s, end: q })
          p = q
        }
        continue
      }
      if (c === 91) {
        const s = p
        this.pos = p + 1
        const index = this.parseParameter(true)
        this.expectExpr(']', 'to close the index [')
        parts.push({ kind: 'index', index, start: s, end: this.pos })
        p = this.pos
        continue
      }
      break
    }
    if (formal) {
      if (this.code(p) !== 125) {
        throw new VtlSyntaxError(`\${${name}… is never closed with }`, at, p)
      }
      p++
    }
    return {
      type: 'reference',
      name,
      quiet,
      formal,
      parts,
      literal: this.src.slice(at, p),
      start: at,
      end: p,
    }
  }

  /** Method arguments: parameters separated by commas, up to `close`. */
  private parseArgs(close: ')' | ']', what: string): Expr[] {
    const args: Expr[] = []
    let t = this.peek()
    if (t.kind === close) {
      this.pos = t.end
      return args
    }
    for (;;) {
      args.push(this.parseParameter(false))
      t = this.peek()
      if (t.kind === ',') {
        this.pos = t.end
        continue
      }
      if (t.kind === close) {
        this.pos = t.end
        return args
      }
      return this.fail(t, `"," or "${close}" ${what}`)
    }
  }

  // ---------------------------------------------------------------- expressions

  private peek(): ExprToken {
    return lexExprToken(this.src, this.pos, this.limit)
  }

  private fail(t: ExprToken, expected: string): never {
    if (t.kind === 'invalid')
      throw new VtlSyntaxError(`Unexpected character "${t.text}"; expected ${expected}`, t.start, t.end)
    throw new VtlSyntaxError(`Unexpected ${describeToken(t)}; expected ${expected}`, t.start, t.end)
  }

  private expectExpr(kind: ExprTokenKind, what: string): ExprToken {
    const t = this.peek()
    if (t.kind !== kind) this.fail(t, `"${kind}" ${what}`)
    this.pos = t.end
    return t
  }

  parseExpression(): Expr {
    return this.parseOr()
  }

  private binaryLevel(next: () => Expr, ops: Record<string, BinaryOp>): Expr {
    let left = next()
    for (;;) {
      const t = this.peek()
      const op = ops[t.kind === 'word' ? `w:${t.text}` : t.kind]
      if (op === undefined) return left
      this.pos = t.end
      const right = next()
      left = { type: 'binary', op, left, right, start: left.start, end: right.end }
    }
  }

  private parseOr(): Expr {
    return this.binaryLevel(() => this.parseAnd(), { '||': '||', 'w:or': '||' })
  }

  private parseAnd(): Expr {
    return this.binaryLevel(() => this.parseEquality(), { '&&': '&&', 'w:and': '&&' })
  }

  private parseEquality(): Expr {
    return this.binaryLevel(() => this.parseRelational(), {
      '==': '==',
      'w:eq': '==',
      '!=': '!=',
      'w:ne': '!=',
    })
  }

  private parseRelational(): Expr {
    return this.binaryLevel(() => this.parseAdditive(), {
      '<': '<',
      'w:lt': '<',
      '<=': '<=',
      'w:le': '<=',
      '>': '>',
      'w:gt': '>',
      '>=': '>=',
      'w:ge': '>=',
    })
  }

  private parseAdditive(): Expr {
    return this.binaryLevel(() => this.parseMultiplicative(), { '+': '+', '-': '-' })
  }

  private parseMultiplicative(): Expr {
    return this.binaryLevel(() => this.parseUnary(), { '*': '*', '/': '/', '%': '%' })
  }

  private parseUnary(): Expr {
    const t = this.peek()
    if (t.kind === '!' || (t.kind === 'word' && t.text === 'not')) {
      this.pos = t.end
      const operand = this.parseUnary()
      return { type: 'not', operand, start: t.start, end: operand.end }
    }
    if (t.kind === '(') {
      this.pos = t.end
      const inner = this.parseExpression()
      const close = this.expectExpr(')', 'to close "("')
      return { type: 'paren', inner, start: t.start, end: close.end }
    }
    return this.parseParameter(false)
  }

  /**
   * What Velocity 1.7 accepts as a method argument, index, list item, map entry or macro
   * argument: a literal, a reference, a list, a range or a map — no operators.
   */
  private parseParameter(inIndex: boolean): Expr {
    const t = this.peek()
    switch (t.kind) {
      case 'dollar': {
        const ref = this.parseReference(t.start)
        if (ref === null) return this.fail(t, 'a reference name after "$"')
        this.pos = ref.end
        return ref
      }
      case 'string':
        this.pos = t.end
        return this.stringLiteral(t)
      case 'integer': {
        this.pos = t.end
        const big = BigInt(t.text)
        const value =
          big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big
        return { type: 'integer', value, start: t.start, end: t.end }
      }
      case 'float':
        if (inIndex) break
        this.pos = t.end
        return { type: 'float', value: Number(t.text), start: t.start, end: t.end }
      case 'word':
        if (t.text === 'true' || t.text === 'false') {
          this.pos = t.end
          return { type: 'boolean', value: t.text === 'true', start: t.start, end: t.end }
        }
        break
      case '[':
        if (inIndex) break
        this.pos = t.end
        return this.listOrRange(t)
      case '{':
        if (inIndex) break
        this.pos = t.end
        return this.mapLiteral(t)
    }
    return this.fail(
      t,
      inIndex
        ? 'an index: a number, a string or a $reference'
        : 'a value: a $reference, a string, a number, true/false, [list] or {map}',
    )
  }

  private listOrRange(open: ExprToken): Expr {
    let t = this.peek()
    if (t.kind === ']') {
      this.pos = t.end
      return { type: 'list', items: [], start: open.start, end: t.end }
    }
    const first = this.parseParameter(false)
    t = this.peek()
    if (t.kind === '..') {
      this.pos = t.end
      const to = this.parseParameter(false)
      const close = this.expectExpr(']', 'to close the range [a..b]')
      return { type: 'range', from: first, to, start: open.start, end: close.end }
    }
    const items = [first]
    for (;;) {
      t = this.peek()
      if (t.kind === ']') {
        this.pos = t.end
        return { type: 'list', items, start: open.start, end: t.end }
      }
      if (t.kind !== ',') this.fail(t, '"," or "]" in the list')
      this.pos = t.end
      items.push(this.parseParameter(false))
    }
  }

  private mapLiteral(open: ExprToken): Expr {
    const entries: Array<[Expr, Expr]> = []
    let t = this.peek()
    if (t.kind === '}') {
      this.pos = t.end
      return { type: 'map', entries, start: open.start, end: t.end }
    }
    for (;;) {
      const key = this.parseParameter(false)
      this.expectExpr(':', 'between a map key and its value')
      const value = this.parseParameter(false)
      entries.push([key, value])
      t = this.peek()
      if (t.kind === '}') {
        this.pos = t.end
        return { type: 'map', entries, start: open.start, end: t.end }
      }
      if (t.kind !== ',') this.fail(t, '"," or "}" in the map')
      this.pos = t.end
    }
  }

  private stringLiteral(t: ExprToken): StringExpr {
    const quote = t.text[0]!
    const raw = t.text.slice(1, -1)
    const value = raw.includes(quote + quote) ? raw.split(quote + quote).join(quote) : raw
    let template: TemplateNode[] | null = null
    if (quote === '"' && (value.includes('$') || value.includes('#'))) {
      if (value === raw) {
        template = new Parser(this.src, t.start + 1, t.end - 1).parseAll()
      } else {
        template = shiftNodes(new Parser(value, 0, value.length).parseAll(), t.start + 1)
      }
    }
    return { type: 'string', value, template, start: t.start, end: t.end }
  }
}

/** Text collected between nodes; becomes one text node. */
class TextBuffer {
  text = ''
  start = 0
  constructor(private readonly nodes: TemplateNode[]) {}

  add(t: string, at: number): void {
    if (this.text.length === 0) this.start = at
    this.text += t
  }

  flush(end: number): void {
    if (this.text.length > 0) this.nodes.push({ type: 'text', text: this.text, start: this.start, end })
    this.text = ''
  }
}

function endsWithReferenceOrNumber(e: Expr): boolean {
  switch (e.type) {
    case 'reference':
    case 'integer':
    case 'float':
      return true
    case 'binary':
      return endsWithReferenceOrNumber(e.right)
    case 'not':
      return endsWithReferenceOrNumber(e.operand)
  }
  return false
}

function isBlankRun(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceOrTab(text.charCodeAt(i))) return false
  }
  return true
}

/** Moves the offsets of nodes parsed from a copy of a string literal back into the template. */
function shiftNodes<T>(value: T, by: number): T {
  if (Array.isArray(value)) {
    for (const v of value) shiftNodes(v, by)
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (typeof o.start === 'number') o.start += by
    if (typeof o.end === 'number') o.end += by
    if (typeof o.headerEnd === 'number') o.headerEnd += by
    for (const k of Object.keys(o)) {
      const v = o[k]
      if (v !== null && typeof v === 'object') shiftNodes(v, by)
    }
  }
  return value
}
