import { fromBase64 } from '../../../core/gateway/http/bytes'
import type { BodyData } from '../../../state/consoleStore'
import { hexDump } from './hexDump'
import { prettyXml } from './prettyXml'

/** How a response body is best shown. */
export type BodyView =
  | { kind: 'empty' }
  | { kind: 'json'; pretty: string; raw: string }
  | { kind: 'xml'; pretty: string; raw: string }
  | { kind: 'text'; raw: string; mediaType: string }
  | { kind: 'image'; mediaType: string; dataUrl: string }
  | { kind: 'binary'; hex: string; size: number; shown: number }

export const HEX_BYTES_SHOWN = 4096

function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase()
}

/**
 * Chooses the view of a body from its Content-Type and content: pretty JSON (also when the
 * type says otherwise but the text is JSON), indented XML, images as images, other binary data
 * as a hex dump, the rest as text.
 */
export function bodyView(body: BodyData, contentType: string | undefined): BodyView {
  const mediaType = mediaTypeOf(contentType)
  if (body.encoding === 'base64') {
    if (body.data === '') return { kind: 'empty' }
    if (/^image\/(png|jpe?g|gif|webp|svg\+xml|bmp|x-icon|vnd\.microsoft\.icon|avif)$/.test(mediaType))
      return { kind: 'image', mediaType, dataUrl: `data:${mediaType};base64,${body.data}` }
    const bytes = fromBase64(body.data) ?? new Uint8Array(0)
    return {
      kind: 'binary',
      hex: hexDump(bytes, HEX_BYTES_SHOWN),
      size: bytes.length,
      shown: Math.min(bytes.length, HEX_BYTES_SHOWN),
    }
  }
  const raw = body.text
  if (raw === '') return { kind: 'empty' }
  const looksJson = /json/.test(mediaType) || /^\s*[[{]/.test(raw)
  if (looksJson) {
    try {
      return { kind: 'json', pretty: JSON.stringify(JSON.parse(raw), null, 2), raw }
    } catch {
      // not JSON after all (templates often produce loose JSON): show it as text
    }
  }
  if (/xml/.test(mediaType) || (/^\s*<\?xml/.test(raw) && mediaType !== 'text/html')) {
    const pretty = prettyXml(raw)
    if (pretty !== undefined) return { kind: 'xml', pretty, raw }
  }
  if (mediaType === 'image/svg+xml')
    return {
      kind: 'image',
      mediaType,
      dataUrl: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(raw)}`,
    }
  return { kind: 'text', raw, mediaType }
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export function formatDuration(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`
  if (ms < 1000) return `${Math.round(ms)} ms`
  return `${(ms / 1000).toFixed(2)} s`
}
