/**
 * A Java `Double` (or `Float`/`BigDecimal`). Velocity prints `1.0` for a double and `1` for an
 * integer, and divides integers without a fraction (`7 / 2` is `3`), so a decimal value keeps
 * its type. Integers are plain JS numbers (or `bigint` beyond 2^53, like Java's Long/BigInteger).
 */
export class JavaDouble {
  constructor(
    readonly value: number,
    /** Source digits of a `BigDecimal` (JSON numbers longer than 18 characters), printed as-is. */
    readonly decimalText?: string,
  ) {}

  toString(): string {
    return this.decimalText ?? formatJavaDouble(this.value)
  }
}

/** `Double.toString(d)`: shortest digits, `1.0E7` notation outside [1e-3, 1e7). */
export function formatJavaDouble(d: number): string {
  if (Number.isNaN(d)) return 'NaN'
  if (d === Number.POSITIVE_INFINITY) return 'Infinity'
  if (d === Number.NEGATIVE_INFINITY) return '-Infinity'
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0'
  const abs = Math.abs(d)
  if (abs >= 1e-3 && abs < 1e7) {
    // JS prints plain decimals (never an exponent) in this range, with the same shortest digits
    const s = String(d)
    return s.includes('.') ? s : `${s}.0`
  }
  // d.dddE±n with at least one fraction digit
  const exp = d.toExponential() // shortest round-trip digits
  const [mantissa, e] = exp.split('e') as [string, string]
  const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`
  const n = Number(e)
  return `${m}E${n}`
}

export function isDouble(v: unknown): boolean {
  return v instanceof JavaDouble || (typeof v === 'number' && !Number.isInteger(v))
}
