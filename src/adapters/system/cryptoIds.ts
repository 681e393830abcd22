import type { IdSource } from '../../core/ports/IdSource'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'
/** Largest multiple of 36 that fits in a byte: bytes at or above it are redrawn, so every character is equally likely. */
const UNBIASED_LIMIT = 252

/** Ids and randomness from the Web Crypto API (browser and Node ≥ 20). */
export const cryptoIds: IdSource = {
  uuid: () => crypto.randomUUID(),
  shortId(length) {
    let out = ''
    const bytes = new Uint8Array(length * 2)
    while (out.length < length) {
      crypto.getRandomValues(bytes)
      for (const b of bytes) {
        if (b < UNBIASED_LIMIT) out += ALPHABET[b % ALPHABET.length]
        if (out.length === length) break
      }
    }
    return out
  },
  random() {
    const [word] = crypto.getRandomValues(new Uint32Array(1))
    return (word ?? 0) / 2 ** 32
  },
}
