import { isJavaDoubleText, JavaDouble } from '../../vtl/java/JavaDouble'
import { markJsonList } from '../../vtl/java/javaTypes'
import { quoteJsonSmart, toJsonSmartString } from '../../vtl/java/jsonSmart'
import { followLive } from './followLive'
import type { Step } from './jsonPath'

/**
 * A request body that is strictly valid JSON (an object or an array), read lazily: the text is
 * checked once, then `$input.path`/`$input.json` on a definite path walk the text, and only
 * the value asked for becomes Java values (Maps and lists). `$input.json` copies text into
 * json-smart's format without building values at all. What a template gets is cached by
 * offset, so it stays the same object: a `put` on it is seen by later reads, as in AWS's
 * parse-once document. Bodies that are not strict JSON go to the permissive parser instead.
 */
export class JsonBody {
  /** Containers handed to the template (or built for it), by their start offset. */
  private readonly live = new Map<number, Map<string, unknown> | unknown[]>()
  private readonly objectIndexes = new Map<number, Map<string, number>>()
  private readonly arrayIndexes = new Map<number, number[]>()

  private constructor(
    private readonly s: string,
    readonly root: number,
    /** End offset of every container, by start offset (from the validating pass). */
    private readonly ends: Map<number, number>,
  ) {}

  /** Checks the text; null when it is not a strict JSON object or array (or has odd keys). */
  static open(text: string): JsonBody | null {
    let i = 0
    const n = text.length
    while (i < n && text.charCodeAt(i) <= 32) i++
    const c = text.charCodeAt(i)
    if (c !== 123 && c !== 91) return null
    const ends = new Map<number, number>()
    const end = validate(text, i, ends)
    if (end < 0) return null
    let j = end
    while (j < n && text.charCodeAt(j) <= 32) j++
    return j === n ? new JsonBody(text, i, ends) : null
  }

  /**
   * Follows a definite path: `{ offset }` of the value in the text, `{ value }` once the walk
   * enters something already handed to the template (the live value), or null when no match.
   */
  find(steps: readonly Step[]): { offset: number } | { value: unknown } | null {
    let off = this.root
    for (let k = 0; k < steps.length; k++) {
      const cached = this.live.get(off)
      if (cached !== undefined) return followLive(cached, steps, k)
      const step = steps[k]!
      if (step.kind === 'prop') {
        if (this.s.charCodeAt(off) !== 123) return null
        const at = this.member(off, step.names[0]!)
        if (at === undefined) return null
        off = at
      } else if (step.kind === 'index') {
        if (this.s.charCodeAt(off) !== 91) return null
        const items = this.arrayIndex(off)
        const i = step.indexes[0]!
        const at = items[i < 0 ? items.length + i : i]
        if (at === undefined) return null
        off = at
      } else return null
    }
    const cached = this.live.get(off)
    return cached !== undefined ? { value: cached } : { offset: off }
  }

  /** The Java value at an offset (containers are cached, so they keep their identity). */
  valueAt(off: number): unknown {
    const c = this.s.charCodeAt(off)
    if (c === 123 || c === 91) {
      const cached = this.live.get(off)
      if (cached !== undefined) return cached
      const reader = new ValueReader(this.s, off, this.live, this.ends)
      const v = reader.value() as Map<string, unknown> | unknown[]
      this.live.set(off, v)
      return v
    }
    return new ValueReader(this.s, off, this.live, this.ends).value()
  }

  /** `$input.json` of the value at an offset, in json-smart's format. */
  jsonAt(off: number): string {
    if (this.live.size === 0) {
      const fast = new JsonCopier(this.s, this.ends).copy(off)
      if (fast !== null) return fast
    }
    return toJsonSmartString(this.valueAt(off))
  }

  /** Objects looked up once already: the second lookup builds an index. */
  private readonly lookedUp = new Set<number>()

  /** Offset of the value of `name` in the object at `off` (the last one, if repeated). */
  private member(off: number, name: string): number | undefined {
    const index = this.objectIndexes.get(off)
    if (index !== undefined) return index.get(name)
    if (this.lookedUp.has(off)) return this.objectIndex(off).get(name)
    this.lookedUp.add(off)
    // first lookup: scan the keys without building anything
    const s = this.s
    let found: number | undefined
    let i = off + 1
    for (;;) {
      i = skipWs(s, i)
      if (s.charCodeAt(i) === 125) return found
      const keyEnd = stringEnd(s, i)
      let same = keyEnd - i - 2 === name.length
      if (same) {
        for (let k = 0; k < name.length; k++) {
          if (s.charCodeAt(i + 1 + k) !== name.charCodeAt(k)) {
            same = false
            break
          }
        }
      }
      i = skipWs(s, skipWs(s, keyEnd) + 1)
      if (same) found = i
      i = skipWs(s, this.skip(i))
      if (s.charCodeAt(i) === 44) i++
      else return found
    }
  }

  private objectIndex(off: number): Map<string, number> {
    let index = this.objectIndexes.get(off)
    if (index === undefined) {
      index = new Map()
      const s = this.s
      let i = off + 1
      for (;;) {
        i = skipWs(s, i)
        if (s.charCodeAt(i) === 125) break
        const keyEnd = stringEnd(s, i)
        const key = readString(s, i, keyEnd)
        i = skipWs(s, keyEnd) + 1 // past ':'
        i = skipWs(s, i)
        index.set(key, i)
        i = skipWs(s, this.skip(i))
        if (s.charCodeAt(i) === 44) i++
        else break
      }
      this.objectIndexes.set(off, index)
    }
    return index
  }

  private arrayIndex(off: number): number[] {
    let index = this.arrayIndexes.get(off)
    if (index === undefined) {
      index = []
      const s = this.s
      let i = skipWs(s, off + 1)
      if (s.charCodeAt(i) !== 93) {
        for (;;) {
          index.push(i)
          i = skipWs(s, this.skip(i))
          if (s.charCodeAt(i) === 44) i = skipWs(s, i + 1)
          else break
        }
      }
      this.arrayIndexes.set(off, index)
    }
    return index
  }

  /** End offset of the (valid) value at `i`. */
  private skip(i: number): number {
    return skipValue(this.s, i, this.ends)
  }
}

function skipWs(s: string, i: number): number {
  let c = s.charCodeAt(i)
  while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++i)
  return i
}

/** Offset just past the closing quote of the string starting at `i` (text already valid). */
function stringEnd(s: string, i: number): number {
  let j = i + 1
  for (;;) {
    const c = s.charCodeAt(j)
    if (c === 34) return j + 1
    j += c === 92 ? 2 : 1
  }
}

function readString(s: string, start: number, end: number): string {
  const raw = s.slice(start + 1, end - 1)
  return raw.includes('\\') ? (JSON.parse(s.slice(start, end)) as string) : raw
}

function skipValue(s: string, i: number, ends: Map<number, number>): number {
  const c = s.charCodeAt(i)
  if (c === 123 || c === 91) return ends.get(i)!
  if (c === 34) return stringEnd(s, i)
  let j = i + 1
  for (;;) {
    const d = s.charCodeAt(j)
    if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9 || Number.isNaN(d))
      return j
    j++
  }
}

/**
 * One strict pass over the text: returns the end offset of the value at `i`, or -1 if the text
 * is not strict JSON (or has a key with escapes, which the fast paths do not compare). Records
 * where each container ends.
 */
function validate(s: string, start: number, ends: Map<number, number>): number {
  // an explicit stack instead of recursion: bodies may nest deeply
  const stack: number[] = []
  let i = start
  for (;;) {
    i = skipWs(s, i)
    let c = s.charCodeAt(i)
    // a value starts at i
    if (c === 123) {
      stack.push(i)
      i = skipWs(s, i + 1)
      if (s.charCodeAt(i) === 125) {
        ends.set(stack.pop()!, i + 1)
        i++
      } else {
        if (s.charCodeAt(i) !== 34) return -1
        const k = validString(s, i, true)
        if (k < 0) return -1
        i = skipWs(s, k)
        if (s.charCodeAt(i) !== 58) return -1
        i++
        continue
      }
    } else if (c === 91) {
      stack.push(i)
      i = skipWs(s, i + 1)
      if (s.charCodeAt(i) === 93) {
        ends.set(stack.pop()!, i + 1)
        i++
      } else continue
    } else if (c === 34) {
      i = validString(s, i, false)
      if (i < 0) return -1
    } else if (c === 116) {
      if (!s.startsWith('true', i)) return -1
      i += 4
    } else if (c === 102) {
      if (!s.startsWith('false', i)) return -1
      i += 5
    } else if (c === 110) {
      if (!s.startsWith('null', i)) return -1
      i += 4
    } else {
      i = validNumber(s, i)
      if (i < 0) return -1
    }
    // after a value: close containers or go on to the next item
    for (;;) {
      if (stack.length === 0) return i
      i = skipWs(s, i)
      c = s.charCodeAt(i)
      const open = stack[stack.length - 1]!
      const inObject = s.charCodeAt(open) === 123
      if (c === 44) {
        i = skipWs(s, i + 1)
        if (inObject) {
          if (s.charCodeAt(i) !== 34) return -1
          const k = validString(s, i, true)
          if (k < 0) return -1
          i = skipWs(s, k)
          if (s.charCodeAt(i) !== 58) return -1
          i++
        }
        break
      }
      if ((inObject && c === 125) || (!inObject && c === 93)) {
        ends.set(stack.pop()!, i + 1)
        i++
        continue
      }
      return -1
    }
  }
}

function validString(s: string, i: number, isKey: boolean): number {
  let j = i + 1
  for (;;) {
    const c = s.charCodeAt(j)
    if (c === 34) return j + 1
    if (Number.isNaN(c)) return -1 // the text ended
    if (c === 92) {
      if (isKey) return -1
      const e = s.charCodeAt(j + 1)
      if (e === 117) {
        for (let k = 2; k < 6; k++) {
          const h = s.charCodeAt(j + k)
          if (!((h >= 48 && h <= 57) || (h >= 65 && h <= 70) || (h >= 97 && h <= 102))) return -1
        }
        j += 6
        continue
      }
      // " \ / b f n r t
      if (e !== 34 && e !== 92 && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116)
        return -1
      j += 2
      continue
    }
    j++
  }
}

function validNumber(s: string, i: number): number {
  let j = i
  if (s.charCodeAt(j) === 45) j++
  let c = s.charCodeAt(j)
  if (!(c >= 48 && c <= 57)) return -1
  if (c === 48 && s.charCodeAt(j + 1) >= 48 && s.charCodeAt(j + 1) <= 57) return -1
  while (c >= 48 && c <= 57) c = s.charCodeAt(++j)
  if (c === 46) {
    c = s.charCodeAt(++j)
    if (!(c >= 48 && c <= 57)) return -1
    while (c >= 48 && c <= 57) c = s.charCodeAt(++j)
  }
  if (c === 101 || c === 69) {
    c = s.charCodeAt(++j)
    if (c === 43 || c === 45) c = s.charCodeAt(++j)
    if (!(c >= 48 && c <= 57)) return -1
    while (c >= 48 && c <= 57) c = s.charCodeAt(++j)
  }
  return j
}

/** A JSON number lexeme as json-smart reads it (Integer/Long/BigInteger or Double). */
export function jsonNumber(text: string): number | bigint | JavaDouble {
  let decimal = false
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c === 46 || c === 101 || c === 69) {
      decimal = true
      break
    }
  }
  if (decimal) {
    if (text.length > 18) return new JavaDouble(Number(text), text)
    return isJavaDoubleText(text)
      ? new JavaDouble(Number(text), undefined, text)
      : new JavaDouble(Number(text))
  }
  if (text.length < 16) return Number(text)
  const big = BigInt(text)
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big
}

/** Builds Java values from (valid) text, reusing containers already handed to the template. */
class ValueReader {
  private pos: number
  constructor(
    private readonly s: string,
    start: number,
    private readonly live: Map<number, Map<string, unknown> | unknown[]>,
    private readonly ends: Map<number, number>,
  ) {
    this.pos = start
  }

  value(): unknown {
    const s = this.s
    const start = skipWs(s, this.pos)
    const c = s.charCodeAt(start)
    if ((c === 123 || c === 91) && this.live.size > 0) {
      const cached = this.live.get(start)
      if (cached !== undefined) {
        this.pos = this.ends.get(start)!
        return cached
      }
    }
    if (c === 123) {
      const map = new Map<string, unknown>()
      let i = skipWs(s, start + 1)
      if (s.charCodeAt(i) === 125) {
        this.pos = i + 1
        return map
      }
      for (;;) {
        const keyEnd = stringEnd(s, i)
        const key = readString(s, i, keyEnd)
        this.pos = skipWs(s, keyEnd) + 1
        map.set(key, this.value())
        i = skipWs(s, this.pos)
        if (s.charCodeAt(i) === 44) i = skipWs(s, i + 1)
        else {
          this.pos = i + 1
          return map
        }
      }
    }
    if (c === 91) {
      const list: unknown[] = []
      let i = skipWs(s, start + 1)
      if (s.charCodeAt(i) === 93) {
        this.pos = i + 1
        return markJsonList(list)
      }
      this.pos = i
      for (;;) {
        list.push(this.value())
        i = skipWs(s, this.pos)
        if (s.charCodeAt(i) === 44) this.pos = i + 1
        else {
          this.pos = i + 1
          return markJsonList(list)
        }
      }
    }
    if (c === 34) {
      const end = stringEnd(s, start)
      this.pos = end
      return readString(s, start, end)
    }
    if (c === 116) {
      this.pos = start + 4
      return true
    }
    if (c === 102) {
      this.pos = start + 5
      return false
    }
    if (c === 110) {
      this.pos = start + 4
      return null
    }
    const end = skipValue(s, start, this.ends)
    this.pos = end
    return jsonNumber(s.slice(start, end))
  }
}

/** Set by `scanString`: the string just scanned has characters json-smart escapes (or escapes). */
let stringNeedsWork = false

/** Like `stringEnd`, noting whether the string needs re-escaping for json-smart. */
function scanString(s: string, i: number): number {
  let j = i + 1
  let work = false
  for (;;) {
    const c = s.charCodeAt(j)
    if (c === 34) break
    if (c === 92) {
      work = true
      j += 2
      continue
    }
    if (c === 47 || c < 32 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x20ff)) work = true
    j++
  }
  stringNeedsWork = work
  return j + 1
}

function sameText(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false
  return true
}

/**
 * Copies (valid) JSON text into json-smart's output format without building values: spaces
 * dropped, strings re-escaped the web-safe way, numbers printed as Java prints them. Returns
 * null when an object repeats a key (json-smart would keep one), for the slow path.
 */
class JsonCopier {
  constructor(
    private readonly s: string,
    private readonly ends: Map<number, number>,
  ) {}

  copy(start: number): string | null {
    const s = this.s
    const end = skipValue(s, start, this.ends)
    const keyStack: number[][] = []
    let out = ''
    let i = start
    let from = i // start of text that can be copied as is
    while (i < end) {
      const c = s.charCodeAt(i)
      if (c === 34) {
        const e = scanString(s, i)
        const work = stringNeedsWork
        let k = e
        let d = s.charCodeAt(k)
        while (d === 32 || d === 10 || d === 13 || d === 9) d = s.charCodeAt(++k)
        if (d === 58) {
          // a key: json-smart keeps one entry per key
          const keys = keyStack[keyStack.length - 1]!
          const len = e - i
          for (let q = 0; q < keys.length; q += 2) {
            if (keys[q + 1] === len && sameText(s, keys[q]!, i, len)) return null
          }
          keys.push(i, len)
        }
        if (work) {
          const inner = s.slice(i + 1, e - 1)
          out +=
            s.slice(from, i) +
            quoteJsonSmart(inner.includes('\\') ? (JSON.parse(s.slice(i, e)) as string) : inner)
          from = e
        }
        i = e
        continue
      }
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        out += s.slice(from, i)
        i = skipWs(s, i)
        from = i
        continue
      }
      if (c === 123) {
        keyStack.push([])
        i++
        continue
      }
      if (c === 125) {
        keyStack.pop()
        i++
        continue
      }
      if (c === 45 || (c >= 48 && c <= 57)) {
        let e = i + 1
        let plain = true // digits only: printed as written (a lone "-0" aside)
        for (;;) {
          const d = s.charCodeAt(e)
          if (d >= 48 && d <= 57) e++
          else if (d === 46 || d === 101 || d === 69 || d === 43 || d === 45) {
            plain = false
            e++
          } else break
        }
        if (!plain || e - i >= 16 || (c === 45 && e - i === 2 && s.charCodeAt(i + 1) === 48)) {
          const text = s.slice(i, e)
          if (plain || !isJavaDoubleText(text)) {
            const printed = printNumber(text)
            if (printed !== text) {
              out += s.slice(from, i) + printed
              from = e
            }
          }
        }
        i = e
        continue
      }
      i++
    }
    return out + s.slice(from, end)
  }
}

/** How json-smart prints a number lexeme (after reading it as Java does). */
function printNumber(text: string): string {
  const v = jsonNumber(text)
  if (typeof v === 'number') return String(v)
  if (typeof v === 'bigint') return v.toString()
  return Number.isFinite(v.value) ? v.toString() : 'null'
}
