import { describe, expect, it } from 'vitest'
import type { ImportIssue } from '../../core/openapi'
import { countIssues, plural, readablePointer, visibleIssues } from './issueList'

const issue = (severity: ImportIssue['severity'], n: number): ImportIssue => ({
  severity,
  message: `${severity} ${n}`,
  pointer: `/paths/~1p${n}`,
})
const issues = [
  issue('info', 1),
  issue('warning', 2),
  issue('error', 3),
  issue('warning', 4),
  issue('info', 5),
]

describe('issue list', () => {
  it('counts by severity', () => {
    expect(countIssues(issues)).toEqual({ error: 1, warning: 2, info: 2 })
    expect(countIssues([])).toEqual({ error: 0, warning: 0, info: 0 })
  })

  it('puts errors first, keeps the importer order within a severity, filters and limits', () => {
    expect(visibleIssues(issues, 'all', 10).shown.map((i) => i.message)).toEqual([
      'error 3',
      'warning 2',
      'warning 4',
      'info 1',
      'info 5',
    ])
    expect(visibleIssues(issues, 'warning', 1)).toEqual({ shown: [issue('warning', 2)], hidden: 1 })
    expect(visibleIssues(issues, 'error', 5)).toEqual({ shown: [issue('error', 3)], hidden: 0 })
  })

  it('reads JSON pointers as paths, unescaping ~1 and ~0', () => {
    expect(readablePointer('/paths/~1pets~1{petId}/get/responses/200')).toBe(
      'paths › /pets/{petId} › get › responses › 200',
    )
    expect(readablePointer('/components/schemas/a~0b')).toBe('components › schemas › a~b')
    expect(readablePointer('')).toBe('the whole document')
  })

  it('pluralises', () => {
    expect(plural(1, 'warning')).toBe('1 warning')
    expect(plural(1131, 'warning')).toBe('1,131 warnings')
  })
})
