/** Response headers every cross-origin script may read (the Fetch standard's CORS-safelisted names). */
const SAFELISTED = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
])

/**
 * The headers a script on another origin can read from this response in a real browser:
 * the safelisted ones plus those named in `Access-Control-Expose-Headers` (`*` exposes all
 * of them to requests without credentials). Lower-cased names.
 */
export function crossOriginReadableHeaders(
  headers: readonly [string, string][],
  credentials = false,
): Set<string> {
  const readable = new Set(SAFELISTED)
  for (const [name, value] of headers) {
    if (name.toLowerCase() !== 'access-control-expose-headers') continue
    for (const item of value.split(',')) {
      const h = item.trim().toLowerCase()
      if (h === '*' && !credentials) for (const [n] of headers) readable.add(n.toLowerCase())
      else if (h !== '') readable.add(h)
    }
  }
  return readable
}
