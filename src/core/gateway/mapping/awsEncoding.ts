/**
 * The text encodings behind `$util`, each as the Java library AWS uses behaves:
 * commons-lang 2 `StringEscapeUtils.escapeJavaScript`, `java.net.URLEncoder`/`URLDecoder`
 * (UTF-8, form encoding) and standard base64 over UTF-8 bytes.
 */

const HEX = '0123456789ABCDEF'

function hex4(c: number): string {
  return c.toString(16).toUpperCase().padStart(4, '0')
}

/**
 * commons-lang 2.6 `escapeJavaScript`: `'` → `\'` (invalid in JSON — AWS documents this),
 * `"` → `\"`, `\` → `\\`, `/` → `\/`, control characters as `\n`-style or `\u00XX`, and every
 * non-ASCII character as `\uXXXX` (upper-case hex).
 */
export function escapeJavaScript(s: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    let rep: string | undefined
    if (c > 0x7f) rep = `\\u${hex4(c)}`
    else if (c < 32) {
      switch (c) {
        case 8:
          rep = '\\b'
          break
        case 10:
          rep = '\\n'
          break
        case 9:
          rep = '\\t'
          break
        case 12:
          rep = '\\f'
          break
        case 13:
          rep = '\\r'
          break
        default:
          rep = `\\u${hex4(c)}`
      }
    } else if (c === 39) rep = "\\'"
    else if (c === 34) rep = '\\"'
    else if (c === 92) rep = '\\\\'
    else if (c === 47) rep = '\\/'
    if (rep !== undefined) {
      out += s.slice(from, i) + rep
      from = i + 1
    }
  }
  return from === 0 ? s : out + s.slice(from)
}

/** UTF-8 bytes of a string; a lone surrogate becomes `?`, as Java's encoder does. */
export function utf8Encode(s: string): number[] {
  const bytes: number[] = []
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = s.charCodeAt(i + 1)
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)
        i++
      } else c = 63
    }
    if (c < 0x80) bytes.push(c)
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63))
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
  }
  return bytes
}

/** Bytes to text as Java's `new String(bytes, UTF_8)`: malformed sequences become U+FFFD. */
export function utf8Decode(bytes: number[]): string {
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes))
}

/** `URLEncoder.encode(s, "UTF-8")`: letters, digits and `.-*_` kept, space → `+`, the rest `%XX`. */
export function urlEncode(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 46 ||
      c === 45 ||
      c === 42 ||
      c === 95
    ) {
      out += s[i]
    } else if (c === 32) out += '+'
    else {
      let j = i + 1
      while (j < s.length) {
        const d = s.charCodeAt(j)
        const keep =
          (d >= 97 && d <= 122) ||
          (d >= 65 && d <= 90) ||
          (d >= 48 && d <= 57) ||
          d === 46 ||
          d === 45 ||
          d === 42 ||
          d === 95 ||
          d === 32
        if (keep) break
        j++
      }
      for (const b of utf8Encode(s.slice(i, j))) out += `%${HEX[b >> 4]}${HEX[b & 15]}`
      i = j - 1
    }
  }
  return out
}

/** Thrown where Java's URLDecoder throws IllegalArgumentException. */
export class UrlDecodeError extends Error {
  override readonly name = 'UrlDecodeError'
}

/** `URLDecoder.decode(s, "UTF-8")`: `+` → space, `%XX` runs decoded as UTF-8. */
export function urlDecode(s: string): string {
  let out = ''
  let i = 0
  while (i < s.length) {
    const c = s[i]!
    if (c === '+') {
      out += ' '
      i++
    } else if (c === '%') {
      const bytes: number[] = []
      while (i < s.length && s[i] === '%') {
        if (i + 2 >= s.length) {
          throw new UrlDecodeError('URLDecoder: Incomplete trailing escape (%) pattern')
        }
        const h = s.slice(i + 1, i + 3)
        if (!/^[0-9a-fA-F]{2}$/.test(h)) {
          throw new UrlDecodeError(
            `URLDecoder: Illegal hex characters in escape (%) pattern - Error at index 0 in: "${h}"`,
          )
        }
        bytes.push(Number.parseInt(h, 16))
        i += 3
      }
      out += utf8Decode(bytes)
    } else {
      out += c
      i++
    }
  }
  return out
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Standard base64 (with padding) of the UTF-8 bytes of `s`. */
export function base64Encode(s: string): string {
  const b = utf8Encode(s)
  let out = ''
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0)
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!
    out += i + 1 < b.length ? B64[(n >> 6) & 63]! : '='
    out += i + 2 < b.length ? B64[n & 63]! : '='
  }
  return out
}

/**
 * Base64 (standard or URL-safe alphabet) to text: characters outside the alphabet are
 * skipped and padding is optional, as a lenient decoder does; the bytes are read as UTF-8.
 */
export function base64Decode(s: string): string {
  const bytes: number[] = []
  let acc = 0
  let bits = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (c === '=') break
    let v = B64.indexOf(c)
    if (c === '-') v = 62
    else if (c === '_') v = 63
    if (v < 0) continue
    acc = (acc << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((acc >> bits) & 255)
    }
  }
  return utf8Decode(bytes)
}
