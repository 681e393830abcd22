import { JavaDouble } from '../java/JavaDouble'
import { javaEquals } from '../java/javaEquals'
import { type ArithmeticOp, compareJavaNumbers, javaArithmetic } from '../java/javaMath'
import { javaToString } from '../java/javaToString'
import { isJavaNumber, JavaArray, JavaMapEntry, VtlHostObject } from '../java/javaTypes'
import type { VtlDialect } from '../VtlLimits'

function isNull(v: unknown): v is null | undefined {
  return v === null || v === undefined
}

/** A coarse Java class, to decide (as Velocity does) between `equals` and comparing `toString()`. */
function classFamily(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return 'String'
    case 'boolean':
      return 'Boolean'
  }
  if (Array.isArray(v)) return 'List'
  if (v instanceof Map) return 'Map'
  if (v instanceof JavaMapEntry) return 'Entry'
  if (v instanceof JavaArray) return 'Array'
  if (v instanceof VtlHostObject) return v.javaClassName
  return 'Object'
}

/**
 * Velocity 1.7's `==`: two nulls are equal, null equals nothing else (AWS: except the empty
 * string); numbers compare by value across types (`1 == 1.0`); values of one class use
 * `equals`; values of different classes compare their `toString()` (`"1" == 1` is true).
 */
export function velocityEquals(a: unknown, b: unknown, dialect: VtlDialect): boolean {
  if (isNull(a) || isNull(b)) {
    if (isNull(a) && isNull(b)) return true
    return dialect.nullEqualsEmptyString && (a === '' || b === '')
  }
  if (isJavaNumber(a) && isJavaNumber(b)) return compareJavaNumbers(a, b) === 0
  if (typeof a === 'string' && typeof b === 'string') return a === b
  if (classFamily(a) === classFamily(b) && classFamily(a) !== 'Object') return javaEquals(a, b)
  return javaToString(a) === javaToString(b)
}

/** `<`, `<=`, `>`, `>=`: only numbers compare; anything else is false (Velocity logs an error). */
export function velocityCompare(op: '<' | '<=' | '>' | '>=', a: unknown, b: unknown): boolean {
  if (!isJavaNumber(a) || !isJavaNumber(b)) return false
  const c = compareJavaNumbers(a, b)
  if (Number.isNaN(c)) return false
  switch (op) {
    case '<':
      return c < 0
    case '<=':
      return c <= 0
    case '>':
      return c > 0
    case '>=':
      return c >= 0
  }
}

/**
 * `+ - * / %`. With two numbers: Java arithmetic (null on division by zero). `+` with a string
 * on either side concatenates, printing a null side as its reference's source text, as
 * Velocity 1.7 does. Anything else: null.
 */
export function velocityArithmetic(
  op: ArithmeticOp,
  a: unknown,
  b: unknown,
  leftLiteral: string,
  rightLiteral: string,
): unknown {
  if (isJavaNumber(a) && isJavaNumber(b)) return javaArithmetic(op, a, b)
  if (op === '+' && (typeof a === 'string' || typeof b === 'string')) {
    const l = isNull(a) ? leftLiteral : javaToString(a)
    const r = isNull(b) ? rightLiteral : javaToString(b)
    return l + r
  }
  return null
}

/** A number literal as a Java value. */
export function floatLiteral(v: number): JavaDouble {
  return new JavaDouble(v)
}
