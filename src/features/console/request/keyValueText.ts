import type { KeyValueRow } from '../../../state/consoleStore'

/**
 * Bulk editing of key/value rows as text, one row per line: `name: value` for headers,
 * `name=value` for query strings. A disabled row is written with a leading `//`.
 */
export function rowsToText(rows: readonly KeyValueRow[], separator: ':' | '='): string {
  const space = separator === ':' ? ' ' : ''
  return rows.map((r) => `${r.enabled ? '' : '//'}${r.name}${separator}${space}${r.value}`).join('\n')
}

export function textToRows(
  text: string,
  separator: ':' | '=',
  newId: () => string,
  previous: readonly KeyValueRow[] = [],
): KeyValueRow[] {
  const rows: KeyValueRow[] = []
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') continue
    let line = raw.trimStart()
    const enabled = !line.startsWith('//')
    if (!enabled) line = line.slice(2)
    const at = line.indexOf(separator)
    const name = (at < 0 ? line : line.slice(0, at)).trim()
    let value = at < 0 ? '' : line.slice(at + 1)
    if (separator === ':') value = value.replace(/^ /, '')
    const reused = previous[rows.length]
    rows.push({ id: reused?.id ?? newId(), name, value, enabled })
  }
  return rows
}
