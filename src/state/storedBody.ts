import { toBase64 } from '../core/gateway/http/bytes'

/** A body as history keeps it: UTF-8 text, or base64 for bytes that are not text. */
export type BodyData = { encoding: 'text'; text: string } | { encoding: 'base64'; data: string }

/** Bodies longer than this are cut when kept in history (requests and responses alike). */
export const MAX_STORED_BODY_BYTES = 512 * 1024

/** A body kept for history: the first `MAX_STORED_BODY_BYTES` of it, as text or base64. */
export interface StoredBody {
  body: BodyData
  /** The whole body's size in bytes. */
  size: number
  /** Only the first `MAX_STORED_BODY_BYTES` are kept. */
  truncated: boolean
}

const BINARY_TYPE =
  /^(image|audio|video|font)\/|^application\/(octet-stream|pdf|zip|gzip|x-protobuf|protobuf|wasm)/i

/**
 * Keeps `bytes` for history: text when the media type is not a binary one and the bytes are
 * UTF-8 (a cut through a character drops its incomplete end), else base64.
 */
export function storedBody(bytes: Uint8Array, contentType: string | undefined): StoredBody {
  const truncated = bytes.length > MAX_STORED_BODY_BYTES
  const kept = truncated ? bytes.subarray(0, MAX_STORED_BODY_BYTES) : bytes
  let body: BodyData | undefined
  if (!BINARY_TYPE.test(contentType ?? '')) {
    try {
      // `stream` holds back a character the cut split instead of calling the bytes invalid.
      const text = new TextDecoder('utf-8', { fatal: true }).decode(kept, { stream: truncated })
      body = { encoding: 'text', text }
    } catch {
      // not UTF-8: keep the bytes
    }
  }
  return { body: body ?? { encoding: 'base64', data: toBase64(kept) }, size: bytes.length, truncated }
}

/** `1.2 MB`, `512 KiB`-style sizes for messages (binary units, one decimal). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`
  return `${(n / 1024 / 1024).toFixed(1)} MiB`
}
