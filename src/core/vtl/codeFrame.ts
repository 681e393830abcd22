import type { LineMap } from './SourceSpan'

/**
 * A few lines of source around a position, with a caret under the column — the text an error
 * shows so a person sees where the template went wrong:
 *
 *     2 | #if($a
 *   > 3 | #end
 *       | ^
 */
export function codeFrame(lines: LineMap, line: number, column: number, context = 2): string {
  const first = Math.max(1, line - context)
  const last = Math.min(lines.lineCount, line + context)
  const width = String(last).length
  const out: string[] = []
  for (let n = first; n <= last; n++) {
    const text = lines.lineText(n).replace(/\t/g, ' ')
    const gutter = String(n).padStart(width)
    out.push(`${n === line ? '>' : ' '} ${gutter} | ${text}`)
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`)
  }
  return out.join('\n')
}
