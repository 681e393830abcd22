import { isJavaDoubleText } from '../../vtl/java/JavaDouble'

/** Deeper bodies go to the full path, so the fast path never decides anything about them. */
const MAX_DEPTH = 512

const HEX = '0123456789ABCDEF'

/**
 * Characters a string copies as they are, by code below 256: printable ASCII other than `"`,
 * `/` and `\`, and U+00A0–U+00FF. (U+007F–U+009F are escaped, raw controls refused.)
 */
const PLAIN = new Uint8Array(256)
for (let c = 32; c < 127; c++) if (c !== 34 && c !== 47 && c !== 92) PLAIN[c] = 1
for (let c = 0xa0; c < 256; c++) PLAIN[c] = 1

/** The first character at or after `lastIndex` that PLAIN does not copy as it is. */
const STOP = /[^\x20\x21\x23-\x2e\x30-\x5b\x5d-\x7e\xa0-\xff]/g

// Scratch space of the pass, reused across calls (it never re-enters itself): the kind of each
// open container (1 object, 0 array), and where each open object's keys start in keyAt/keyLen,
// which hold the (start, length) in the text of every key of the objects still open.
const open = new Uint8Array(MAX_DEPTH)
const keyBase = new Int32Array(MAX_DEPTH)
let keyAt = new Int32Array(256)
let keyLen = new Int32Array(256)

function growKeys(): void {
  const at = new Int32Array(keyAt.length * 2)
  at.set(keyAt)
  keyAt = at
  const len = new Int32Array(keyLen.length * 2)
  len.set(keyLen)
  keyLen = len
}

/**
 * `$input.json('$')` of a body in one pass over its text, without parsing it into values:
 * returns exactly what json-smart prints after reading the body (spaces dropped, `/` as `\/`,
 * U+007F–U+009F and U+2000–U+20FF as `\uXXXX`, the escapes `\" \\ \/ \b \f \n \r \t` kept),
 * or null whenever that is not provably the same as parsing and printing — the caller then
 * takes the full path. Null for: anything that is not a strict JSON object or array, a number
 * Java would print differently from its text (`1.0`, `1e3`, `-0`, 16+ digits, `0.0001`), a `\u`
 * escape, a raw control character in a string, an escape in a key, a key repeated in one
 * object, nesting deeper than 512.
 */
export function copyJsonSmart(s: string): string | null {
  const n = s.length
  let i = 0
  let c = s.charCodeAt(0)
  while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++i)
  if (c !== 123 && c !== 91) return null
  let out = ''
  let from = i // start of text not yet copied to `out`
  let depth = 0
  let keyTop = 0 // keyAt/keyLen[0, keyTop) are live
  let isKey = false
  // Each turn reads one value (or, when isKey, a key and its colon) starting at i, where c is
  // its first character; after a value, the inner loop closes containers and moves on.
  for (;;) {
    if (c === 34) {
      const start = i
      let j = i + 1
      for (;;) {
        // skip the characters copied as they are: a short run here, a long one by the
        // regular expression engine (reads past the end are kept out of the loop: a NaN
        // from charCodeAt would slow every comparison in it)
        const runStart = j
        let d = -1
        while (j < n) {
          d = s.charCodeAt(j)
          if (d >= 256 || PLAIN[d] !== 1) break
          if (++j - runStart === 16) {
            STOP.lastIndex = j
            j = STOP.test(s) ? STOP.lastIndex - 1 : n
            d = j < n ? s.charCodeAt(j) : -1
            break
          }
          d = -1
        }
        if (d === 34) break
        if (d === 92) {
          if (isKey) return null
          const e = s.charCodeAt(j + 1)
          // \" \\ \/ \b \f \n \r \t read and print back the same; \u and the rest: full path
          if (
            e !== 34 &&
            e !== 92 &&
            e !== 47 &&
            e !== 98 &&
            e !== 102 &&
            e !== 110 &&
            e !== 114 &&
            e !== 116
          )
            return null
          j += 2
        } else if (d === 47) {
          out += `${s.slice(from, j)}\\/`
          from = ++j
        } else if (d >= 0x7f && (d <= 0x9f || (d >= 0x2000 && d <= 0x20ff))) {
          out += `${s.slice(from, j)}\\u${HEX[d >> 12]}${HEX[(d >> 8) & 15]}${HEX[(d >> 4) & 15]}${HEX[d & 15]}`
          from = ++j
        } else if (d < 32) {
          return null // a raw control character, or the text ended
        } else j++
      }
      i = j + 1
      if (isKey) {
        // json-smart keeps one entry per key: a repeated key goes to the full path
        const len = i - start
        for (let q = keyBase[depth - 1]!; q < keyTop; q++) {
          if (keyLen[q] === len && sameText(s, keyAt[q]!, start, len)) return null
        }
        if (keyTop === keyAt.length) growKeys()
        keyAt[keyTop] = start
        keyLen[keyTop++] = len
        isKey = false
        c = s.charCodeAt(i)
        if (c === 32 || c === 10 || c === 13 || c === 9) {
          out += s.slice(from, i)
          do c = s.charCodeAt(++i)
          while (c === 32 || c === 10 || c === 13 || c === 9)
          from = i
        }
        if (c !== 58) return null
        c = s.charCodeAt(++i)
        if (c === 32 || c === 10 || c === 13 || c === 9) {
          out += s.slice(from, i)
          do c = s.charCodeAt(++i)
          while (c === 32 || c === 10 || c === 13 || c === 9)
          from = i
        }
        continue
      }
    } else if (isKey) {
      return null
    } else if (c === 123 || c === 91) {
      if (depth === MAX_DEPTH) return null
      const isObject: boolean = c === 123
      open[depth] = isObject ? 1 : 0
      keyBase[depth++] = keyTop
      c = s.charCodeAt(++i)
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        out += s.slice(from, i)
        do c = s.charCodeAt(++i)
        while (c === 32 || c === 10 || c === 13 || c === 9)
        from = i
      }
      if (c !== (isObject ? 125 : 93)) {
        isKey = isObject
        continue
      }
      // empty
      keyTop = keyBase[--depth]!
      i++
    } else if (c === 116) {
      if (!s.startsWith('true', i)) return null
      i += 4
    } else if (c === 102) {
      if (!s.startsWith('false', i)) return null
      i += 5
    } else if (c === 110) {
      if (!s.startsWith('null', i)) return null
      i += 4
    } else {
      i = copyableNumberEnd(s, i)
      if (i < 0) return null
    }
    // after a value: close containers, or go on to the next item
    for (;;) {
      c = s.charCodeAt(i)
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        out += s.slice(from, i)
        do c = s.charCodeAt(++i)
        while (c === 32 || c === 10 || c === 13 || c === 9)
        from = i
      }
      if (depth === 0) return i === n ? out + s.slice(from, i) : null
      const inObject = open[depth - 1] === 1
      if (c === 44) {
        c = s.charCodeAt(++i)
        if (c === 32 || c === 10 || c === 13 || c === 9) {
          out += s.slice(from, i)
          do c = s.charCodeAt(++i)
          while (c === 32 || c === 10 || c === 13 || c === 9)
          from = i
        }
        isKey = inObject
        break
      }
      if (c !== (inObject ? 125 : 93)) return null
      keyTop = keyBase[--depth]!
      i++
    }
  }
}

/**
 * End of the number at `i` when Java prints it exactly as written (an integer of at most 15
 * digits other than `-0`, or a decimal `isJavaDoubleText` accepts); -1 otherwise.
 */
function copyableNumberEnd(s: string, i: number): number {
  const start = i
  if (s.charCodeAt(i) === 45) i++
  const intStart = i
  let c = s.charCodeAt(i)
  while (c >= 48 && c <= 57) c = s.charCodeAt(++i)
  const intLen = i - intStart
  if (intLen === 0 || (intLen > 1 && s.charCodeAt(intStart) === 48)) return -1
  if (c === 101 || c === 69) return -1
  if (c !== 46) {
    if (intLen > 15) return -1
    if (intLen === 1 && start !== intStart && s.charCodeAt(intStart) === 48) return -1 // -0
    return i
  }
  c = s.charCodeAt(++i)
  while (c >= 48 && c <= 57) c = s.charCodeAt(++i)
  if (c === 101 || c === 69) return -1
  return isJavaDoubleText(s.slice(start, i)) ? i : -1
}

function sameText(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false
  return true
}
