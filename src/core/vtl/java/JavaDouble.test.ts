import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatJavaDouble, isJavaDoubleText } from './JavaDouble'

describe('formatJavaDouble (Java Double.toString)', () => {
  it('keeps a fraction digit and the shortest digits', () => {
    expect([1, 1.5, 10.5, 0.1 + 0.2, 1990.19, -2, 0, -0].map(formatJavaDouble)).toEqual([
      '1.0',
      '1.5',
      '10.5',
      '0.30000000000000004',
      '1990.19',
      '-2.0',
      '0.0',
      '-0.0',
    ])
  })
  it('switches to E notation outside [1e-3, 1e7)', () => {
    expect([1e7, 9999999, 1.5e-4, 0.001, 123456789.123, 1e21, -3e-10].map(formatJavaDouble)).toEqual([
      '1.0E7',
      '9999999.0',
      '1.5E-4',
      '0.001',
      '1.23456789123E8',
      '1.0E21',
      '-3.0E-10',
    ])
  })
  it('prints values with one or two fraction digits (the fast path) as the shortest digits do', () => {
    // reference: JS's shortest round-trip digits, which Double.toString prints in this range
    const reference = (d: number) => {
      const s = String(d)
      return s.includes('.') ? s : `${s}.0`
    }
    expect([1.5, 19.99, -3.07, 0.01, 0.1, 120.5, 9999999.99, 0.05, -0.5].map(formatJavaDouble)).toEqual([
      '1.5',
      '19.99',
      '-3.07',
      '0.01',
      '0.1',
      '120.5',
      '9999999.99',
      '0.05',
      '-0.5',
    ])
    fc.assert(
      fc.property(
        fc.integer({ min: -999999999, max: 999999999 }),
        fc.constantFrom(1, 10, 100),
        (n, scale) => {
          const d = n / scale
          if (Math.abs(d) < 1e-3 || Math.abs(d) >= 1e7) return
          expect(formatJavaDouble(d)).toBe(reference(d))
        },
      ),
      { numRuns: 3000 },
    )
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (d) => {
        if (Math.abs(d) < 1e-3 || Math.abs(d) >= 1e7) return
        expect(formatJavaDouble(d)).toBe(reference(d))
      }),
      { numRuns: 3000 },
    )
  })
  it('NaN and infinities', () => {
    expect([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY].map(formatJavaDouble)).toEqual([
      'NaN',
      'Infinity',
      '-Infinity',
    ])
  })
})

describe('isJavaDoubleText', () => {
  it('accepts lexemes Double.toString would print unchanged', () => {
    for (const t of ['1.5', '0.0', '-0.0', '1.0', '1990.19', '0.001', '9999999.5', '-12.25']) {
      expect([t, isJavaDoubleText(t)]).toEqual([t, true])
      expect(formatJavaDouble(Number(t))).toBe(t)
    }
  })
  it('rejects the others', () => {
    for (const t of [
      '1.50',
      '10.0000',
      '0.0001',
      '10000000.0',
      '1e3',
      '1',
      '.5',
      '01.5',
      '0.30000000000000004',
      '1.23456789012345678',
    ]) {
      expect([t, isJavaDoubleText(t)]).toEqual([t, false])
    }
  })
})

describe('isJavaDoubleText never lies (property)', () => {
  it('when it says yes, Double.toString prints the lexeme back', () => {
    const lexeme = fc
      .tuple(fc.boolean(), fc.integer({ min: 0, max: 9_999_999 }), fc.stringMatching(/^[0-9]{1,9}$/))
      .map(([neg, i, f]) => `${neg ? '-' : ''}${i}.${f}`)
    fc.assert(
      fc.property(lexeme, (t) => {
        if (isJavaDoubleText(t)) expect(formatJavaDouble(Number(t))).toBe(t)
      }),
      { numRuns: 2000 },
    )
  })
})
