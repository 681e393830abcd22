/**
 * Base64url (RFC 4648 §5: `A–Z a–z 0–9 - _`, no padding): bytes as text that survives a URL
 * fragment unescaped. Written here rather than with `btoa`/`atob`, which work on "binary
 * strings" and would need a copy of every byte as a character first.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0))
/** Character code → 6-bit value, or -1 for a character base64url never uses. */
const VALUES = new Int8Array(128).fill(-1)
for (const [i, code] of CODES.entries()) VALUES[code] = i

const ascii = new TextDecoder('ascii')

export function encodeBase64Url(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil((bytes.length * 4) / 3))
  let o = 0
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out[o++] = CODES[n >> 18]!
    out[o++] = CODES[(n >> 12) & 63]!
    out[o++] = CODES[(n >> 6) & 63]!
    out[o++] = CODES[n & 63]!
  }
  const rest = bytes.length - i
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0)
    out[o++] = CODES[n >> 18]!
    out[o++] = CODES[(n >> 12) & 63]!
    if (rest === 2) out[o++] = CODES[(n >> 6) & 63]!
  }
  return ascii.decode(out.subarray(0, o))
}

export type Base64UrlDecoded =
  | { ok: true; bytes: Uint8Array }
  /** `index`: the first character that is not base64url; or the text's length when it ends mid-byte. */
  | { ok: false; problem: 'character' | 'length'; index: number }

/** Reads base64url text (without padding). Never throws. */
export function decodeBase64Url(text: string): Base64UrlDecoded {
  // One leftover character carries 6 bits: less than a byte, so no encoder ever ends that way.
  if (text.length % 4 === 1) {
    const bad = firstInvalid(text)
    return bad === -1 ? { ok: false, problem: 'length', index: text.length } : badCharacter(bad)
  }
  const out = new Uint8Array(Math.floor((text.length * 3) / 4))
  let o = 0
  let bits = 0
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const value = code < 128 ? VALUES[code]! : -1
    if (value === -1) return badCharacter(i)
    bits = (bits << 6) | value
    count += 6
    if (count >= 8) {
      count -= 8
      out[o++] = (bits >> count) & 0xff
      bits &= (1 << count) - 1
    }
  }
  return { ok: true, bytes: out.subarray(0, o) }
}

function firstInvalid(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 128 || VALUES[code] === -1) return i
  }
  return -1
}

function badCharacter(index: number): Base64UrlDecoded {
  return { ok: false, problem: 'character', index }
}
