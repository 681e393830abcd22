import { JavaDouble } from '../../vtl/java/JavaDouble'
import { markJsonList } from '../../vtl/java/javaTypes'
import { toJsonSmartString } from '../../vtl/java/jsonSmart'
import { followLive } from './followLive'
import type { Step } from './jsonPath'

/**
 * The fastest reading of a request body: the platform's `JSON.parse` (which also validates
 * it), with Java values built only for what the template reads. Used only when JSON.parse
 * loses nothing json-smart would keep (see `parsesLosslessly`); anything else goes to
 * `JsonBody`, which reads the text itself.
 */
type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain }
type Live = Map<string, unknown> | unknown[]

export class ParsedJsonBody {
  /** Java containers built for the template, by the parsed value they came from. */
  private readonly live = new Map<object, Live>()

  private constructor(readonly root: Plain) {}

  /** Parses the text; null when it is not a JSON object/array or JSON.parse would lose something. */
  static open(text: string): ParsedJsonBody | null {
    let i = 0
    while (i < text.length && text.charCodeAt(i) <= 32) i++
    const c = text.charCodeAt(i)
    if (c !== 123 && c !== 91) return null
    if (!parsesLosslessly(text)) return null
    try {
      return new ParsedJsonBody(JSON.parse(text) as Plain)
    } catch {
      return null
    }
  }

  /** Follows a definite path: the parsed value, or the live Java value once inside one; null if none. */
  find(steps: readonly Step[]): { plain: Plain } | { value: unknown } | null {
    let v: Plain = this.root
    for (let k = 0; k < steps.length; k++) {
      if (this.live.size > 0 && v !== null && typeof v === 'object') {
        const cached = this.live.get(v)
        if (cached !== undefined) return followLive(cached, steps, k)
      }
      const step = steps[k]!
      if (step.kind === 'prop') {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) return null
        const name = step.names[0]!
        if (!Object.hasOwn(v, name)) return null
        v = v[name]!
      } else if (step.kind === 'index') {
        if (!Array.isArray(v)) return null
        const i = step.indexes[0]!
        const at = i < 0 ? v.length + i : i
        if (at < 0 || at >= v.length) return null
        v = v[at]!
      } else return null
    }
    if (this.live.size > 0 && v !== null && typeof v === 'object') {
      const cached = this.live.get(v)
      if (cached !== undefined) return { value: cached }
    }
    return { plain: v }
  }

  /** The Java value of a parsed value (containers cached, so they keep their identity). */
  valueAt(v: Plain): unknown {
    if (v === null || typeof v !== 'object') return scalar(v)
    const cached = this.live.get(v)
    if (cached !== undefined) return cached
    const out = this.build(v)
    this.live.set(v, out)
    return out
  }

  /**
   * A container's Java value. The items of a list are not cached by their parsed value: once
   * the list is live, every path to them goes through it (`find` follows live values), so
   * they keep their identity without the cost of a cache entry each.
   */
  private build(v: Plain[] | { [k: string]: Plain }): Live {
    if (!Array.isArray(v)) return new JsonObjectView(v, this)
    const list: unknown[] = new Array(v.length)
    for (let i = 0; i < v.length; i++) {
      const e = v[i]!
      // an item handed out earlier (through a path into the list) stays the same object
      list[i] = e === null || typeof e !== 'object' ? scalar(e) : (this.live.get(e) ?? this.build(e))
    }
    return markJsonList(list)
  }

  /** `$input.json` of a parsed value, in json-smart's format. */
  jsonAt(v: Plain): string {
    if (this.live.size > 0) return toJsonSmartString(this.valueAt(v))
    return writePlain(v)
  }
}

const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size')!.get!

/**
 * A JSON object as the Java Map the template sees, built only when needed: `get` and `has`
 * read the parsed object (nested containers through the body's cache, so they keep their
 * identity); anything else — size, iteration, `put`, `remove` — first copies the entries into
 * the Map itself (in the parsed order) and from then on it is an ordinary Map. A `#foreach`
 * that reads three fields of each item thus never builds the rest.
 */
class JsonObjectView extends Map<string, unknown> {
  private pending: { [k: string]: Plain } | null

  constructor(
    plain: { [k: string]: Plain },
    private readonly body: ParsedJsonBody,
  ) {
    super()
    this.pending = plain
  }

  /** Copies the entries into the Map (once). */
  private own(): void {
    const p = this.pending
    if (p === null) return
    this.pending = null
    const keys = Object.keys(p)
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!
      super.set(k, this.body.valueAt(p[k]!))
    }
  }

  override get(key: string): unknown {
    const p = this.pending
    if (p === null) return super.get(key)
    if (typeof key !== 'string') return undefined
    // one property read: parsed JSON holds no undefined and no functions, so either means the
    // key is absent (or inherited, as `toString` is); `__proto__` is the one inherited non-function
    const v = p[key]
    if (v === undefined || typeof v === 'function') return undefined
    if (key === '__proto__' && !Object.hasOwn(p, key)) return undefined
    return this.body.valueAt(v)
  }

  override has(key: string): boolean {
    const p = this.pending
    if (p === null) return super.has(key)
    return typeof key === 'string' && Object.hasOwn(p, key)
  }

  override set(key: string, value: unknown): this {
    this.own()
    return super.set(key, value)
  }

  override delete(key: string): boolean {
    this.own()
    return super.delete(key)
  }

  override clear(): void {
    this.pending = null
    super.clear()
  }

  override keys(): MapIterator<string> {
    this.own()
    return super.keys()
  }

  override values(): MapIterator<unknown> {
    this.own()
    return super.values()
  }

  override entries(): MapIterator<[string, unknown]> {
    this.own()
    return super.entries()
  }

  override [Symbol.iterator](): MapIterator<[string, unknown]> {
    this.own()
    return super.entries()
  }

  override forEach(
    fn: (value: unknown, key: string, map: Map<string, unknown>) => void,
    thisArg?: unknown,
  ): void {
    this.own()
    super.forEach(fn, thisArg)
  }

  /** Map's `size`, after copying the entries. */
  static {
    Object.defineProperty(JsonObjectView.prototype, 'size', {
      get(this: JsonObjectView) {
        this.own()
        return mapSize.call(this)
      },
    })
  }
}

function scalar(v: null | boolean | number | string): unknown {
  if (typeof v === 'number' && !Number.isInteger(v)) return new JavaDouble(v)
  if (Object.is(v, -0)) return 0
  return v
}

/**
 * json-smart's text of a parsed value: the platform's JSON.stringify (same structure and
 * numbers, given `parsesLosslessly` ruled out the differences), with its string escaping turned into
 * json-smart's: `/` → `\/`, U+007F–U+009F and U+2000–U+20FF as `\uXXXX`, upper-case hex,
 * lone surrogates left raw.
 */
function writePlain(v: Plain): string {
  return JSON.stringify(v).replace(SMART_FIXUPS_G, fixup)
}

const SMART_FIXUPS_G = /\\\\|\/|[\u007f-\u009f\u2000-\u20ff]|\\u[0-9a-f]{4}/g

function fixup(m: string): string {
  if (m === '\\\\') return m
  if (m === '/') return '\\/'
  if (m.length === 1) return `\\u${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
  const code = Number.parseInt(m.slice(2), 16)
  // JSON.stringify escapes lone surrogates; json-smart writes them as they are
  if (code >= 0xd800 && code <= 0xdfff) return String.fromCharCode(code)
  return `\\u${m.slice(2).toUpperCase()}`
}

/**
 * A quick proof, by the platform's string search, that `JSON.parse` loses nothing: every case
 * `parsesLosslesslyExact` refuses needs a digit followed by `e`/`E`, eight digits in a row, a digit then
 * `"` and `:` (an all-digit key), or a `.0` whose fraction is all zeros or that is `0.00…`.
 * Strings are not skipped, so text inside them can only make the answer false (then the exact
 * pass decides).
 */
const MAYBE_LOSSY = /\d(?:[eE]|\d{7}|"\s*:)/

export function surelyLossless(s: string): boolean {
  if (MAYBE_LOSSY.test(s)) return false
  const n = s.length
  for (let i = s.indexOf('.0'); i >= 0; i = s.indexOf('.0', i + 2)) {
    let j = i + 2
    while (j < n && s.charCodeAt(j) === 48) j++
    const next = j < n ? s.charCodeAt(j) : 0
    if (!(next >= 49 && next <= 57)) return false // a whole-valued decimal such as 1.0
    // 0.00…: below 0.01 (a zero integer part: "0" not preceded by another digit)
    if (j - i >= 3 && s.charCodeAt(i - 1) === 48) {
      const before = i >= 2 ? s.charCodeAt(i - 2) : 0
      if (!(before >= 48 && before <= 57)) return false
    }
  }
  return true
}

/**
 * Whether `JSON.parse` loses nothing json-smart keeps — a whole-valued decimal (`1.0`, which
 * would read as the integer 1), an exponent, 16 or more digits, a decimal of 8+ integer digits
 * or below 0.01 (printed in E-notation), a decimal of 16+ significant digits (json-smart reads
 * 19+ characters as a BigDecimal), or an all-digit object key (JavaScript would move it
 * first). Conservative: a true answer is exact, a false one only costs the slower reader.
 * Invalid text may pass; the parse then rejects it.
 */
export function parsesLosslessly(s: string): boolean {
  return surelyLossless(s) || parsesLosslesslyExact(s)
}

/** The exact check: one pass over the text, strings skipped. */
export function parsesLosslesslyExact(s: string): boolean {
  const n = s.length
  let i = 0
  while (i < n) {
    let c = s.charCodeAt(i)
    if (c === 34) {
      // a string: find its end with the platform's search (a quote after an even run of \\)
      const start = i
      let j = s.indexOf('"', i + 1)
      for (;;) {
        if (j < 0) return true // unterminated: JSON.parse rejects the text
        let b = j - 1
        while (s.charCodeAt(b) === 92) b--
        if ((j - 1 - b) % 2 === 0) break
        j = s.indexOf('"', j + 1)
      }
      i = j + 1
      // an all-digit key would be moved first by JavaScript
      c = s.charCodeAt(start + 1)
      if (c >= 48 && c <= 57) {
        let k = start + 2
        c = s.charCodeAt(k)
        while (c >= 48 && c <= 57) c = s.charCodeAt(++k)
        if (k === j) {
          c = s.charCodeAt(++k)
          while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++k)
          if (c === 58) return false
        }
      }
      continue
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      if (c === 45) c = s.charCodeAt(++i)
      const intStart = i
      while (c >= 48 && c <= 57) c = s.charCodeAt(++i)
      const intDigits = i - intStart
      if (c === 101 || c === 69) return false
      if (c !== 46) {
        if (intDigits >= 16) return false
        continue
      }
      c = s.charCodeAt(++i)
      const fracStart = i
      let nonZero = false
      while (c >= 48 && c <= 57) {
        if (c !== 48) nonZero = true
        c = s.charCodeAt(++i)
      }
      const fracDigits = i - fracStart
      if (c === 101 || c === 69) return false
      if (!nonZero || intDigits >= 8 || intDigits + fracDigits >= 16) return false
      // 0.00x: below 0.01
      if (
        intDigits === 1 &&
        s.charCodeAt(intStart) === 48 &&
        fracDigits >= 2 &&
        s.charCodeAt(fracStart) === 48 &&
        s.charCodeAt(fracStart + 1) === 48
      )
        return false
      continue
    }
    i++
  }
  return true
}
