import { JavaDouble } from './JavaDouble'

/**
 * How Java values live in JavaScript while a template renders:
 *
 * | Java                         | JavaScript                                     |
 * | ---------------------------- | ---------------------------------------------- |
 * | null                         | `null` or `undefined` (an unresolved reference)|
 * | String                       | string                                         |
 * | Integer / Long / BigInteger  | integer number, or `bigint` beyond 2^53        |
 * | Double / Float / BigDecimal  | `JavaDouble` (a plain non-integer number too)  |
 * | Boolean                      | boolean                                        |
 * | LinkedHashMap                | `Map` (insertion order kept)                   |
 * | ArrayList                    | array                                          |
 * | json-smart JSONArray         | array marked with `markJsonList` (prints as JSON) |
 * | String[] / Object[]          | `JavaArray`                                    |
 * | Map.Entry                    | `JavaMapEntry`                                 |
 * | objects the host provides    | `VtlHostObject`                                |
 */

const JSON_LIST = Symbol.for('gatewright.vtl.jsonList')

/** Marks an array as a json-smart `JSONArray`: it prints as compact JSON instead of `[a, b]`. */
export function markJsonList<T>(list: T[]): T[] {
  ;(list as unknown as Record<symbol, boolean>)[JSON_LIST] = true
  return list
}

export function isJsonList(list: unknown[]): boolean {
  return (list as unknown as Record<symbol, boolean>)[JSON_LIST] === true
}

/** A value that decides itself how Java's `toString()` prints it (e.g. a `$context` sub-map). */
export const JAVA_TO_STRING = Symbol.for('gatewright.vtl.toString')
export interface JavaPrintable {
  [JAVA_TO_STRING](): string
}
export function hasOwnPrinting(v: object): v is JavaPrintable {
  return typeof (v as Partial<JavaPrintable>)[JAVA_TO_STRING] === 'function'
}

/** A Java array (`String.split`, `toArray()`); prints as `[Ljava.lang.String;@1b6d3586`. */
export class JavaArray {
  constructor(
    readonly items: unknown[],
    readonly elementClass: 'java.lang.String' | 'java.lang.Object',
  ) {}
}

/** An entry of `$map.entrySet()`: `.key`, `.value`, prints `k=v`. */
export class JavaMapEntry {
  constructor(
    readonly map: Map<unknown, unknown>,
    readonly key: unknown,
    public value: unknown,
  ) {}
}

/** Returned by `VtlHostObject.callMethod` when the object has no such method. */
export const NO_SUCH_METHOD: unique symbol = Symbol('no such method')

/**
 * An object the embedding application gives the template (`$input`, `$util`): properties and
 * methods resolved by name, like Velocity's introspection of a Java object.
 */
export abstract class VtlHostObject {
  /** The Java class name shown by `$x.class.name` and in traces. */
  abstract readonly javaClassName: string
  /** `$obj.name` (after `getName()`): the value, or `undefined` when there is none. */
  getProperty(_name: string): unknown {
    return undefined
  }
  /** `#set($obj.name = value)`: returns false when the object has no such settable property. */
  setProperty(_name: string, _value: unknown): boolean {
    return false
  }
  /** `$obj.name(args)`: the result, or `NO_SUCH_METHOD`. May throw; the engine adds the position. */
  callMethod(_name: string, _args: unknown[]): unknown {
    return NO_SUCH_METHOD
  }
  /** Java's `toString()` of the object. */
  toJavaString(): string {
    return `${this.javaClassName}@${javaIdentityHash(this.javaClassName)}`
  }
}

/** A stable stand-in for `Object.hashCode()` identity hashes (Java's are random per run). */
export function javaIdentityHash(seed: string): string {
  let h = 0x1b6d3586
  for (let i = 0; i < seed.length; i++) h = (Math.imul(h, 31) + seed.charCodeAt(i)) | 0
  return (h >>> 0).toString(16)
}

export function isJavaNumber(v: unknown): v is number | bigint | JavaDouble {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof JavaDouble
}

export function isJavaInteger(v: unknown): v is number | bigint {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint'
}

/** The Java class name of a value, for `.class.name`, traces and error messages. */
export function javaClassName(v: unknown): string {
  if (v === null || v === undefined) return 'null'
  switch (typeof v) {
    case 'string':
      return 'java.lang.String'
    case 'boolean':
      return 'java.lang.Boolean'
    case 'bigint':
      return v >= -(2n ** 63n) && v < 2n ** 63n ? 'java.lang.Long' : 'java.math.BigInteger'
    case 'number':
      if (!Number.isInteger(v)) return 'java.lang.Double'
      return v >= -2147483648 && v <= 2147483647 ? 'java.lang.Integer' : 'java.lang.Long'
  }
  if (v instanceof JavaDouble)
    return v.decimalText === undefined ? 'java.lang.Double' : 'java.math.BigDecimal'
  if (Array.isArray(v)) return isJsonList(v) ? 'net.minidev.json.JSONArray' : 'java.util.ArrayList'
  if (v instanceof Map) return 'java.util.LinkedHashMap'
  if (v instanceof JavaArray) return `[L${v.elementClass};`
  if (v instanceof JavaMapEntry) return 'java.util.LinkedHashMap$Entry'
  if (v instanceof VtlHostObject) return v.javaClassName
  return 'java.lang.Object'
}

/** The short type name shown in traces and error messages (`String`, `Integer`, `ArrayList`, …). */
export function javaSimpleName(v: unknown): string {
  const full = javaClassName(v)
  if (full.startsWith('[L')) return `${full.slice(2, -1).split('.').pop()}[]`
  return full.split('.').pop() ?? full
}
