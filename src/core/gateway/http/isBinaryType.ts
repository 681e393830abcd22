import { mediaType } from './headers'

/** Whether a body is binary for this API: its Content-Type is one of the binary media types. */
export function isBinaryType(contentType: string | undefined, binaryMediaTypes: readonly string[]): boolean {
  const t = mediaType(contentType)
  if (t === undefined) return false
  for (const b of binaryMediaTypes) {
    const bt = b.toLowerCase()
    if (bt === t || bt === '*/*') return true
    if (bt.endsWith('/*') && t.startsWith(bt.slice(0, -1))) return true
  }
  return false
}
