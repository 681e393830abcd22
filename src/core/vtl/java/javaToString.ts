import { formatJavaDouble, JavaDouble } from './JavaDouble'
import {
  hasOwnPrinting,
  isJsonList,
  JAVA_TO_STRING,
  JavaArray,
  JavaMapEntry,
  javaIdentityHash,
  VtlHostObject,
} from './javaTypes'
import { toJsonSmartString } from './jsonSmart'

/**
 * Java's `String.valueOf(value)`: what Velocity prints for a value. Maps print as
 * `{k=v, k2=v2}`, ArrayLists as `[a, b]`, json-smart lists as compact JSON, null as `null`
 * (inside collections; a null reference on its own is the renderer's business).
 */
export function javaToString(v: unknown): string {
  if (v === null || v === undefined) return 'null'
  switch (typeof v) {
    case 'string':
      return v
    case 'number':
      return Number.isInteger(v) ? String(v) : formatJavaDouble(v)
    case 'boolean':
    case 'bigint':
      return String(v)
  }
  if (v instanceof JavaDouble) return v.toString()
  if (typeof v === 'object' && hasOwnPrinting(v)) return v[JAVA_TO_STRING]()
  if (Array.isArray(v)) {
    if (isJsonList(v)) return toJsonSmartString(v)
    return collectionToString(v, v)
  }
  if (v instanceof Map) {
    if (v.size === 0) return '{}'
    let s = '{'
    let first = true
    for (const [k, val] of v) {
      if (!first) s += ', '
      first = false
      s += `${k === v ? '(this Map)' : javaToString(k)}=${val === v ? '(this Map)' : javaToString(val)}`
    }
    return `${s}}`
  }
  if (v instanceof JavaMapEntry) return `${javaToString(v.key)}=${javaToString(v.value)}`
  if (v instanceof JavaArray) return `[L${v.elementClass};@${javaIdentityHash(v.items.length.toString())}`
  if (v instanceof VtlHostObject) return v.toJavaString()
  return String(v)
}

/** `AbstractCollection.toString()`: `[a, b, c]`. */
export function collectionToString(items: readonly unknown[], self?: unknown): string {
  if (items.length === 0) return '[]'
  let s = '['
  for (let i = 0; i < items.length; i++) {
    if (i > 0) s += ', '
    const item = items[i]
    s += item === self && self !== undefined ? '(this Collection)' : javaToString(item)
  }
  return `${s}]`
}
