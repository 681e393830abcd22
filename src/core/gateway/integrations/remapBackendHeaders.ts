import type { HeaderList } from '../../ports/HttpTransport'

/** Backend response headers API Gateway renames on HTTP_PROXY (recorded): they come back as `x-amzn-Remapped-<name>`. */
const REMAPPED = new Map(
  ['Connection', 'Content-Length', 'Date', 'Server', 'x-amzn-RequestId'].map((n) => [n.toLowerCase(), n]),
)
/** Hop-by-hop headers that describe the backend connection, not the response. */
const HOP = new Set(['transfer-encoding', 'keep-alive'])

export function remapBackendHeaders(headers: HeaderList): HeaderList {
  const out: HeaderList = []
  for (const [n, v] of headers) {
    const lower = n.toLowerCase()
    if (HOP.has(lower)) continue
    const remapped = REMAPPED.get(lower)
    out.push([remapped !== undefined ? `x-amzn-Remapped-${remapped}` : n, v])
  }
  return out
}
