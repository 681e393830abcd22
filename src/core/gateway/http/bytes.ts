const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8')

export const EMPTY_BYTES = new Uint8Array(0)

export function utf8(text: string): Uint8Array {
  return text === '' ? EMPTY_BYTES : encoder.encode(text)
}

/** UTF-8 decoding with invalid bytes replaced by U+FFFD (what AWS does to text payloads). */
export function fromUtf8(bytes: Uint8Array): string {
  return bytes.length === 0 ? '' : decoder.decode(bytes)
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const B64_INDEX = new Int16Array(128).fill(-1)
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i

/** Standard base64 with padding. */
export function toBase64(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = bytes[i]! << 16
    out += `${B64[n >> 18]!}${B64[(n >> 12) & 63]!}==`
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8)
    out += `${B64[n >> 18]!}${B64[(n >> 12) & 63]!}${B64[(n >> 6) & 63]!}=`
  }
  return out
}

/** Decodes standard base64 (padding optional, whitespace ignored); `undefined` when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\s]/g, '').replace(/=+$/, '')
  if (clean.length % 4 === 1) return undefined
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let bits = 0
  let value = 0
  let o = 0
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i)
    const d = c < 128 ? B64_INDEX[c]! : -1
    if (d < 0) return undefined
    value = (value << 6) | d
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = (value >> bits) & 255
    }
  }
  return out
}
