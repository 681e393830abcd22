/** The request target split into raw path and raw query; a `#fragment` is cut off. */
export function splitTarget(target: string): { path: string; query: string } {
  const hash = target.indexOf('#')
  const t = hash < 0 ? target : target.slice(0, hash)
  const q = t.indexOf('?')
  const path = q < 0 ? t : t.slice(0, q)
  return { path: path === '' ? '/' : path, query: q < 0 ? '' : t.slice(q + 1) }
}
