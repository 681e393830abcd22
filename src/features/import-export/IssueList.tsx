import { useState } from 'react'
import type { ImportIssue } from '../../core/openapi'
import { Button } from '../../ui/Button'
import { Icon } from '../../ui/Icon'
import styles from './IssueList.module.css'
import { countIssues, type IssueSeverity, plural, readablePointer, visibleIssues } from './issueList'

const PAGE = 100
const NAMES: Record<IssueSeverity, [string, string]> = {
  error: ['Error', 'Errors'],
  warning: ['Warning', 'Warnings'],
  info: ['Info', 'Info'],
}

/** The importer's findings: severity, AWS's message, and the JSON pointer of the place. */
export function IssueList({ issues }: { issues: readonly ImportIssue[] }) {
  const counts = countIssues(issues)
  const [filter, setFilter] = useState<IssueSeverity | 'all'>('all')
  const [limit, setLimit] = useState(PAGE)
  const { shown, hidden } = visibleIssues(issues, filter, limit)
  const filters: (IssueSeverity | 'all')[] = ['all', 'error', 'warning', 'info']
  const severities = [counts.error, counts.warning, counts.info].filter((n) => n > 0).length
  return (
    <section className={styles.list} aria-label="Import findings">
      {severities > 1 && (
        <div className={styles.filters} role="toolbar" aria-label="Show">
          {filters.map((f) => {
            const n = f === 'all' ? issues.length : counts[f]
            if (f !== 'all' && n === 0) return null
            return (
              <button
                key={f}
                type="button"
                className={`${styles.filter} ${f !== 'all' ? styles[f] : ''}`}
                aria-pressed={filter === f}
                onClick={() => {
                  setFilter(f)
                  setLimit(PAGE)
                }}
              >
                {f === 'all' ? 'All' : NAMES[f][n === 1 ? 0 : 1]}
                <span className={styles.count}>{n.toLocaleString('en-US')}</span>
              </button>
            )
          })}
        </div>
      )}
      <ol className={styles.rows}>
        {shown.map((issue, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt as a whole; rows have no identity of their own
          <li key={i} className={`${styles.row} ${styles[issue.severity]}`} data-severity={issue.severity}>
            <Icon
              name={issue.severity === 'error' ? 'error' : issue.severity === 'warning' ? 'alert' : 'info'}
              label={NAMES[issue.severity][0]}
              className={styles.icon}
            />
            <div className={styles.text}>
              <p className={styles.message}>{issue.message}</p>
              <code className={styles.pointer} title={readablePointer(issue.pointer)}>
                {issue.pointer === '' ? '(whole document)' : issue.pointer}
              </code>
            </div>
          </li>
        ))}
      </ol>
      {hidden > 0 && (
        <div className={styles.more}>
          <Button size="sm" onClick={() => setLimit(limit + PAGE * 5)}>
            Show {Math.min(hidden, PAGE * 5).toLocaleString('en-US')} more
          </Button>
          <span className={styles.moreText}>{plural(hidden, 'more finding')} not shown</span>
        </div>
      )}
    </section>
  )
}
