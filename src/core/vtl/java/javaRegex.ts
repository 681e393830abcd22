/**
 * Java's `java.util.regex` as far as templates use it (`matches`, `replaceAll`, `replaceFirst`,
 * `split`): a Java pattern is translated once into a JavaScript `RegExp` (Unicode mode, so `.`
 * matches a code point as in Java), and Java's replacement-string and split rules are applied
 * on top. Java-only syntax JavaScript cannot express (class intersections `&&`) is refused
 * with a `JavaRegexError`, as Java refuses a bad pattern with PatternSyntaxException.
 */
export class JavaRegexError extends Error {
  override readonly name = 'JavaRegexError'
}

const POSIX: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
  javaLowerCase: '\\p{Ll}',
  javaUpperCase: '\\p{Lu}',
  javaWhitespace: ' \\t\\n\\x0B\\f\\r\\x1C-\\x1F',
  L: '\\p{L}',
  Lu: '\\p{Lu}',
  Ll: '\\p{Ll}',
  N: '\\p{N}',
  Nd: '\\p{Nd}',
  P: '\\p{P}',
  IsAlphabetic: '\\p{Alphabetic}',
  IsDigit: '\\p{Nd}',
  IsLetter: '\\p{L}',
  IsLatin: '\\p{Script=Latin}',
  InGreek: '\\u0370-\\u03FF',
}

const JAVA_SPACE = ' \\t\\n\\x0B\\f\\r'
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''))
const LINE_END_BEFORE_EOI = '(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?(?![\\s\\S]))'

interface Translated {
  source: string
  flags: string
  groupCount: number
  groupNames: string[]
}

function translate(pattern: string): Translated {
  let out = ''
  let flags = 'u'
  let i = 0
  let groupCount = 0
  const groupNames: string[] = []
  let inClass = 0
  let multiline = false
  const fail = (msg: string): never => {
    throw new JavaRegexError(`${msg} near index ${i}\n${pattern}`)
  }
  const n = pattern.length
  while (i < n) {
    const c = pattern[i]!
    if (c === '\\') {
      const d = pattern[i + 1]
      if (d === undefined) return fail('Unexpected internal error')
      if (d === 'Q') {
        const end = pattern.indexOf('\\E', i + 2)
        const lit = end < 0 ? pattern.slice(i + 2) : pattern.slice(i + 2, end)
        out += escapeLiteral(lit, inClass > 0)
        i = end < 0 ? n : end + 2
        continue
      }
      if (d === 'p' || d === 'P') {
        let name: string
        let j: number
        if (pattern[i + 2] === '{') {
          const close = pattern.indexOf('}', i + 3)
          if (close < 0) fail('Unclosed character family')
          name = pattern.slice(i + 3, close)
          j = close + 1
        } else {
          name = pattern[i + 2] ?? ''
          j = i + 3
        }
        const key = name.startsWith('Is') && POSIX[name] === undefined ? name.slice(2) : name
        const body = POSIX[key] ?? POSIX[name]
        if (body === undefined) fail(`Unknown character property name {${name}}`)
        if (inClass > 0) {
          if (d === 'P') fail('Negated character property inside a class is not supported')
          out += body
        } else out += d === 'P' ? `[^${body}]` : `[${body}]`
        i = j
        continue
      }
      i += 2
      switch (d) {
        case 'A':
          out += '^'
          continue
        case 'z':
          out += '(?![\\s\\S])'
          continue
        case 'Z':
          out += LINE_END_BEFORE_EOI
          continue
        case 'G':
          continue
        case 's':
          out += inClass > 0 ? JAVA_SPACE : `[${JAVA_SPACE}]`
          continue
        case 'S':
          out += inClass > 0 ? '\\S' : `[^${JAVA_SPACE}]`
          continue
        case 'h':
          out +=
            inClass > 0
              ? ' \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000'
              : '[ \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000]'
          continue
        case 'v':
          out += inClass > 0 ? '\\n\\x0B\\f\\r\\x85\\u2028\\u2029' : '[\\n\\x0B\\f\\r\\x85\\u2028\\u2029]'
          continue
        case 'R':
          out += '(?:\\r\\n|[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])'
          continue
        case 'e':
          out += '\\x1B'
          continue
        case 'a':
          out += '\\x07'
          continue
        case '0': {
          let oct = ''
          while (oct.length < 3 && /[0-7]/.test(pattern[i] ?? '')) oct += pattern[i++]
          if (oct === '') fail('Illegal octal escape sequence')
          out += `\\u{${Number.parseInt(oct, 8).toString(16)}}`
          continue
        }
        case 'x':
          if (pattern[i] === '{') {
            const close = pattern.indexOf('}', i)
            out += `\\u{${pattern.slice(i + 1, close)}}`
            i = close + 1
          } else {
            out += `\\x${pattern.slice(i, i + 2)}`
            i += 2
          }
          continue
        case 'k':
          out += '\\k'
          continue
        case 'd':
        case 'D':
        case 'w':
        case 'W':
        case 'b':
        case 'B':
        case 'n':
        case 't':
        case 'r':
        case 'f':
        case 'u':
        case 'c':
          out += `\\${d}`
          continue
      }
      if (d >= '1' && d <= '9') {
        out += `\\${d}`
        continue
      }
      if (/[a-zA-Z]/.test(d)) fail('Illegal/unsupported escape sequence')
      // Java lets any other character be escaped; Unicode-mode JS only syntax characters
      if (SYNTAX.has(d) || (inClass > 0 && d === '-')) out += `\\${d}`
      else out += d
      continue
    }
    if (inClass > 0) {
      if (c === '[') fail('Nested character classes are not supported')
      if (c === '&' && pattern[i + 1] === '&') fail('Character class intersection (&&) is not supported')
      if (c === ']') inClass = 0
      out += c === '/' ? '\\/' : c
      i++
      continue
    }
    switch (c) {
      case '[': {
        inClass = 1
        out += '['
        i++
        if (pattern[i] === '^') {
          out += '^'
          i++
        }
        if (pattern[i] === ']') fail('Unclosed character class')
        continue
      }
      case '(': {
        if (pattern[i + 1] === '?') {
          const rest = pattern.slice(i + 2)
          const inline = /^([idmsuxU-]+)\)/.exec(rest)
          if (inline) {
            const on = inline[1]!.split('-')[0]!
            if (on.includes('i') && !flags.includes('i')) flags += 'i'
            if (on.includes('s') && !flags.includes('s')) flags += 's'
            if (on.includes('m')) multiline = true
            i += 2 + inline[0].length
            continue
          }
          const scoped = /^([idmsuxU-]+):/.exec(rest)
          if (scoped) {
            const on = scoped[1]!.split('-')[0]!
            if (on.includes('i') && !flags.includes('i')) flags += 'i'
            if (on.includes('s') && !flags.includes('s')) flags += 's'
            out += '(?:'
            i += 2 + scoped[0].length
            continue
          }
          if (rest.startsWith('>')) {
            out += '(?:'
            i += 3
            continue
          }
          const named = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(rest)
          if (named) {
            groupCount++
            groupNames.push(named[1]!)
          }
          out += '(?'
          i += 2
          continue
        }
        groupCount++
        out += '('
        i++
        continue
      }
      case '$':
        out += multiline ? '$' : LINE_END_BEFORE_EOI
        i++
        continue
      case '/':
        out += '\\/'
        i++
        continue
      case '{': {
        const q = /^\{\d+(,\d*)?\}/.exec(pattern.slice(i))
        if (!q || out === '') fail('Illegal repetition')
        out += q![0]
        i += q![0].length
        if (pattern[i] === '+') i++
        continue
      }
      case '}':
        out += '\\}'
        i++
        continue
      case ']':
        out += '\\]'
        i++
        continue
      case '*':
      case '+':
      case '?':
        out += c
        i++
        if (pattern[i] === '+') i++ // possessive: approximated by greedy
        continue
    }
    out += c
    i++
  }
  if (inClass > 0) fail('Unclosed character class')
  if (multiline) flags += 'm'
  return { source: out, flags, groupCount, groupNames }
}

function escapeLiteral(s: string, inClass: boolean): string {
  let out = ''
  for (const ch of s) {
    out += SYNTAX.has(ch) || (inClass && ch === '-') ? `\\${ch}` : ch
  }
  return out
}

interface CompiledPattern {
  re: RegExp
  global: RegExp
  whole: RegExp
  groupCount: number
  groupNames: string[]
}

const cache = new Map<string, CompiledPattern>()

/** Compiles (and caches) a Java pattern. Throws `JavaRegexError` for a bad pattern. */
export function javaPattern(pattern: string): CompiledPattern {
  let p = cache.get(pattern)
  if (p) return p
  const t = translate(pattern)
  try {
    p = {
      re: new RegExp(t.source, t.flags),
      global: new RegExp(t.source, `${t.flags}g`),
      whole: new RegExp(`^(?:${t.source})(?![\\s\\S])`, t.flags),
      groupCount: t.groupCount,
      groupNames: t.groupNames,
    }
  } catch (e) {
    throw new JavaRegexError(`${e instanceof Error ? e.message : String(e)}\n${pattern}`)
  }
  if (cache.size > 500) cache.clear()
  cache.set(pattern, p)
  return p
}

/** `String.matches(regex)`: the whole string must match. */
export function javaMatches(s: string, pattern: string): boolean {
  return javaPattern(pattern).whole.test(s)
}

type ReplacementPart = string | number | { name: string }

/** Parses a Java replacement string (`$1`, `${name}`, `\$`), as Matcher.appendReplacement does. */
function parseReplacement(rep: string, p: CompiledPattern): ReplacementPart[] {
  const parts: ReplacementPart[] = []
  let lit = ''
  let i = 0
  while (i < rep.length) {
    const c = rep[i]!
    if (c === '\\') {
      i++
      if (i >= rep.length) throw new JavaRegexError('character to be escaped is missing')
      lit += rep[i]
      i++
    } else if (c === '$') {
      i++
      if (i >= rep.length) throw new JavaRegexError('Illegal group reference: group index is missing')
      if (rep[i] === '{') {
        const close = rep.indexOf('}', i)
        if (close < 0) throw new JavaRegexError("named capturing group is missing trailing '}'")
        const name = rep.slice(i + 1, close)
        if (!p.groupNames.includes(name)) throw new JavaRegexError(`No group with name {${name}}`)
        if (lit) parts.push(lit)
        lit = ''
        parts.push({ name })
        i = close + 1
      } else {
        const d = rep.charCodeAt(i) - 48
        if (d < 0 || d > 9) throw new JavaRegexError('Illegal group reference')
        let ref = d
        i++
        while (i < rep.length) {
          const e = rep.charCodeAt(i) - 48
          if (e < 0 || e > 9) break
          const next = ref * 10 + e
          if (next > p.groupCount) break
          ref = next
          i++
        }
        if (ref > p.groupCount) throw new JavaRegexError(`No group ${ref}`)
        if (lit) parts.push(lit)
        lit = ''
        parts.push(ref)
      }
    } else {
      lit += c
      i++
    }
  }
  if (lit) parts.push(lit)
  return parts
}

function replaceWith(s: string, re: RegExp, rep: string, p: CompiledPattern): string {
  const parts = parseReplacement(rep, p)
  if (parts.length === 1 && typeof parts[0] === 'string') {
    const text = parts[0]
    return s.replace(re, () => text)
  }
  return s.replace(re, (...args: unknown[]) => {
    const last = args[args.length - 1]
    const named =
      typeof last === 'object' && last !== null ? (last as Record<string, string | undefined>) : {}
    let out = ''
    for (const part of parts) {
      if (typeof part === 'string') out += part
      else if (typeof part === 'number') out += (args[part] as string | undefined) ?? ''
      else out += named[part.name] ?? ''
    }
    return out
  })
}

export function javaReplaceAll(s: string, pattern: string, replacement: string): string {
  const p = javaPattern(pattern)
  p.global.lastIndex = 0
  return replaceWith(s, p.global, replacement, p)
}

export function javaReplaceFirst(s: string, pattern: string, replacement: string): string {
  const p = javaPattern(pattern)
  return replaceWith(s, p.re, replacement, p)
}

/** `String.split(regex, limit)` with Java's rules for leading and trailing empty strings. */
export function javaSplit(s: string, pattern: string, limit = 0): string[] {
  const list: string[] = []
  let index = 0
  const limited = limit > 0
  const literal = splitFastPath(pattern)
  if (literal !== undefined) {
    if (s.length === 0) return ['']
    let from = 0
    while (true) {
      const at = s.indexOf(literal, from)
      if (at < 0) break
      if (limited && list.length === limit - 1) break
      list.push(s.slice(index, at))
      index = at + literal.length
      from = index
    }
  } else {
    const re = javaPattern(pattern).global
    re.lastIndex = 0
    while (true) {
      const m = re.exec(s)
      if (!m) break
      const start = m.index
      const end = start + m[0].length
      if (m[0].length === 0) re.lastIndex = start + (s.codePointAt(start)! > 0xffff ? 2 : 1)
      if (start >= s.length && m[0].length === 0) break
      if (!limited || list.length < limit - 1) {
        if (index === 0 && start === 0 && end === 0) continue
        list.push(s.slice(index, start))
        index = end
      } else break
    }
  }
  if (index === 0 && list.length === 0) return [s]
  list.push(s.slice(index))
  if (limit === 0) while (list.length > 0 && list[list.length - 1] === '') list.pop()
  return list
}

/** Java's fast path: a one-character pattern that is not a metacharacter splits literally. */
function splitFastPath(pattern: string): string | undefined {
  if (pattern.length === 1 && !'.$|()[{^?*+\\'.includes(pattern)) return pattern
  if (pattern.length === 2 && pattern[0] === '\\' && !/[0-9a-zA-Z]/.test(pattern[1]!)) return pattern[1]
  return undefined
}
