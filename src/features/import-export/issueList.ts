import type { ImportIssue } from '../../core/openapi'
import { parsePointer } from '../../core/openapi/ImportIssue'

export type IssueSeverity = ImportIssue['severity']
export type IssueCounts = Record<IssueSeverity, number>

const ORDER: Record<IssueSeverity, number> = { error: 0, warning: 1, info: 2 }

export function countIssues(issues: readonly ImportIssue[]): IssueCounts {
  const counts: IssueCounts = { error: 0, warning: 0, info: 0 }
  for (const i of issues) counts[i.severity]++
  return counts
}

/**
 * The rows to render: errors first, then warnings, then infos (each in the importer's order),
 * filtered by severity and cut at `limit` so a file with a thousand warnings stays quick.
 */
export function visibleIssues(
  issues: readonly ImportIssue[],
  filter: IssueSeverity | 'all',
  limit: number,
): { shown: ImportIssue[]; hidden: number } {
  const matching = issues
    .map((issue, index) => ({ issue, index }))
    .filter(({ issue }) => filter === 'all' || issue.severity === filter)
    .sort((a, b) => ORDER[a.issue.severity] - ORDER[b.issue.severity] || a.index - b.index)
    .map(({ issue }) => issue)
  return { shown: matching.slice(0, limit), hidden: Math.max(0, matching.length - limit) }
}

/** A JSON pointer as a path a person reads: `/paths/~1pets~1{id}/get` → `paths › /pets/{id} › get`. */
export function readablePointer(pointer: string): string {
  const segments = parsePointer(pointer)
  return segments.length === 0 ? 'the whole document' : segments.join(' › ')
}

/** `1 warning`, `3 warnings`. */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`
}
