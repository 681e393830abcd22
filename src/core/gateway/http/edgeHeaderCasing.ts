import type { HeaderList } from '../../ports/HttpTransport'

/**
 * Header names an edge-optimized endpoint (CloudFront) rewrites to their canonical casing.
 * AWS documents that edge endpoints "capitalize" header names; the recording shows only well-known
 * names changed (`authorization` → `Authorization`) while a custom `tEsT-HEADeR` kept its casing.
 * The exact list is not documented: this is our choice (docs/fidelity.md).
 */
const CANONICAL = new Map(
  [
    'Accept',
    'Accept-Charset',
    'Accept-Encoding',
    'Accept-Language',
    'Authorization',
    'Cache-Control',
    'Content-Encoding',
    'Content-Length',
    'Content-MD5',
    'Content-Type',
    'Cookie',
    'Date',
    'Expect',
    'From',
    'Host',
    'If-Match',
    'If-Modified-Since',
    'If-None-Match',
    'If-Range',
    'If-Unmodified-Since',
    'Max-Forwards',
    'Origin',
    'Pragma',
    'Proxy-Authorization',
    'Range',
    'Referer',
    'TE',
    'Upgrade',
    'User-Agent',
    'Via',
    'Warning',
  ].map((n) => [n.toLowerCase(), n]),
)

/** Applies edge-optimized casing to well-known header names; other names pass as sent. */
export function edgeHeaderCasing(headers: HeaderList): HeaderList {
  return headers.map(([n, v]) => [CANONICAL.get(n.toLowerCase()) ?? n, v])
}
