/**
 * The console marks each request it sends with a URL fragment, `#gatewright-console=<id>`.
 * A fragment is never sent to a server and the emulator's pipeline ignores it (as API Gateway
 * never sees one), but the emulator's handler sees the URL the page fetched and passes the
 * fragment on with the request's trace: the console finds its own trace by that id, exactly,
 * even when a page script sends the same request at the same moment, when the request is
 * cancelled, or when it ends in a network error and no response header can be read.
 */
const PREFIX = 'gatewright-console='

/** `url` with the console's tag as its fragment (replacing any fragment typed). */
export function taggedUrl(url: string, tag: string): string {
  const hash = url.indexOf('#')
  return `${hash < 0 ? url : url.slice(0, hash)}#${PREFIX}${tag}`
}

/** The console's tag in a URL fragment (with or without `#`), if it carries one. */
export function consoleTagOf(fragment: string): string | undefined {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment
  return f.startsWith(PREFIX) && f.length > PREFIX.length ? f.slice(PREFIX.length) : undefined
}
