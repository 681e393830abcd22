import { JavaDouble } from './JavaDouble'
import { javaToString } from './javaToString'
import { JavaArray, JavaMapEntry, VtlHostObject } from './javaTypes'

/**
 * json-smart's `JSONValue.toJSONString(value)` with its default style (what AWS's JSON lists
 * print as, and what `$input.json` returns): compact, keys always quoted, and strings escaped
 * "for the web" — `/` becomes `\/`, control characters and U+007F–U+009F, U+2000–U+20FF become
 * `\uXXXX` (upper-case hex).
 */
export function toJsonSmartString(v: unknown): string {
  return writeJson(v)
}

function writeJson(x: unknown): string {
  if (x === null || x === undefined) return 'null'
  switch (typeof x) {
    case 'string':
      return quoteJsonSmart(x)
    case 'boolean':
    case 'bigint':
      return String(x)
    case 'number':
      return Number.isFinite(x) ? javaToString(x) : 'null'
  }
  if (x instanceof JavaDouble) return Number.isFinite(x.value) ? x.toString() : 'null'
  if (Array.isArray(x) || x instanceof JavaArray) {
    const items = Array.isArray(x) ? x : x.items
    let out = '['
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out += ','
      out += writeJson(items[i])
    }
    return `${out}]`
  }
  if (x instanceof Map) {
    let out = '{'
    let first = true
    for (const [k, val] of x) {
      if (first) first = false
      else out += ','
      out += quoteJsonSmart(
        k === null || k === undefined ? 'null' : typeof k === 'string' ? k : javaToString(k),
      )
      out += ':'
      out += writeJson(val)
    }
    return `${out}}`
  }
  if (x instanceof JavaMapEntry || x instanceof VtlHostObject) return quoteJsonSmart(javaToString(x))
  return quoteJsonSmart(javaToString(x))
}

const HEX = '0123456789ABCDEF'

const NEEDS_ESCAPE = /["\\/\u0000-\u001f\u007f-\u009f\u2000-\u20ff]/

/** A JSON string literal with json-smart's web-safe escaping. */
export function quoteJsonSmart(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`
  let out = '"'
  let from = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    let rep: string | undefined
    switch (c) {
      case 0x22:
        rep = '\\"'
        break
      case 0x5c:
        rep = '\\\\'
        break
      case 0x08:
        rep = '\\b'
        break
      case 0x0c:
        rep = '\\f'
        break
      case 0x0a:
        rep = '\\n'
        break
      case 0x0d:
        rep = '\\r'
        break
      case 0x09:
        rep = '\\t'
        break
      case 0x2f:
        rep = '\\/'
        break
      default:
        if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x20ff)) {
          rep = `\\u${HEX[(c >> 12) & 15]}${HEX[(c >> 8) & 15]}${HEX[(c >> 4) & 15]}${HEX[c & 15]}`
        }
    }
    if (rep !== undefined) {
      out += s.slice(from, i) + rep
      from = i + 1
    }
  }
  return `${out + s.slice(from)}"`
}
