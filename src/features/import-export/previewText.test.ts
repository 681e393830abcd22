import { describe, expect, it } from 'vitest'
import { previewText } from './previewText'

describe('previewText', () => {
  it('shows a small export whole', () => {
    expect(previewText('a\nb\nc\n', 100)).toEqual({
      text: 'a\nb\nc\n',
      cut: false,
      shownLines: 3,
      totalLines: 3,
    })
    expect(previewText('', 100)).toEqual({ text: '', cut: false, shownLines: 0, totalLines: 0 })
  })

  it('cuts a large one at the last whole line within the limit', () => {
    const text = `${'line\n'.repeat(10)}last`
    expect(previewText(text, 12)).toEqual({ text: 'line\nline\n', cut: true, shownLines: 2, totalLines: 11 })
  })

  it('cuts a single huge line at the limit', () => {
    expect(previewText('x'.repeat(50), 10)).toEqual({
      text: 'x'.repeat(10),
      cut: true,
      shownLines: 1,
      totalLines: 1,
    })
  })
})
