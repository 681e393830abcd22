/** A stretch of template source: offsets (UTF-16 units, end exclusive) and 1-based line/column. */
export interface SourceSpan {
  start: number
  end: number
  line: number
  column: number
  endLine: number
  endColumn: number
}

/**
 * Turns offsets into line/column positions. Built once per template; tokens and nodes store
 * offsets only, so the lexer pays nothing for positions nobody asks for.
 */
export class LineMap {
  private readonly starts: number[] = [0]

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i)
      if (c === 10) this.starts.push(i + 1)
      else if (c === 13) {
        if (source.charCodeAt(i + 1) === 10) i++
        this.starts.push(i + 1)
      }
    }
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 }
  }

  span(start: number, end: number): SourceSpan {
    const a = this.position(start)
    const b = this.position(end)
    return { start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
  }

  /** The text of a 1-based line, without its line break ('' past the end). */
  lineText(line: number): string {
    const from = this.starts[line - 1]
    if (from === undefined) return ''
    const next = this.starts[line]
    let to = next === undefined ? this.source.length : next
    while (to > from && (this.source.charCodeAt(to - 1) === 10 || this.source.charCodeAt(to - 1) === 13)) to--
    return this.source.slice(from, to)
  }

  get lineCount(): number {
    return this.starts.length
  }
}
