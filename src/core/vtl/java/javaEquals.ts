import { JavaDouble } from './JavaDouble'
import { compareJavaNumbers } from './javaMath'
import { isJavaInteger, JavaArray, JavaMapEntry } from './javaTypes'

/**
 * Java's `a.equals(b)`: numbers equal only within the same kind (an Integer never equals a
 * Double), lists and maps compare element by element, everything else by value or identity.
 */
export function javaEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || a === undefined || b === null || b === undefined) return false
  if (isJavaInteger(a)) return isJavaInteger(b) && compareJavaNumbers(a, b) === 0
  if (a instanceof JavaDouble || typeof a === 'number') {
    if (!(b instanceof JavaDouble || (typeof b === 'number' && !Number.isInteger(b)))) return false
    const x = a instanceof JavaDouble ? a.value : a
    const y = b instanceof JavaDouble ? b.value : b
    return Object.is(x, y) || x === y
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!javaEquals(a[i], b[i])) return false
    return true
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false
    for (const [k, v] of a) {
      if (!b.has(k)) return false
      if (!javaEquals(v, b.get(k))) return false
    }
    return true
  }
  if (a instanceof JavaMapEntry) {
    return b instanceof JavaMapEntry && javaEquals(a.key, b.key) && javaEquals(a.value, b.value)
  }
  if (a instanceof JavaArray) return false
  return false
}

/** Java's `hashCode()` for strings (other values: a hash of their printed form). */
export function javaStringHashCode(s: string): number {
  let h = 0
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0
  return h
}
