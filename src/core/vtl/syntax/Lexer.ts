import type { Span } from './ast'

/**
 * The tokens of VTL's expression language (inside `#if(...)`, `#set(...)`, method arguments,
 * `[...]`, `{...}`). Template text is scanned by the parser directly, because what a `$` or `#`
 * starts depends on what follows; the parser asks this lexer for a token whenever it is inside
 * an expression. Every token keeps its source offsets.
 */
export type ExprTokenKind =
  | 'string'
  | 'integer'
  | 'float'
  | 'word'
  | 'dollar'
  | '('
  | ')'
  | '['
  | ']'
  | '{'
  | '}'
  | ','
  | ':'
  | '..'
  | '='
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '&&'
  | '||'
  | '!'
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | 'eof'
  | 'invalid'

export interface ExprToken extends Span {
  kind: ExprTokenKind
  /** Source text of the token (for strings: with the quotes). */
  text: string
}

export function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95
}

/** Velocity 1.7 identifiers may contain `-` (`$foo-bar` is one name). */
export function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 45
}

/** Directive and macro names: letters, digits, `_`. */
export function isWordPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57)
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

export function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9
}

export function isExprSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12
}

function token(src: string, start: number, kind: ExprTokenKind, end: number): ExprToken {
  return { kind, start, end, text: src.slice(start, end) }
}

/** Scans one expression token at `pos` (after skipping whitespace). */
export function lexExprToken(src: string, start: number, limit = src.length): ExprToken {
  let pos = start
  while (pos < limit && isExprSpace(src.charCodeAt(pos))) pos++
  if (pos >= limit) return token(src, pos, 'eof', pos)
  const c = src.charCodeAt(pos)
  const next = src.charCodeAt(pos + 1)
  if (c === 34 || c === 39) {
    // "..." or '...': a doubled quote stands for one quote; backslashes are kept as they are
    let i = pos + 1
    while (i < limit) {
      if (src.charCodeAt(i) === c) {
        if (src.charCodeAt(i + 1) === c) {
          i += 2
          continue
        }
        return token(src, pos, 'string', i + 1)
      }
      i++
    }
    return token(src, pos, 'invalid', limit)
  }
  if (
    isDigit(c) ||
    (c === 45 && (isDigit(next) || (next === 46 && isDigit(src.charCodeAt(pos + 2))))) ||
    (c === 46 && isDigit(next))
  ) {
    let i = c === 45 ? pos + 1 : pos
    let isFloat = false
    while (isDigit(src.charCodeAt(i))) i++
    if (src.charCodeAt(i) === 46 && src.charCodeAt(i + 1) !== 46) {
      isFloat = true
      i++
      while (isDigit(src.charCodeAt(i))) i++
    }
    const e = src.charCodeAt(i)
    if (e === 101 || e === 69) {
      let j = i + 1
      const sign = src.charCodeAt(j)
      if (sign === 43 || sign === 45) j++
      if (isDigit(src.charCodeAt(j))) {
        while (isDigit(src.charCodeAt(j))) j++
        i = j
        isFloat = true
      }
    }
    return token(src, pos, isFloat ? 'float' : 'integer', i)
  }
  if (isIdentStart(c)) {
    let i = pos + 1
    while (i < limit && isWordPart(src.charCodeAt(i))) i++
    return token(src, pos, 'word', i)
  }
  switch (c) {
    case 36:
      return token(src, pos, 'dollar', pos + 1)
    case 40:
      return token(src, pos, '(', pos + 1)
    case 41:
      return token(src, pos, ')', pos + 1)
    case 91:
      return token(src, pos, '[', pos + 1)
    case 93:
      return token(src, pos, ']', pos + 1)
    case 123:
      return token(src, pos, '{', pos + 1)
    case 125:
      return token(src, pos, '}', pos + 1)
    case 44:
      return token(src, pos, ',', pos + 1)
    case 58:
      return token(src, pos, ':', pos + 1)
    case 46:
      return next === 46 ? token(src, pos, '..', pos + 2) : token(src, pos, 'invalid', pos + 1)
    case 61:
      return next === 61 ? token(src, pos, '==', pos + 2) : token(src, pos, '=', pos + 1)
    case 33:
      return next === 61 ? token(src, pos, '!=', pos + 2) : token(src, pos, '!', pos + 1)
    case 60:
      return next === 61 ? token(src, pos, '<=', pos + 2) : token(src, pos, '<', pos + 1)
    case 62:
      return next === 61 ? token(src, pos, '>=', pos + 2) : token(src, pos, '>', pos + 1)
    case 38:
      return next === 38 ? token(src, pos, '&&', pos + 2) : token(src, pos, 'invalid', pos + 1)
    case 124:
      return next === 124 ? token(src, pos, '||', pos + 2) : token(src, pos, 'invalid', pos + 1)
    case 43:
      return token(src, pos, '+', pos + 1)
    case 45:
      return token(src, pos, '-', pos + 1)
    case 42:
      return token(src, pos, '*', pos + 1)
    case 47:
      return token(src, pos, '/', pos + 1)
    case 37:
      return token(src, pos, '%', pos + 1)
  }
  return token(src, pos, 'invalid', pos + 1)
}

/** How a token reads in an error message. */
export function describeToken(t: ExprToken): string {
  if (t.kind === 'eof') return 'end of the template'
  if (t.kind === 'string') return `string ${t.text.length > 30 ? `${t.text.slice(0, 30)}…` : t.text}`
  if (t.kind === 'integer' || t.kind === 'float') return `number ${t.text}`
  if (t.kind === 'word') return `"${t.text}"`
  return `"${t.text}"`
}
