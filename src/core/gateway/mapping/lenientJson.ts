import { markJsonList } from '../../vtl/java/javaTypes'
import { jsonNumber } from './JsonBody'

/**
 * A failed parse, with json-smart's wording (`Unexpected End Of File position 1: null`), which
 * AWS puts after "Could not process payload" in its 400 answer.
 */
export class JsonSmartParseError extends Error {
  override readonly name = 'JsonSmartParseError'
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message)
  }

  /** As Java prints the exception: `net.minidev.json.parser.ParseException: <message>`. */
  get javaText(): string {
    return `net.minidev.json.parser.ParseException: ${this.message}`
  }
}

/**
 * Parses text the way AWS's mapping engine does (json-smart in permissive mode, with an ordered
 * reader): objects become `Map`s in key order, arrays become json-smart lists (printed as JSON),
 * integers stay integers (bigint past 2^53), decimals become doubles. Permissive means: text
 * that is not JSON at all is a string (`a=b`, `null{`), keys and strings may be unquoted or
 * single-quoted, extra commas are ignored, and anything after a complete value is ignored. Text
 * that starts an object or array but breaks off throws `JsonSmartParseError`.
 */
export function parseLenientJson(text: string): unknown {
  const fast = parseStrictJson(text)
  return fast !== NOT_STRICT ? fast : new LenientParser(text).parseTop()
}

const NOT_STRICT: unique symbol = Symbol('not strict JSON')

/**
 * The fast path for the common case, a strictly valid JSON object or array: one pass, no
 * backtracking. Anything it does not expect (and every error) goes to the permissive parser,
 * which gives the same values for strict JSON and json-smart's messages for broken input.
 */
function parseStrictJson(s: string): unknown {
  let i = 0
  const n = s.length
  while (i < n && s.charCodeAt(i) <= 32) i++
  const first = s.charCodeAt(i)
  if (first !== 123 && first !== 91) return NOT_STRICT
  const r = new StrictReader(s, i)
  try {
    const v = r.value()
    let j = r.pos
    while (j < n && s.charCodeAt(j) <= 32) j++
    return j === n ? v : NOT_STRICT
  } catch (e) {
    if (e === NOT_STRICT) return NOT_STRICT
    throw e
  }
}

class StrictReader {
  constructor(
    private readonly s: string,
    public pos: number,
  ) {}

  private ws(): number {
    const s = this.s
    let i = this.pos
    let c = s.charCodeAt(i)
    while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++i)
    this.pos = i
    return c
  }

  value(): unknown {
    const c = this.ws()
    switch (c) {
      case 123: {
        this.pos++
        const map = new Map<string, unknown>()
        if (this.ws() === 125) {
          this.pos++
          return map
        }
        for (;;) {
          if (this.ws() !== 34) throw NOT_STRICT
          const key = this.string()
          if (this.ws() !== 58) throw NOT_STRICT
          this.pos++
          map.set(key, this.value())
          const d = this.ws()
          this.pos++
          if (d === 44) continue
          if (d === 125) return map
          throw NOT_STRICT
        }
      }
      case 91: {
        this.pos++
        const list: unknown[] = []
        if (this.ws() === 93) {
          this.pos++
          return markJsonList(list)
        }
        for (;;) {
          list.push(this.value())
          const d = this.ws()
          this.pos++
          if (d === 44) continue
          if (d === 93) return markJsonList(list)
          throw NOT_STRICT
        }
      }
      case 34:
        return this.string()
      case 116:
        return this.word('true', true)
      case 102:
        return this.word('false', false)
      case 110:
        return this.word('null', null)
    }
    if (c === 45 || (c >= 48 && c <= 57)) return this.number()
    throw NOT_STRICT
  }

  private word(w: string, v: unknown): unknown {
    if (!this.s.startsWith(w, this.pos)) throw NOT_STRICT
    this.pos += w.length
    return v
  }

  private string(): string {
    const s = this.s
    const start = this.pos + 1
    let i = start
    for (;;) {
      const c = s.charCodeAt(i)
      if (c === 34) {
        this.pos = i + 1
        return s.slice(start, i)
      }
      if (c === 92) break
      if (Number.isNaN(c)) throw NOT_STRICT
      i++
    }
    // has escapes
    let out = s.slice(start, i)
    for (;;) {
      const c = s.charCodeAt(i)
      if (c === 34) {
        this.pos = i + 1
        return out
      }
      if (Number.isNaN(c)) throw NOT_STRICT
      if (c !== 92) {
        out += s[i]
        i++
        continue
      }
      const e = s[i + 1]
      i += 2
      switch (e) {
        case 'n':
          out += '\n'
          break
        case 't':
          out += '\t'
          break
        case 'r':
          out += '\r'
          break
        case 'b':
          out += '\b'
          break
        case 'f':
          out += '\f'
          break
        case '"':
        case '\\':
        case '/':
          out += e
          break
        case 'u': {
          const hex = s.slice(i, i + 4)
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw NOT_STRICT
          out += String.fromCharCode(Number.parseInt(hex, 16))
          i += 4
          break
        }
        default:
          throw NOT_STRICT
      }
    }
  }

  private number(): unknown {
    const s = this.s
    const start = this.pos
    let i = start
    if (s.charCodeAt(i) === 45) i++
    let c = s.charCodeAt(i)
    if (!(c >= 48 && c <= 57)) throw NOT_STRICT
    while (c >= 48 && c <= 57) c = s.charCodeAt(++i)
    let decimal = false
    if (c === 46) {
      decimal = true
      c = s.charCodeAt(++i)
      if (!(c >= 48 && c <= 57)) throw NOT_STRICT
      while (c >= 48 && c <= 57) c = s.charCodeAt(++i)
    }
    if (c === 101 || c === 69) {
      decimal = true
      c = s.charCodeAt(++i)
      if (c === 43 || c === 45) c = s.charCodeAt(++i)
      if (!(c >= 48 && c <= 57)) throw NOT_STRICT
      while (c >= 48 && c <= 57) c = s.charCodeAt(++i)
    }
    this.pos = i
    const text = s.slice(start, i)
    return decimal || text.length >= 16 ? jsonNumber(text) : Number(text)
  }
}

const EOI = -1

class LenientParser {
  private pos = 0
  constructor(private readonly s: string) {}

  private c(i = this.pos): number {
    return i < this.s.length ? this.s.charCodeAt(i) : EOI
  }

  private skipSpace(): void {
    while (this.pos < this.s.length && this.s.charCodeAt(this.pos) <= 32) this.pos++
  }

  parseTop(): unknown {
    this.skipSpace()
    return this.readValue(TOP_STOP)
  }

  /**
   * json-smart reports an early end at the last character's index, naming `EOF` when a value
   * (or an array item) was due and `null` inside an object.
   */
  private eof(what: 'null' | 'EOF' = 'null'): never {
    const at = Math.max(0, this.s.length - 1)
    throw new JsonSmartParseError(`Unexpected End Of File position ${at}: ${what}`, at)
  }

  /** json-smart names the offending character but the position where the spaces before it began. */
  private unexpectedChar(at = this.pos): never {
    throw new JsonSmartParseError(`Unexpected character (${this.s[this.pos]}) at position ${at}.`, at)
  }

  private readValue(stop: Set<number>): unknown {
    this.skipSpace()
    const c = this.c()
    switch (c) {
      case EOI:
        return this.eof('EOF')
      case 123:
        this.pos++
        return this.readObject()
      case 91:
        this.pos++
        return this.readArray()
      case 34:
      case 39:
        return this.readQuoted(c)
      case 58:
      case 125:
      case 93:
      case 44:
        return this.unexpectedChar()
    }
    if (c === 45 || (c >= 48 && c <= 57)) return this.readNumberOrText(stop)
    const word = this.readUnquoted(stop)
    if (word === 'null') return null
    if (word === 'true') return true
    if (word === 'false') return false
    return word
  }

  private readObject(): Map<string, unknown> {
    const map = new Map<string, unknown>()
    for (;;) {
      this.skipSpace()
      const c = this.c()
      if (c === EOI) this.eof()
      if (c === 125) {
        this.pos++
        return map
      }
      if (c === 44) {
        // a useless comma
        this.pos++
        continue
      }
      let key: string
      if (c === 34 || c === 39) key = this.readQuoted(c)
      else if (c === 58 || c === 93 || c === 123 || c === 91) return this.unexpectedChar()
      else key = this.readUnquoted(KEY_STOP)
      const keyEnd = this.pos
      this.skipSpace()
      if (this.c() === EOI) this.eof()
      if (this.c() !== 58) this.unexpectedChar(keyEnd)
      this.pos++
      const value = this.readValue(VALUE_STOP_OBJECT)
      map.set(key, value)
      const valueEnd = this.pos
      this.skipSpace()
      const d = this.c()
      if (d === EOI) this.eof()
      if (d === 44) {
        this.pos++
        continue
      }
      if (d === 125) {
        this.pos++
        return map
      }
      this.unexpectedChar(valueEnd)
    }
  }

  private readArray(): unknown[] {
    const list: unknown[] = []
    for (;;) {
      this.skipSpace()
      const c = this.c()
      if (c === EOI) this.eof('EOF')
      if (c === 93) {
        this.pos++
        return markJsonList(list)
      }
      if (c === 44) {
        this.pos++
        continue
      }
      list.push(this.readValue(VALUE_STOP_ARRAY))
      const valueEnd = this.pos
      this.skipSpace()
      const d = this.c()
      if (d === EOI) this.eof('EOF')
      if (d === 44) {
        this.pos++
        continue
      }
      if (d === 93) {
        this.pos++
        return markJsonList(list)
      }
      this.unexpectedChar(valueEnd)
    }
  }

  private readQuoted(quote: number): string {
    this.pos++
    let out = ''
    let from = this.pos
    for (;;) {
      if (this.pos >= this.s.length) {
        throw new JsonSmartParseError(`Unexpected End Of File position ${this.s.length}: null`, this.s.length)
      }
      const c = this.s.charCodeAt(this.pos)
      if (c === quote) {
        out += this.s.slice(from, this.pos)
        this.pos++
        return out
      }
      if (c === 92) {
        out += this.s.slice(from, this.pos)
        const e = this.s[this.pos + 1]
        this.pos += 2
        switch (e) {
          case 'n':
            out += '\n'
            break
          case 't':
            out += '\t'
            break
          case 'r':
            out += '\r'
            break
          case 'b':
            out += '\b'
            break
          case 'f':
            out += '\f'
            break
          case 'u': {
            const hex = this.s.slice(this.pos, this.pos + 4)
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
              throw new JsonSmartParseError(
                `Unexpected unicode escape sequence at position ${this.pos}.`,
                this.pos,
              )
            }
            out += String.fromCharCode(Number.parseInt(hex, 16))
            this.pos += 4
            break
          }
          case undefined:
            throw new JsonSmartParseError(
              `Unexpected End Of File position ${this.s.length}: null`,
              this.s.length,
            )
          case '"':
          case "'":
          case '\\':
          case '/':
            out += e
            break
          default: {
            // json-smart rejects other escapes, naming the character after them
            const at = Math.min(this.pos, this.s.length)
            throw new JsonSmartParseError(
              `Unexpected unicode escape sequence ${this.s[at] ?? 'EOF'} at position ${at}.`,
              at,
            )
          }
        }
        from = this.pos
        continue
      }
      this.pos++
    }
  }

  /** Unquoted text up to a stop character, trimmed (json-smart's "non-quoted string"). */
  private readUnquoted(stop: Set<number>): string {
    const start = this.pos
    while (this.pos < this.s.length && !stop.has(this.s.charCodeAt(this.pos))) this.pos++
    return this.s.slice(start, this.pos).trim()
  }

  private readNumberOrText(stop: Set<number>): unknown {
    const start = this.pos
    const text = this.readUnquoted(stop)
    if (text === '-') return 0
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.exec(text)
    if (!m) {
      this.pos = start + (this.s.slice(start).length - this.s.slice(start).trimStart().length)
      return this.readUnquoted(stop)
    }
    return jsonNumber(text)
  }
}

const TOP_STOP = new Set<number>()
const KEY_STOP = new Set([58])
const VALUE_STOP_OBJECT = new Set([44, 125])
const VALUE_STOP_ARRAY = new Set([44, 93])
