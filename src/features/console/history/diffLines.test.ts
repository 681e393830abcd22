import { describe, expect, it } from 'vitest'
import { DIFF_LINE_LIMIT, diffLines } from './diffLines'

describe('diffLines', () => {
  it('matches equal texts line for line', () => {
    expect(diffLines('a\nb', 'a\nb')).toEqual([
      { kind: 'same', left: 'a', right: 'a' },
      { kind: 'same', left: 'b', right: 'b' },
    ])
  })

  it('finds changed, removed and added lines between common ones', () => {
    expect(diffLines('{\n  "a": 1,\n  "b": 2\n}', '{\n  "a": 1,\n  "b": 3,\n  "c": 4\n}')).toEqual([
      { kind: 'same', left: '{', right: '{' },
      { kind: 'same', left: '  "a": 1,', right: '  "a": 1,' },
      { kind: 'added', right: '  "b": 3,' },
      { kind: 'added', right: '  "c": 4' },
      { kind: 'removed', left: '  "b": 2' },
      { kind: 'same', left: '}', right: '}' },
    ])
  })

  it('keeps the longest common subsequence in the middle', () => {
    const rows = diffLines('x\na\nb\nc\ny', 'x\nb\nc\nd\ny')!
    expect(rows.filter((r) => r.kind === 'same').map((r) => (r.kind === 'same' ? r.left : ''))).toEqual([
      'x',
      'b',
      'c',
      'y',
    ])
    expect(rows.filter((r) => r.kind !== 'same')).toEqual([
      { kind: 'removed', left: 'a' },
      { kind: 'added', right: 'd' },
    ])
  })

  it('refuses very large differing texts', () => {
    const big = Array.from({ length: DIFF_LINE_LIMIT + 1 }, (_, i) => String(i)).join('\n')
    expect(diffLines(big, 'other')).toBeUndefined()
  })
})
