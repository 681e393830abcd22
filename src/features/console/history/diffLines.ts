/** One row of a side-by-side diff: a line on both sides, or on one side only. */
export type DiffRow =
  | { kind: 'same'; left: string; right: string }
  | { kind: 'removed'; left: string }
  | { kind: 'added'; right: string }

/** Beyond this many differing lines (per side) the diff is not computed. */
export const DIFF_LINE_LIMIT = 4000

/**
 * A line diff (longest common subsequence) of two texts, for comparing two responses. Common
 * leading and trailing lines are matched first, so near-identical bodies cost little.
 * Returns `undefined` when the differing middle is longer than `DIFF_LINE_LIMIT` lines.
 */
export function diffLines(leftText: string, rightText: string): DiffRow[] | undefined {
  const a = leftText.split('\n')
  const b = rightText.split('\n')
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const midA = a.slice(start, endA)
  const midB = b.slice(start, endB)
  if (midA.length > DIFF_LINE_LIMIT || midB.length > DIFF_LINE_LIMIT) return undefined
  const rows: DiffRow[] = a.slice(0, start).map((line) => ({ kind: 'same', left: line, right: line }))
  // lcs[i][j] = LCS length of midA[i..] and midB[j..]
  const n = midA.length
  const m = midB.length
  const lcs = new Int32Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        midA[i] === midB[j]
          ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!)
    }
  }
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      rows.push({ kind: 'same', left: midA[i]!, right: midB[j]! })
      i++
      j++
    } else if (j < m && (i === n || lcs[i * (m + 1) + j + 1]! >= lcs[(i + 1) * (m + 1) + j]!)) {
      rows.push({ kind: 'added', right: midB[j]! })
      j++
    } else {
      rows.push({ kind: 'removed', left: midA[i]! })
      i++
    }
  }
  for (const line of a.slice(endA)) rows.push({ kind: 'same', left: line, right: line })
  return rows
}
