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
    /** How Java prints the value, when already known (cached on first use otherwise). */
    private printed?: string,
  ) {}

  toString(): string {
    if (this.decimalText !== undefined) return this.decimalText
    if (this.printed === undefined) this.printed = formatJavaDouble(this.value)
    return this.printed
  }
}

/**
 * True when a decimal lexeme is already what `Double.toString` prints for it: no exponent,
 * no superfluous zeros, within [1e-3, 1e7) and at most 15 significant digits (so the shortest
 * round-trip digits are the lexeme's own). Lets JSON numbers such as `1.5` skip formatting.
 */
export function isJavaDoubleText(text: string): boolean {
  let i = text.charCodeAt(0) === 45 ? 1 : 0
  const intStart = i
  while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++
  const intLen = i - intStart
  if (intLen === 0 || intLen > 7 || text.charCodeAt(i) !== 46) return false
  if (intLen > 1 && text.charCodeAt(intStart) === 48) return false
  const fracStart = i + 1
  let j = fracStart
  while (text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++
  if (j !== text.length || j === fracStart) return false
  const fracLen = j - fracStart
  if (text.charCodeAt(j - 1) === 48 && fracLen !== 1) return false
  const intIsZero = intLen === 1 && text.charCodeAt(intStart) === 48
  if (intIsZero) {
    if (fracLen === 1 && text.charCodeAt(fracStart) === 48) return true
    let z = fracStart
    while (text.charCodeAt(z) === 48) z++
    if (z - fracStart >= 3) return false
    return j - z <= 15
  }
  return intLen + fracLen <= 15 || (fracLen === 1 && text.charCodeAt(fracStart) === 48 && intLen <= 15)
}

/** `Double.toString(d)`: shortest digits, `1.0E7` notation outside [1e-3, 1e7). */
export function formatJavaDouble(d: number): string {
  if (Number.isNaN(d)) return 'NaN'
  if (d === Number.POSITIVE_INFINITY) return 'Infinity'
  if (d === Number.NEGATIVE_INFINITY) return '-Infinity'
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0'
  if ((d >= 1e-3 && d < 1e7) || (d <= -1e-3 && d > -1e7)) {
    const fast = formatCents(d)
    if (fast !== null) return fast
    // JS prints plain decimals (never an exponent) in this range, with the same shortest digits
    const s = String(d)
    return s.indexOf('.') < 0 ? `${s}.0` : s
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

/**
 * `Double.toString` of a value in (-1e7, 1e7) that is the double nearest to a decimal with at
 * most two fraction digits (prices, `1.5`): those digits, without `String(d)` (which is slow).
 * Two such decimals differ by at least 0.01, far more than the spacing of doubles below 1e7,
 * so when `q / 100` reads back as `d`, no shorter decimal does: the digits are the shortest.
 * Null for any other value.
 */
function formatCents(d: number): string | null {
  const a = d < 0 ? -d : d
  const q = Math.round(a * 100)
  if (q / 100 !== a) return null
  const whole = Math.floor(q / 100)
  const f = q - whole * 100
  const frac = f === 0 ? '0' : f % 10 === 0 ? String(f / 10) : f < 10 ? `0${f}` : String(f)
  return `${d < 0 ? '-' : ''}${whole}.${frac}`
}
