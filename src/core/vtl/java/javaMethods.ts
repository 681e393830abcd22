import { JavaDouble } from './JavaDouble'
import { javaEquals, javaStringHashCode } from './javaEquals'
import { compareJavaNumbers, type JavaNumber, normalizeInteger, toJavaInt, toJavaLong } from './javaMath'
import { javaMatches, javaReplaceAll, javaReplaceFirst, javaSplit } from './javaRegex'
import { javaToString } from './javaToString'
import {
  isJavaInteger,
  isJavaNumber,
  isJsonList,
  JavaArray,
  JavaMapEntry,
  javaClassName,
  markJsonList,
  NO_SUCH_METHOD,
  VtlHostObject,
} from './javaTypes'

/**
 * A Java exception thrown by a method (`substring` out of range, `get` past the end): Velocity
 * stops the render with a MethodInvocationException; the engine adds the position.
 */
export class JavaMethodException extends Error {
  override readonly name = 'JavaMethodException'
  constructor(
    readonly javaException: string,
    message: string,
  ) {
    super(message)
  }
}

/** `$x.class`: enough of java.lang.Class for `.name` and `.simpleName`. */
export class JavaClassRef extends VtlHostObject {
  readonly javaClassName = 'java.lang.Class'
  constructor(readonly name: string) {
    super()
  }
  override getProperty(name: string): unknown {
    if (name === 'name') return this.name
    if (name === 'simpleName')
      return this.name.startsWith('[L')
        ? `${this.name.slice(2, -1).split('.').pop()}[]`
        : this.name.split('.').pop()
    return undefined
  }
  override callMethod(name: string, args: unknown[]): unknown {
    if (args.length === 0 && name === 'getName') return this.name
    if (args.length === 0 && name === 'getSimpleName') return this.getProperty('simpleName')
    if (args.length === 0 && name === 'toString') return this.toJavaString()
    return NO_SUCH_METHOD
  }
  override toJavaString(): string {
    return `class ${this.name}`
  }
}

/** An `Iterator` from `$list.iterator()` / `$map.keySet().iterator()`. */
export class JavaIterator extends VtlHostObject {
  readonly javaClassName = 'java.util.ArrayList$Itr'
  private i = 0
  constructor(private readonly items: readonly unknown[]) {
    super()
  }
  override callMethod(name: string, args: unknown[]): unknown {
    if (args.length !== 0) return NO_SUCH_METHOD
    if (name === 'hasNext') return this.i < this.items.length
    if (name === 'next') {
      if (this.i >= this.items.length) throw new JavaMethodException('java.util.NoSuchElementException', '')
      return this.items[this.i++]
    }
    return NO_SUCH_METHOD
  }
}

function outOfBounds(kind: string, message: string): JavaMethodException {
  return new JavaMethodException(`java.lang.${kind}`, message)
}

/** An `int` parameter: an Integer argument (Velocity does not narrow Long or Double). */
function intArg(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 ? v : undefined
}

function strArg(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined
}

/** A `CharSequence` or `Object` parameter that Java would accept as text (null excluded). */
function isStr(v: unknown): v is string {
  return typeof v === 'string'
}

/** Property lookup `$obj.name` as Velocity's introspector does it (getName(), map.get, isName()). */
export function getJavaProperty(obj: unknown, name: string): unknown {
  if (obj === null || obj === undefined) return undefined
  if (obj instanceof VtlHostObject) {
    const v = obj.getProperty(name)
    if (v !== undefined) return v
    if (name === 'class') return new JavaClassRef(obj.javaClassName)
    return undefined
  }
  if (name === 'class' || name === 'Class') return new JavaClassRef(javaClassName(obj))
  if (obj instanceof Map) return obj.get(name)
  const lower = name.length > 0 ? name[0]!.toLowerCase() + name.slice(1) : name
  if (typeof obj === 'string') {
    if (lower === 'empty') return obj.length === 0
    if (lower === 'bytes') return utf8Bytes(obj)
    return undefined
  }
  if (Array.isArray(obj)) return lower === 'empty' ? obj.length === 0 : undefined
  if (obj instanceof JavaArray) return lower === 'empty' ? obj.items.length === 0 : undefined
  if (obj instanceof JavaMapEntry) {
    if (lower === 'key') return obj.key
    if (lower === 'value') return obj.value
    return undefined
  }
  if (obj instanceof JavaDouble || typeof obj === 'number') {
    const d = obj instanceof JavaDouble ? obj.value : obj
    if (!(obj instanceof JavaDouble) && Number.isInteger(d)) return undefined
    if (name === 'NaN' || name === 'naN') return Number.isNaN(d)
    if (lower === 'infinite') return d === Number.POSITIVE_INFINITY || d === Number.NEGATIVE_INFINITY
  }
  return undefined
}

function utf8Bytes(s: string): JavaArray {
  const bytes: number[] = []
  for (const b of new TextEncoder().encode(s)) bytes.push(b > 127 ? b - 256 : b)
  return new JavaArray(bytes, 'java.lang.Object')
}

/**
 * `$obj.name(args)` on a built-in Java value. Returns `NO_SUCH_METHOD` when Java has no such
 * method for these argument types (Velocity then yields null); throws `JavaMethodException`
 * where Java throws.
 */
export function callJavaMethod(obj: unknown, name: string, args: unknown[]): unknown {
  if (obj instanceof VtlHostObject) {
    const r = obj.callMethod(name, args)
    if (r !== NO_SUCH_METHOD) return r
    return objectMethod(obj, name, args)
  }
  let r: unknown = NO_SUCH_METHOD
  if (typeof obj === 'string') r = stringMethod(obj, name, args)
  else if (Array.isArray(obj)) r = listMethod(obj, name, args)
  else if (obj instanceof Map) r = mapMethod(obj, name, args)
  else if (isJavaNumber(obj)) r = numberMethod(obj, name, args)
  else if (typeof obj === 'boolean') r = booleanMethod(obj, name, args)
  else if (obj instanceof JavaArray) r = listMethod(obj.items, name, args, true)
  else if (obj instanceof JavaMapEntry) r = entryMethod(obj, name, args)
  if (r !== NO_SUCH_METHOD) return r
  return objectMethod(obj, name, args)
}

function objectMethod(obj: unknown, name: string, args: unknown[]): unknown {
  if (args.length === 0) {
    if (name === 'toString') return javaToString(obj)
    if (name === 'getClass') return new JavaClassRef(javaClassName(obj))
    if (name === 'hashCode') return javaStringHashCode(javaToString(obj))
  }
  if (args.length === 1 && name === 'equals') return javaEquals(obj, args[0])
  return NO_SUCH_METHOD
}

function checkIndex(i: number, length: number, kind = 'StringIndexOutOfBoundsException'): void {
  if (i < 0 || i >= length) {
    throw outOfBounds(
      kind,
      kind === 'StringIndexOutOfBoundsException'
        ? `index ${i}, length ${length}`
        : `Index ${i} out of bounds for length ${length}`,
    )
  }
}

function substring(s: string, begin: number, end: number): string {
  if (begin < 0 || end > s.length || begin > end) {
    throw outOfBounds('StringIndexOutOfBoundsException', `begin ${begin}, end ${end}, length ${s.length}`)
  }
  return s.slice(begin, end)
}

function stringMethod(s: string, name: string, args: unknown[]): unknown {
  const [a, b] = args
  switch (args.length) {
    case 0:
      switch (name) {
        case 'length':
          return s.length
        case 'isEmpty':
          return s.length === 0
        case 'toLowerCase':
          return s.toLowerCase()
        case 'toUpperCase':
          return s.toUpperCase()
        case 'trim':
          return javaTrim(s)
        case 'toString':
        case 'intern':
          return s
        case 'hashCode':
          return javaStringHashCode(s)
        case 'toCharArray':
          return new JavaArray(s.split(''), 'java.lang.Object')
        case 'getBytes':
          return utf8Bytes(s)
      }
      return NO_SUCH_METHOD
    case 1:
      switch (name) {
        case 'charAt': {
          const i = intArg(a)
          if (i === undefined) return NO_SUCH_METHOD
          checkIndex(i, s.length)
          return s[i]
        }
        case 'codePointAt': {
          const i = intArg(a)
          if (i === undefined) return NO_SUCH_METHOD
          checkIndex(i, s.length)
          return s.codePointAt(i)
        }
        case 'substring':
        case 'subSequence': {
          const i = intArg(a)
          if (i === undefined) return NO_SUCH_METHOD
          return substring(s, i, s.length)
        }
        case 'indexOf':
        case 'lastIndexOf': {
          const needle =
            typeof a === 'string'
              ? a
              : intArg(a) !== undefined
                ? String.fromCodePoint(a as number)
                : undefined
          if (needle === undefined) return NO_SUCH_METHOD
          return name === 'indexOf' ? s.indexOf(needle) : s.lastIndexOf(needle)
        }
        case 'contains':
          return isStr(a) ? s.includes(a) : NO_SUCH_METHOD
        case 'startsWith':
          return isStr(a) ? s.startsWith(a) : NO_SUCH_METHOD
        case 'endsWith':
          return isStr(a) ? s.endsWith(a) : NO_SUCH_METHOD
        case 'equals':
          return s === a
        case 'equalsIgnoreCase':
          return (
            isStr(a) &&
            a.length === s.length &&
            (a === s || a.toUpperCase() === s.toUpperCase() || a.toLowerCase() === s.toLowerCase())
          )
        case 'contentEquals':
          return isStr(a) ? s === a : NO_SUCH_METHOD
        case 'compareTo':
          return isStr(a) ? javaCompareStrings(s, a) : NO_SUCH_METHOD
        case 'compareToIgnoreCase':
          return isStr(a)
            ? javaCompareStrings(s.toUpperCase().toLowerCase(), a.toUpperCase().toLowerCase())
            : NO_SUCH_METHOD
        case 'concat':
          return isStr(a) ? s + a : NO_SUCH_METHOD
        case 'matches':
          return isStr(a) ? javaMatches(s, a) : NO_SUCH_METHOD
        case 'split':
          return isStr(a) ? new JavaArray(javaSplit(s, a), 'java.lang.String') : NO_SUCH_METHOD
        case 'valueOf':
          return javaToString(a)
      }
      return NO_SUCH_METHOD
    case 2:
      switch (name) {
        case 'substring':
        case 'subSequence': {
          const i = intArg(a)
          const j = intArg(b)
          if (i === undefined || j === undefined) return NO_SUCH_METHOD
          return substring(s, i, j)
        }
        case 'indexOf':
        case 'lastIndexOf': {
          const from = intArg(b)
          const needle =
            typeof a === 'string'
              ? a
              : intArg(a) !== undefined
                ? String.fromCodePoint(a as number)
                : undefined
          if (needle === undefined || from === undefined) return NO_SUCH_METHOD
          if (name === 'indexOf') return s.indexOf(needle, Math.max(0, from))
          return from < 0 ? -1 : s.lastIndexOf(needle, from)
        }
        case 'startsWith': {
          const off = intArg(b)
          if (!isStr(a) || off === undefined) return NO_SUCH_METHOD
          return off >= 0 && off <= s.length && s.startsWith(a, off)
        }
        case 'replace': {
          if (isStr(a) && isStr(b)) return a === '' ? javaReplaceEmpty(s, b) : s.split(a).join(b)
          return NO_SUCH_METHOD
        }
        case 'replaceAll':
          return isStr(a) && isStr(b) ? javaReplaceAll(s, a, b) : NO_SUCH_METHOD
        case 'replaceFirst':
          return isStr(a) && isStr(b) ? javaReplaceFirst(s, a, b) : NO_SUCH_METHOD
        case 'split': {
          const limit = intArg(b)
          return isStr(a) && limit !== undefined
            ? new JavaArray(javaSplit(s, a, limit), 'java.lang.String')
            : NO_SUCH_METHOD
        }
      }
      return NO_SUCH_METHOD
  }
  return NO_SUCH_METHOD
}

/** Java's `"ab".replace("", "-")` is `-a-b-`. */
function javaReplaceEmpty(s: string, rep: string): string {
  let out = rep
  for (const ch of s) out += ch + rep
  return out
}

/** `String.trim()`: strips every char <= U+0020 from both ends (not Unicode spaces). */
function javaTrim(s: string): string {
  let a = 0
  let b = s.length
  while (a < b && s.charCodeAt(a) <= 32) a++
  while (b > a && s.charCodeAt(b - 1) <= 32) b--
  return a === 0 && b === s.length ? s : s.slice(a, b)
}

function javaCompareStrings(x: string, y: string): number {
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) {
    const d = x.charCodeAt(i) - y.charCodeAt(i)
    if (d !== 0) return d
  }
  return x.length - y.length
}

function unsupported(): JavaMethodException {
  return new JavaMethodException('java.lang.UnsupportedOperationException', '')
}

function listMethod(list: unknown[], name: string, args: unknown[], fixedSize = false): unknown {
  const [a, b] = args
  switch (args.length) {
    case 0:
      switch (name) {
        case 'size':
          return list.length
        case 'isEmpty':
          return list.length === 0
        case 'clear':
          if (fixedSize) throw unsupported()
          list.length = 0
          return null
        case 'toArray':
          return new JavaArray(list.slice(), 'java.lang.Object')
        case 'iterator':
        case 'listIterator':
          return new JavaIterator(list.slice())
        case 'hashCode':
          return javaStringHashCode(javaToString(list))
      }
      return NO_SUCH_METHOD
    case 1:
      switch (name) {
        case 'get': {
          const i = intArg(a)
          if (i === undefined) return NO_SUCH_METHOD
          checkIndex(
            i,
            list.length,
            fixedSize ? 'ArrayIndexOutOfBoundsException' : 'IndexOutOfBoundsException',
          )
          return list[i]
        }
        case 'add':
          if (fixedSize) throw unsupported()
          list.push(a)
          return true
        case 'addAll': {
          const items = collectionItems(a)
          if (items === undefined) return NO_SUCH_METHOD
          if (fixedSize) throw unsupported()
          list.push(...items)
          return items.length > 0
        }
        case 'contains':
          return list.some((x) => javaEquals(a, x))
        case 'containsAll': {
          const items = collectionItems(a)
          if (items === undefined) return NO_SUCH_METHOD
          return items.every((y) => list.some((x) => javaEquals(y, x)))
        }
        case 'indexOf':
          return list.findIndex((x) => javaEquals(a, x))
        case 'lastIndexOf': {
          for (let i = list.length - 1; i >= 0; i--) if (javaEquals(a, list[i])) return i
          return -1
        }
        case 'remove': {
          if (fixedSize) throw unsupported()
          const i = intArg(a)
          if (i !== undefined) {
            checkIndex(i, list.length, 'IndexOutOfBoundsException')
            return list.splice(i, 1)[0]
          }
          const at = list.findIndex((x) => javaEquals(a, x))
          if (at < 0) return false
          list.splice(at, 1)
          return true
        }
        case 'equals':
          return javaEquals(list, a)
      }
      return NO_SUCH_METHOD
    case 2:
      switch (name) {
        case 'set': {
          const i = intArg(a)
          if (i === undefined) return NO_SUCH_METHOD
          checkIndex(
            i,
            list.length,
            fixedSize ? 'ArrayIndexOutOfBoundsException' : 'IndexOutOfBoundsException',
          )
          const old = list[i]
          list[i] = b
          return old
        }
        case 'add': {
          const i = intArg(a)
          if (i === undefined) return NO_SUCH_METHOD
          if (fixedSize) throw unsupported()
          if (i < 0 || i > list.length)
            throw outOfBounds('IndexOutOfBoundsException', `Index: ${i}, Size: ${list.length}`)
          list.splice(i, 0, b)
          return null
        }
        case 'subList': {
          const i = intArg(a)
          const j = intArg(b)
          if (i === undefined || j === undefined) return NO_SUCH_METHOD
          if (i < 0) throw outOfBounds('IndexOutOfBoundsException', `fromIndex = ${i}`)
          if (j > list.length) throw outOfBounds('IndexOutOfBoundsException', `toIndex = ${j}`)
          if (i > j)
            throw new JavaMethodException(
              'java.lang.IllegalArgumentException',
              `fromIndex(${i}) > toIndex(${j})`,
            )
          return list.slice(i, j)
        }
      }
      return NO_SUCH_METHOD
  }
  return NO_SUCH_METHOD
}

/** Items of a Java collection argument (`addAll`, `containsAll`, `putAll`). */
function collectionItems(v: unknown): unknown[] | undefined {
  if (Array.isArray(v)) return v
  if (v instanceof JavaArray) return undefined
  return undefined
}

function mapMethod(map: Map<unknown, unknown>, name: string, args: unknown[]): unknown {
  const [a, b] = args
  switch (args.length) {
    case 0:
      switch (name) {
        case 'size':
          return map.size
        case 'isEmpty':
          return map.size === 0
        case 'keySet':
          return [...map.keys()]
        case 'values':
          return [...map.values()]
        case 'entrySet':
          return [...map].map(([k, v]) => new JavaMapEntry(map, k, v))
        case 'clear':
          map.clear()
          return null
        case 'hashCode':
          return javaStringHashCode(javaToString(map))
      }
      return NO_SUCH_METHOD
    case 1:
      switch (name) {
        case 'get':
          return map.get(mapKey(map, a))
        case 'containsKey':
          return map.has(mapKey(map, a))
        case 'containsValue':
          for (const v of map.values()) if (javaEquals(a, v)) return true
          return false
        case 'remove': {
          const k = mapKey(map, a)
          const old = map.get(k)
          map.delete(k)
          return old
        }
        case 'putAll': {
          if (!(a instanceof Map)) return NO_SUCH_METHOD
          for (const [k, v] of a) map.set(k, v)
          return null
        }
        case 'equals':
          return javaEquals(map, a)
      }
      return NO_SUCH_METHOD
    case 2:
      switch (name) {
        case 'put': {
          const k = mapKey(map, a)
          const old = map.get(k)
          map.set(k, b)
          return old
        }
        case 'putIfAbsent': {
          const k = mapKey(map, a)
          const old = map.get(k)
          if (old === undefined || old === null) map.set(k, b)
          return old
        }
        case 'getOrDefault': {
          const k = mapKey(map, a)
          return map.has(k) ? map.get(k) : b
        }
      }
      return NO_SUCH_METHOD
  }
  return NO_SUCH_METHOD
}

/**
 * The JS key for a Java key. Integral doubles, bigints and numbers are keyed by value so that
 * `$map.get(1)` finds a key put as `1`; strings and other values are keyed as they are.
 */
export function mapKey(map: Map<unknown, unknown>, key: unknown): unknown {
  if (key instanceof JavaDouble) {
    for (const k of map.keys()) if (k instanceof JavaDouble && javaEquals(k, key)) return k
  }
  return key
}

function numberMethod(n: JavaNumber, name: string, args: unknown[]): unknown {
  const [a] = args
  if (args.length === 0) {
    switch (name) {
      case 'intValue':
      case 'shortValue':
      case 'byteValue': {
        const i = toJavaInt(n)
        if (name === 'shortValue') return (i << 16) >> 16
        if (name === 'byteValue') return (i << 24) >> 24
        return i
      }
      case 'longValue':
        return toJavaLong(n)
      case 'doubleValue':
      case 'floatValue':
        return new JavaDouble(n instanceof JavaDouble ? n.value : Number(n))
      case 'toString':
        return javaToString(n)
      case 'isNaN':
        return n instanceof JavaDouble ? Number.isNaN(n.value) : NO_SUCH_METHOD
      case 'isInfinite':
        return n instanceof JavaDouble ? !Number.isFinite(n.value) && !Number.isNaN(n.value) : NO_SUCH_METHOD
      case 'hashCode':
        return isJavaInteger(n)
          ? toJavaInt(typeof n === 'bigint' ? normalizeInteger(BigInt.asIntN(32, n)) : n)
          : javaStringHashCode(javaToString(n))
    }
    return NO_SUCH_METHOD
  }
  if (args.length === 1) {
    if (name === 'compareTo') {
      if (!isJavaNumber(a)) return NO_SUCH_METHOD
      return Math.sign(compareJavaNumbers(n, a))
    }
    if (name === 'equals') return javaEquals(n, a)
  }
  return NO_SUCH_METHOD
}

function booleanMethod(v: boolean, name: string, args: unknown[]): unknown {
  if (args.length === 0) {
    if (name === 'booleanValue') return v
    if (name === 'toString') return String(v)
    if (name === 'hashCode') return v ? 1231 : 1237
  }
  if (args.length === 1) {
    if (name === 'equals') return args[0] === v
    if (name === 'compareTo')
      return typeof args[0] === 'boolean' ? (v === args[0] ? 0 : v ? 1 : -1) : NO_SUCH_METHOD
  }
  return NO_SUCH_METHOD
}

function entryMethod(e: JavaMapEntry, name: string, args: unknown[]): unknown {
  if (args.length === 0) {
    if (name === 'getKey') return e.key
    if (name === 'getValue') return e.value
  }
  if (args.length === 1 && name === 'setValue') {
    const old = e.value
    e.value = args[0]
    e.map.set(e.key, args[0])
    return old
  }
  return NO_SUCH_METHOD
}

/** Elements `#foreach` iterates, or undefined when Velocity cannot iterate the value. */
export function iterableItems(v: unknown): readonly unknown[] | undefined {
  if (Array.isArray(v)) return v
  if (v instanceof Map) return [...v.values()]
  if (v instanceof JavaArray) return v.items
  if (v instanceof JavaIterator) {
    const items: unknown[] = []
    while (v.callMethod('hasNext', []) === true) items.push(v.callMethod('next', []))
    return items
  }
  return undefined
}

export { isJsonList, markJsonList, strArg }
