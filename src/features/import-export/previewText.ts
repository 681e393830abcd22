/** Above this many characters the preview shows only the beginning (Monaco slows down on multi-MB documents). */
export const PREVIEW_LIMIT = 250_000

/**
 * The part of an export the preview shows: all of it when small, else the lines that fit in
 * `limit` characters, with the counts for the note under it. Download and Copy always use the
 * whole text.
 */
export function previewText(
  text: string,
  limit = PREVIEW_LIMIT,
): { text: string; cut: boolean; shownLines: number; totalLines: number } {
  const totalLines = countLines(text)
  if (text.length <= limit) return { text, cut: false, shownLines: totalLines, totalLines }
  const end = text.lastIndexOf('\n', limit)
  const shown = end > 0 ? text.slice(0, end + 1) : text.slice(0, limit)
  return { text: shown, cut: true, shownLines: countLines(shown), totalLines }
}

function countLines(text: string): number {
  if (text === '') return 0
  let n = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) n++
  return n
}
