import { JavaDouble } from '../../vtl/java/JavaDouble'
import { markJsonList } from '../../vtl/java/javaTypes'
import { toJsonSmartString } from '../../vtl/java/jsonSmart'
import type { Step } from './jsonPath'

/**
 * The fastest reading of a request body: the platform's `JSON.parse` (which also validates
 * it), with Java values built only for what the template reads. Used only when JSON.parse
 * loses nothing json-smart would keep — no number that is a whole-valued decimal (`1.0`), an
 * exponent, 16+ digits, or a decimal Java prints in E-notation, and no all-digit object key
 * (JavaScript would reorder it). Anything else goes to `JsonBody`, which reads the text itself.
 */
const LOSSY = /[0-9](?:\.0+(?![0-9])|[eE]|[0-9]{15}|[0-9]{7}\.)|[^0-9]0\.00[0-9]|"[0-9]+"\s*:/

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
    if (LOSSY.test(text)) return null
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
    let out: Live
    if (Array.isArray(v)) {
      const list: unknown[] = new Array(v.length)
      for (let i = 0; i < v.length; i++) list[i] = this.valueAt(v[i]!)
      out = markJsonList(list)
    } else {
      const map = new Map<string, unknown>()
      const keys = Object.keys(v)
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!
        map.set(k, this.valueAt(v[k]!))
      }
      out = map
    }
    this.live.set(v, out)
    return out
  }

  /** `$input.json` of a parsed value, in json-smart's format. */
  jsonAt(v: Plain): string {
    if (this.live.size > 0) return toJsonSmartString(this.valueAt(v))
    return writePlain(v)
  }
}

function scalar(v: null | boolean | number | string): unknown {
  if (typeof v === 'number' && !Number.isInteger(v)) return new JavaDouble(v)
  if (Object.is(v, -0)) return 0
  return v
}

function followLive(value: unknown, steps: readonly Step[], from: number): { value: unknown } | null {
  let v = value
  for (let k = from; k < steps.length; k++) {
    const step = steps[k]!
    if (step.kind === 'prop') {
      if (!(v instanceof Map) || !v.has(step.names[0]!)) return null
      v = v.get(step.names[0]!)
    } else if (step.kind === 'index') {
      if (!Array.isArray(v)) return null
      const i = step.indexes[0]!
      const at = i < 0 ? v.length + i : i
      if (at < 0 || at >= v.length) return null
      v = v[at]
    } else return null
  }
  return { value: v }
}

/**
 * json-smart's text of a parsed value: the platform's JSON.stringify (same structure and
 * numbers, given `LOSSY` ruled out the differences), with its string escaping turned into
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
