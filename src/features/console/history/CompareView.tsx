import type { HistoryEntry, ReceivedResponse, SentRequest } from '../../../state/consoleStore'
import { Button } from '../../../ui/Button'
import { bodyView, formatDuration, formatSize } from '../response/bodyView'
import { StatusChip } from '../response/StatusChip'
import styles from './CompareView.module.css'
import { type DiffRow, diffLines } from './diffLines'
import { pathOf } from './HistoryList'

function bodyText(response: ReceivedResponse | undefined): string {
  if (!response) return ''
  const type = response.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1]
  const view = bodyView(response.body, type)
  if (view.kind === 'json' || view.kind === 'xml') return view.pretty
  if (view.kind === 'text') return view.raw
  if (view.kind === 'binary') return view.hex
  if (view.kind === 'image') return `[${view.mediaType} image, ${formatSize(response.size)}]`
  return ''
}

/** Headers that differ on every request (ids, dates) are left out of the comparison. */
const VOLATILE = new Set([
  'date',
  'x-amzn-requestid',
  'x-amz-apigw-id',
  'x-amzn-trace-id',
  'via',
  'x-amz-cf-id',
])

function headerText(response: ReceivedResponse | undefined): string {
  return (response?.headers ?? [])
    .filter(([n]) => !VOLATILE.has(n.toLowerCase()))
    .map(([n, v]) => `${n}: ${v}`)
    .join('\n')
}

/**
 * The request as lines: method and URL, the headers by lower-cased name in name order (names
 * are case-insensitive, and Fetch reorders the headers of a page's request), then the body.
 */
export function requestText(request: SentRequest): string {
  const byName = (a: [string, string], b: [string, string]) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0
  const headers = request.headers
    .map(([n, v]): [string, string] => [n.toLowerCase(), v])
    .sort(byName)
    .map(([n, v]) => `${n}: ${v}`)
  const body = request.bodyEncoding === 'base64' ? `(binary body, base64) ${request.body}` : request.body
  const cut = request.bodyTruncatedFrom !== undefined ? ['(the body was cut when kept)'] : []
  return [`${request.method} ${request.url}`, ...headers, '', body, ...cut].join('\n')
}

function Column({ entry }: { entry: HistoryEntry }) {
  return (
    <div className={styles.column}>
      <span className={styles.request}>
        <strong>{entry.request.method}</strong> {pathOf(entry.request.url)}
      </span>
      <span className={styles.stats}>
        {entry.response ? <StatusChip status={entry.response.status} /> : <span>no response</span>}
        {entry.durationMs !== undefined && <span>{formatDuration(entry.durationMs)}</span>}
        {entry.response && <span>{formatSize(entry.response.size)}</span>}
        <span>{new Date(entry.at).toLocaleTimeString()}</span>
      </span>
    </div>
  )
}

function Diff({ title, rows }: { title: string; rows: DiffRow[] | undefined }) {
  const changes = rows?.filter((r) => r.kind !== 'same').length ?? 0
  return (
    <section className={styles.diff} aria-label={title}>
      <h4 className={styles.diffTitle}>
        {title}{' '}
        <span>
          {rows === undefined
            ? 'too large to compare'
            : changes === 0
              ? 'identical'
              : `${changes} lines differ`}
        </span>
      </h4>
      {rows && (
        <table className={styles.grid} aria-label={`${title}, side by side`}>
          <tbody>
            {rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: diff rows have no identity but their position
              <tr key={i} className={styles.row} data-kind={row.kind}>
                <td className={styles.left}>{row.kind === 'added' ? '' : row.left}</td>
                <td className={styles.right}>{row.kind === 'removed' ? '' : row.right}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** Two responses side by side: status, time, size, then headers and body with their differences marked. */
export function CompareView({
  left,
  right,
  onClose,
}: {
  left: HistoryEntry
  right: HistoryEntry
  onClose: () => void
}) {
  return (
    <div className={styles.compare} data-testid="compare-view">
      <div className={styles.header}>
        <Column entry={left} />
        <Column entry={right} />
        <Button size="sm" variant="ghost" icon="close" label="Close comparison" onClick={onClose} />
      </div>
      <div className={styles.body}>
        <Diff title="Body" rows={diffLines(bodyText(left.response), bodyText(right.response))} />
        <Diff
          title="Headers (without request ids and dates)"
          rows={diffLines(headerText(left.response), headerText(right.response))}
        />
        <Diff title="Request" rows={diffLines(requestText(left.request), requestText(right.request))} />
      </div>
    </div>
  )
}
