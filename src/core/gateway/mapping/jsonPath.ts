import { JavaDouble } from '../../vtl/java/JavaDouble'
import { javaEquals } from '../../vtl/java/javaEquals'
import { compareJavaNumbers } from '../../vtl/java/javaMath'
import { javaMatches } from '../../vtl/java/javaRegex'
import { isJavaNumber, markJsonList } from '../../vtl/java/javaTypes'

/**
 * JSONPath as AWS evaluates it for `$input.path` / `$input.json` (Jayway JsonPath semantics):
 * `$`, `.name`, `['name']`, `[0]`, `[-1]`, `[0,2]`, `[1:3]`, `[*]`, `.*`, `..name` and filters
 * `[?(@.price < 10 && @.tag)]`. A *definite* path (names and single indexes only) yields one
 * value, or "not found"; any other path yields a json-smart list of all matches (possibly empty).
 */
export class JsonPathError extends Error {
  override readonly name = 'JsonPathError'
}

export const NOT_FOUND: unique symbol = Symbol('path not found')

export type Step =
  | { kind: 'prop'; names: string[] }
  | { kind: 'index'; indexes: number[] }
  | { kind: 'slice'; from: number | null; to: number | null }
  | { kind: 'wildcard' }
  | { kind: 'deep'; step: Step }
  | { kind: 'filter'; test: Filter }

type Filter = (node: unknown, root: unknown) => boolean

export interface CompiledPath {
  steps: Step[]
  definite: boolean
}

const cache = new Map<string, CompiledPath>()

/** Parses (and caches) a JSONPath. Throws `JsonPathError` for a malformed one. */
export function compileJsonPath(path: string): CompiledPath {
  let c = cache.get(path)
  if (c) return c
  c = new PathParser(path).parse()
  if (cache.size > 500) cache.clear()
  cache.set(path, c)
  return c
}

/** Evaluates a path on a parsed document: the value (definite path), a list, or `NOT_FOUND`. */
export function evaluateJsonPath(root: unknown, path: string): unknown {
  const { steps, definite } = compileJsonPath(path)
  let nodes: unknown[] = [root]
  for (const step of steps) {
    const next: unknown[] = []
    for (const n of nodes) applyStep(step, n, root, next, definite)
    nodes = next
    if (definite && nodes.length === 0) return NOT_FOUND
  }
  if (definite) return nodes.length === 0 ? NOT_FOUND : nodes[0]
  return markJsonList(nodes)
}

function applyStep(step: Step, node: unknown, root: unknown, out: unknown[], definite: boolean): void {
  switch (step.kind) {
    case 'prop':
      if (node instanceof Map) {
        if (step.names.length > 1) {
          const picked = new Map<string, unknown>()
          for (const name of step.names) if (node.has(name)) picked.set(name, node.get(name))
          out.push(picked)
        } else if (node.has(step.names[0]!)) out.push(node.get(step.names[0]!))
        else if (definite) return
      }
      return
    case 'index':
      if (Array.isArray(node)) {
        for (const i of step.indexes) {
          const at = i < 0 ? node.length + i : i
          if (at >= 0 && at < node.length) out.push(node[at])
        }
      }
      return
    case 'slice':
      if (Array.isArray(node)) {
        const len = node.length
        let from = step.from ?? 0
        let to = step.to ?? len
        if (from < 0) from = Math.max(0, len + from)
        if (to < 0) to = len + to
        for (let i = from; i < Math.min(to, len); i++) out.push(node[i])
      }
      return
    case 'wildcard':
      if (Array.isArray(node)) out.push(...node)
      else if (node instanceof Map) out.push(...node.values())
      return
    case 'filter':
      if (Array.isArray(node)) {
        for (const item of node) if (step.test(item, root)) out.push(item)
      } else if (node instanceof Map && step.test(node, root)) out.push(node)
      return
    case 'deep': {
      const visit = (n: unknown): void => {
        applyStep(step.step, n, root, out, false)
        if (Array.isArray(n)) for (const x of n) visit(x)
        else if (n instanceof Map) for (const x of n.values()) visit(x)
      }
      visit(node)
      return
    }
  }
}

class PathParser {
  private i = 0
  private p: string
  constructor(path: string) {
    this.p = path
  }

  private fail(msg: string): never {
    throw new JsonPathError(`Invalid JSONPath ${JSON.stringify(this.p)}: ${msg}`)
  }

  parse(): CompiledPath {
    let p = this.p.trim()
    if (!p.startsWith('$') && !p.startsWith('@')) p = p.startsWith('[') ? `$${p}` : `$.${p}`
    this.p = p
    this.i = 1
    const steps: Step[] = []
    let definite = true
    while (this.i < p.length) {
      const ch = p[this.i]
      if (ch === '.') {
        if (p[this.i + 1] === '.') {
          this.i += 2
          const inner = p[this.i] === '[' ? this.bracket() : this.dotName()
          steps.push({ kind: 'deep', step: inner })
          definite = false
          continue
        }
        this.i++
        const s = this.dotName()
        if (s.kind !== 'prop') definite = false
        steps.push(s)
        continue
      }
      if (ch === '[') {
        const s = this.bracket()
        if (!(s.kind === 'prop' && s.names.length === 1) && !(s.kind === 'index' && s.indexes.length === 1)) {
          definite = false
        }
        steps.push(s)
        continue
      }
      if (ch === ' ') {
        this.i++
        continue
      }
      this.fail(`unexpected "${ch}" at position ${this.i}`)
    }
    return { steps, definite }
  }

  private dotName(): Step {
    const p = this.p
    if (p[this.i] === '*') {
      this.i++
      return { kind: 'wildcard' }
    }
    const start = this.i
    while (this.i < p.length && p[this.i] !== '.' && p[this.i] !== '[') this.i++
    const name = p.slice(start, this.i).trim()
    if (name === '') this.fail(`a property name is missing at position ${start}`)
    return { kind: 'prop', names: [name] }
  }

  private bracket(): Step {
    const p = this.p
    this.i++ // [
    while (p[this.i] === ' ') this.i++
    const ch = p[this.i]
    if (ch === '*') {
      this.i++
      this.close()
      return { kind: 'wildcard' }
    }
    if (ch === '?') {
      this.i++
      while (p[this.i] === ' ') this.i++
      if (p[this.i] !== '(') this.fail('a filter needs parentheses: [?(...)]')
      const end = this.matchParen(this.i)
      const body = p.slice(this.i + 1, end)
      this.i = end + 1
      this.close()
      return { kind: 'filter', test: parseFilter(body, this.p) }
    }
    if (ch === "'" || ch === '"') {
      const names: string[] = []
      for (;;) {
        while (p[this.i] === ' ') this.i++
        const q = p[this.i]
        if (q !== "'" && q !== '"') this.fail(`expected a quoted name at position ${this.i}`)
        const end = p.indexOf(q, this.i + 1)
        if (end < 0) this.fail('a quoted name is not closed')
        names.push(p.slice(this.i + 1, end))
        this.i = end + 1
        while (p[this.i] === ' ') this.i++
        if (p[this.i] === ',') {
          this.i++
          continue
        }
        break
      }
      this.close()
      return { kind: 'prop', names }
    }
    const end = p.indexOf(']', this.i)
    if (end < 0) this.fail('"[" is not closed')
    const inside = p.slice(this.i, end).trim()
    this.i = end + 1
    if (inside.includes(':')) {
      const [a, b] = inside.split(':').map((x) => x.trim())
      const num = (x: string | undefined) => (x === undefined || x === '' ? null : this.int(x))
      return { kind: 'slice', from: num(a), to: num(b) }
    }
    const indexes = inside.split(',').map((x) => this.int(x.trim()))
    return { kind: 'index', indexes }
  }

  private int(x: string): number {
    if (!/^-?\d+$/.test(x)) this.fail(`"${x}" is not an array index`)
    return Number(x)
  }

  private close(): void {
    while (this.p[this.i] === ' ') this.i++
    if (this.p[this.i] !== ']') this.fail(`expected "]" at position ${this.i}`)
    this.i++
  }

  private matchParen(open: number): number {
    let depth = 0
    let quote: string | null = null
    for (let j = open; j < this.p.length; j++) {
      const c = this.p[j]!
      if (quote) {
        if (c === quote) quote = null
        continue
      }
      if (c === "'" || c === '"') quote = c
      else if (c === '(') depth++
      else if (c === ')') {
        depth--
        if (depth === 0) return j
      }
    }
    return this.fail('a filter is not closed')
  }
}

// ------------------------------------------------------------------ filters: [?(...)]

type Operand = (node: unknown, root: unknown) => unknown

function parseFilter(body: string, whole: string): Filter {
  const orParts = splitTop(body, '||')
  if (orParts.length > 1) {
    const fs = orParts.map((x) => parseFilter(x, whole))
    return (n, r) => fs.some((f) => f(n, r))
  }
  const andParts = splitTop(body, '&&')
  if (andParts.length > 1) {
    const fs = andParts.map((x) => parseFilter(x, whole))
    return (n, r) => fs.every((f) => f(n, r))
  }
  let t = body.trim()
  if (t.startsWith('(') && t.endsWith(')')) return parseFilter(t.slice(1, -1), whole)
  let negate = false
  if (t.startsWith('!')) {
    negate = true
    t = t.slice(1).trim()
  }
  const m = /^(.+?)\s*(==|!=|<=|>=|<|>|=~)\s*(.+)$/.exec(t)
  if (!m) {
    const operand = parseOperand(t, whole)
    return (n, r) => {
      const v = operand(n, r)
      return (v !== NOT_FOUND && v !== undefined) !== negate
    }
  }
  const left = parseOperand(m[1]!, whole)
  const op = m[2]!
  if (op === '=~') {
    const rm = /^\/(.*)\/([i]*)$/.exec(m[3]!.trim())
    if (!rm) throw new JsonPathError(`Invalid JSONPath ${JSON.stringify(whole)}: =~ needs a /regex/`)
    const pattern = rm[2] === 'i' ? `(?i)${rm[1]}` : rm[1]!
    return (n, r) => {
      const v = left(n, r)
      return typeof v === 'string' && javaMatches(v, pattern)
    }
  }
  const right = parseOperand(m[3]!, whole)
  return (n, r) => {
    const a = left(n, r)
    const b = right(n, r)
    if (a === NOT_FOUND || b === NOT_FOUND) return op === '!='
    switch (op) {
      case '==':
        return looseEquals(a, b)
      case '!=':
        return !looseEquals(a, b)
    }
    if (isJavaNumber(a) && isJavaNumber(b)) {
      const c = compareJavaNumbers(a, b)
      return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0
    }
    if (typeof a === 'string' && typeof b === 'string') {
      return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b
    }
    return false
  }
}

function looseEquals(a: unknown, b: unknown): boolean {
  if (isJavaNumber(a) && isJavaNumber(b)) return compareJavaNumbers(a, b) === 0
  return javaEquals(a, b)
}

function splitTop(s: string, sep: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quote: string | null = null
  let from = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (quote) {
      if (c === quote) quote = null
      continue
    }
    if (c === "'" || c === '"') quote = c
    else if (c === '(' || c === '[') depth++
    else if (c === ')' || c === ']') depth--
    else if (depth === 0 && s.startsWith(sep, i)) {
      parts.push(s.slice(from, i))
      from = i + sep.length
      i += sep.length - 1
    }
  }
  parts.push(s.slice(from))
  return parts
}

function parseOperand(src: string, whole: string): Operand {
  const t = src.trim()
  if (t.startsWith('@') || t.startsWith('$')) {
    const rel = t.startsWith('@')
    const path = `$${t.slice(1)}`
    return (n, r) => evaluateJsonPath(rel ? n : r, path)
  }
  if ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith('"') && t.endsWith('"'))) {
    const value = t.slice(1, -1)
    return () => value
  }
  if (t === 'true' || t === 'false') {
    const value = t === 'true'
    return () => value
  }
  if (t === 'null') return () => null
  if (/^-?\d+$/.test(t)) {
    const value = Number(t)
    return () => value
  }
  if (/^-?\d*\.\d+([eE][+-]?\d+)?$/.test(t)) {
    const value = new JavaDouble(Number(t))
    return () => value
  }
  throw new JsonPathError(`Invalid JSONPath ${JSON.stringify(whole)}: cannot read "${t}" in the filter`)
}
