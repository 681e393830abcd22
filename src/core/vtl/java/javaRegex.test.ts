// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Java replacement strings use ${name}
import { describe, expect, it } from 'vitest'
import { JavaRegexError, javaMatches, javaReplaceAll, javaReplaceFirst, javaSplit } from './javaRegex'

describe('Java regular expressions', () => {
  it('matches() needs the whole string', () => {
    expect(javaMatches('abc', 'b')).toBe(false)
    expect(javaMatches('abc', 'a.c')).toBe(true)
    expect(javaMatches('a\nb', 'a.b')).toBe(false)
    expect(javaMatches('a\nb', '(?s)a.b')).toBe(true)
    expect(javaMatches('ABC', '(?i)abc')).toBe(true)
  })
  it('Java-only syntax: \\Q…\\E, possessive quantifiers, atomic groups, POSIX classes, \\A \\z', () => {
    expect(javaReplaceAll('a.b.c', '\\Q.\\E', '-')).toBe('a-b-c')
    expect(javaMatches('aaa', 'a++')).toBe(true)
    expect(javaMatches('ab', '(?>a)b')).toBe(true)
    expect(javaReplaceAll('a1_B2', '\\p{Alpha}', '*')).toBe('*1_*2')
    expect(javaReplaceAll('a1 b', '[\\p{Digit}\\s]', '')).toBe('ab')
    expect(javaReplaceAll('abc', '\\Aa', 'X')).toBe('Xbc')
    expect(javaReplaceAll('abc', 'c\\z', 'X')).toBe('abX')
  })
  it('\\s is ASCII whitespace only, as in Java', () => {
    expect(javaReplaceAll('a\u00a0b c', '\\s', '_')).toBe('a\u00a0b_c')
  })
  it('$ matches before a final line break', () => {
    expect(javaReplaceAll('ab\n', 'b$', 'X')).toBe('aX\n')
  })
  it('replacement strings: $1, ${name}, \\$ and errors', () => {
    expect(javaReplaceAll('a1b2', '([a-z])(\\d)', '$2$1')).toBe('1a2b')
    expect(javaReplaceAll('a1', '(?<l>[a-z])', '<${l}>')).toBe('<a>1')
    expect(javaReplaceAll('a', 'a', '\\$5')).toBe('$5')
    expect(javaReplaceFirst('aaa', 'a', 'b')).toBe('baa')
    expect(() => javaReplaceAll('a', 'a', '$')).toThrow(JavaRegexError)
    expect(() => javaReplaceAll('a', 'a', '$2')).toThrow('No group 2')
    expect(javaReplaceAll('abc', 'b', '$0$0')).toBe('abbc')
    expect(javaReplaceAll("it\\'s", "\\\\'", "'")).toBe("it's")
  })
  it('a bad pattern throws (PatternSyntaxException)', () => {
    expect(() => javaMatches('a', '(')).toThrow(JavaRegexError)
    expect(() => javaMatches('a', 'a{')).toThrow(JavaRegexError)
    expect(() => javaMatches('a', '[a-z&&[^b]]')).toThrow(JavaRegexError)
  })
  it('split() drops trailing empty strings, keeps leading ones, honours a limit', () => {
    expect(javaSplit(',a,,b,,', ',')).toEqual(['', 'a', '', 'b'])
    expect(javaSplit(',a,,b,,', ',', -1)).toEqual(['', 'a', '', 'b', '', ''])
    expect(javaSplit('a,b,c', ',', 2)).toEqual(['a', 'b,c'])
    expect(javaSplit('abc', '')).toEqual(['a', 'b', 'c'])
    expect(javaSplit('', ',')).toEqual([''])
    expect(javaSplit('a1b22c', '\\d+')).toEqual(['a', 'b', 'c'])
    expect(javaSplit('a.b', '.')).toEqual([])
    expect(javaSplit('a.b', '\\.')).toEqual(['a', 'b'])
  })
})
