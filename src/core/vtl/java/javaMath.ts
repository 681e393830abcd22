import { JavaDouble } from './JavaDouble'
import { isJavaNumber } from './javaTypes'

/**
 * Velocity 1.7's arithmetic (its MathUtils): integers stay integers and widen instead of
 * overflowing (Integer → Long → BigInteger), any decimal operand makes a double, integer
 * division truncates, and dividing by zero gives null.
 */
export type JavaNumber = number | bigint | JavaDouble

const MAX_INT31 = 2147483647

function isDoubleNumber(v: JavaNumber): boolean {
  return v instanceof JavaDouble || (typeof v === 'number' && !Number.isInteger(v))
}

function asDouble(v: JavaNumber): number {
  return v instanceof JavaDouble ? v.value : Number(v)
}

function asBig(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v)
}

/** A bigint result back to a plain number when it fits exactly. */
export function normalizeInteger(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v
}

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%'

/** `a op b` on two numbers; `null` where Velocity gives null (division by zero). */
export function javaArithmetic(op: ArithmeticOp, a: JavaNumber, b: JavaNumber): JavaNumber | null {
  if (isDoubleNumber(a) || isDoubleNumber(b)) {
    const x = asDouble(a)
    const y = asDouble(b)
    switch (op) {
      case '+':
        return new JavaDouble(x + y)
      case '-':
        return new JavaDouble(x - y)
      case '*':
        return new JavaDouble(x * y)
      case '/':
        return y === 0 ? null : new JavaDouble(x / y)
      case '%':
        return y === 0 ? null : new JavaDouble(x % y)
    }
  }
  const x = a as number | bigint
  const y = b as number | bigint
  if (typeof x === 'number' && typeof y === 'number') {
    switch (op) {
      case '+': {
        const r = x + y
        if (Number.isSafeInteger(r)) return r
        break
      }
      case '-': {
        const r = x - y
        if (Number.isSafeInteger(r)) return r
        break
      }
      case '*': {
        const r = x * y
        if (Number.isSafeInteger(r)) return r === 0 ? 0 : r
        break
      }
      case '/':
        if (y === 0) return null
        if (Math.abs(x) <= MAX_INT31 && Math.abs(y) <= MAX_INT31) return Math.trunc(x / y) || 0
        break
      case '%':
        if (y === 0) return null
        return x % y || 0
    }
  }
  const bx = asBig(x)
  const by = asBig(y)
  switch (op) {
    case '+':
      return normalizeInteger(bx + by)
    case '-':
      return normalizeInteger(bx - by)
    case '*':
      return normalizeInteger(bx * by)
    case '/':
      return by === 0n ? null : normalizeInteger(bx / by)
    case '%':
      return by === 0n ? null : normalizeInteger(bx % by)
  }
}

/** Numeric comparison of two Java numbers: negative, zero or positive. */
export function compareJavaNumbers(a: JavaNumber, b: JavaNumber): number {
  const x = a instanceof JavaDouble ? a.value : a
  const y = b instanceof JavaDouble ? b.value : b
  if (typeof x === 'bigint' || typeof y === 'bigint') {
    if (typeof x === 'number' && !Number.isFinite(x)) return x > 0 ? 1 : -1
    if (typeof y === 'number' && !Number.isFinite(y)) return y > 0 ? -1 : 1
    return x < y ? -1 : x > y ? 1 : 0
  }
  return x < y ? -1 : x > y ? 1 : 0
}

export function isZeroNumber(v: unknown): boolean {
  return isJavaNumber(v) && compareJavaNumbers(v, 0) === 0
}

/** Java's `intValue()` of a number: truncation to 32 bits. */
export function toJavaInt(v: JavaNumber): number {
  if (typeof v === 'bigint') return Number(BigInt.asIntN(32, v))
  const d = v instanceof JavaDouble ? v.value : v
  if (Number.isNaN(d)) return 0
  if (d >= 2147483647) return 2147483647
  if (d <= -2147483648) return -2147483648
  return Math.trunc(d) | 0
}

/** Java's `longValue()` of a number. */
export function toJavaLong(v: JavaNumber): number | bigint {
  if (typeof v === 'bigint') return normalizeInteger(BigInt.asIntN(64, v))
  const d = v instanceof JavaDouble ? v.value : v
  if (Number.isNaN(d)) return 0
  if (Number.isInteger(d) && Number.isSafeInteger(d)) return d
  if (d >= 9.223372036854776e18) return 9223372036854775807n
  if (d <= -9.223372036854776e18) return -9223372036854775808n
  const t = Math.trunc(d)
  return Number.isSafeInteger(t) ? t : BigInt(t)
}
