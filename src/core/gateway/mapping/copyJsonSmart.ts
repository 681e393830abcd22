import { isJavaDoubleText } from '../../vtl/java/JavaDouble'

/** Deeper bodies go to the full path, so the fast path never decides anything about them. */
const MAX_DEPTH = 512

const HEX = '0123456789ABCDEF'

/** ASCII characters a string copies as they are: printable, other than `"`, `/` and `\`. */
const PLAIN = new Uint8Array(128)
for (let c = 32; c < 127; c++) if (c !== 34 && c !== 47 && c !== 92) PLAIN[c] = 1

// states of the pass
const VALUE = 0
const FIRST_ITEM = 1
const FIRST_KEY = 2
const KEY = 3
const COLON = 4
const AFTER = 5

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
  let state = VALUE
  // open containers (123 or 91); keys seen in each open object, as (start, length) pairs
  const stack: number[] = []
  const keys: number[] = []
  let keyTop = 0 // keys[0, keyTop) are live
  const keyBase: number[] = []
  for (;;) {
    c = s.charCodeAt(i)
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      out += s.slice(from, i)
      do c = s.charCodeAt(++i)
      while (c === 32 || c === 10 || c === 13 || c === 9)
      from = i
    }
    switch (state) {
      case FIRST_ITEM:
        if (c === 93) {
          stack.pop()
          i++
          state = AFTER
          continue
        }
        state = VALUE
        continue
      case FIRST_KEY:
        if (c === 125) {
          stack.pop()
          keyTop = keyBase.pop()!
          i++
          state = AFTER
          continue
        }
        state = KEY
        continue
      case COLON:
        if (c !== 58) return null
        i++
        state = VALUE
        continue
      case AFTER: {
        if (stack.length === 0) return i === n ? out + s.slice(from, i) : null
        const open = stack[stack.length - 1]!
        if (c === 44) {
          i++
          state = open === 123 ? KEY : VALUE
          continue
        }
        if (c === (open === 123 ? 125 : 93)) {
          stack.pop()
          if (open === 123) keyTop = keyBase.pop()!
          i++
          continue
        }
        return null
      }
    }
    // VALUE or KEY
    if (c === 34) {
      const isKey = state === KEY
      const start = i
      let j = i + 1
      for (;;) {
        let d = s.charCodeAt(j)
        while (d < 128 && PLAIN[d] === 1) d = s.charCodeAt(++j)
        if (d >= 48) {
          // the common case first: letters, digits and most punctuation are copied as they are
          if (d < 0x7f) {
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
              continue
            }
          } else if (d <= 0x9f || (d >= 0x2000 && d <= 0x20ff)) {
            out += `${s.slice(from, j)}\\u${HEX[d >> 12]}${HEX[(d >> 8) & 15]}${HEX[(d >> 4) & 15]}${HEX[d & 15]}`
            from = j + 1
          }
          j++
          continue
        }
        if (d === 34) break
        if (d === 47) {
          out += `${s.slice(from, j)}\\/`
          from = j + 1
        } else if (d < 32 || j >= n) return null // a raw control character, or the text ended
        j++
      }
      i = j + 1
      if (isKey) {
        // json-smart keeps one entry per key: a repeated key goes to the full path
        const len = i - start
        for (let q = keyBase[keyBase.length - 1]!; q < keyTop; q += 2) {
          if (keys[q + 1] === len && sameText(s, keys[q]!, start, len)) return null
        }
        keys[keyTop++] = start
        keys[keyTop++] = len
        state = COLON
      } else state = AFTER
      continue
    }
    if (state === KEY) return null
    if (c === 123 || c === 91) {
      if (stack.length >= MAX_DEPTH) return null
      stack.push(c)
      if (c === 123) keyBase.push(keyTop)
      i++
      state = c === 123 ? FIRST_KEY : FIRST_ITEM
      continue
    }
    if (c === 116) {
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
    state = AFTER
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
