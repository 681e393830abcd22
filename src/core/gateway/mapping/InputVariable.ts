import { javaToString } from '../../vtl/java/javaToString'
import { NO_SUCH_METHOD, VtlHostObject } from '../../vtl/java/javaTypes'
import { toJsonSmartString } from '../../vtl/java/jsonSmart'
import { copyJsonSmart } from './copyJsonSmart'
import { JsonBody } from './JsonBody'
import { compileJsonPath, evaluateJsonPath, NOT_FOUND } from './jsonPath'
import { JsonSmartParseError, parseLenientJson } from './lenientJson'
import type { MappingParams } from './MappingInput'
import { PayloadParseError } from './MappingTemplateError'
import { ParsedJsonBody } from './ParsedJsonBody'

/**
 * Request headers AWS never shows to `$input.params` (recorded on a REGIONAL endpoint with
 * HTTP and AWS integrations), compared case-insensitively.
 */
export const HIDDEN_HEADERS: ReadonlySet<string> = new Set([
  'connection',
  'content-md5',
  'expect',
  'max-forwards',
  'proxy-authenticate',
  'server',
  'te',
  'transfer-encoding',
  'trailer',
  'upgrade',
  'www-authenticate',
])

const UNPARSED: unique symbol = Symbol('unparsed')

/**
 * `$input`: `body`, `json(path)`, `path(path)`, `params()`, `params(name)`. The body is parsed
 * (leniently, like json-smart) at most once per render, and only if a template asks for it.
 */
export class InputVariable extends VtlHostObject {
  readonly javaClassName = 'com.amazonaws.apigateway.mapping.Input'
  private parsed: unknown = UNPARSED
  private lazy: ParsedJsonBody | JsonBody | null | undefined
  private paramsMap: Map<string, Map<string, string>> | null = null
  private readonly body: string

  constructor(
    rawBody: string,
    private readonly params: MappingParams,
  ) {
    super()
    // AWS: an empty body reads as "{}" (byte-exact: an SQS MessageBody MD5 equals md5("{}"))
    this.body = rawBody === '' ? '{}' : rawBody
  }

  override getProperty(name: string): unknown {
    if (name === 'body') return this.body
    return undefined
  }

  override callMethod(name: string, args: unknown[]): unknown {
    switch (name) {
      case 'getBody':
        return args.length === 0 ? this.body : NO_SUCH_METHOD
      case 'json':
        if (args.length !== 1) return NO_SUCH_METHOD
        return this.json(args[0])
      case 'path':
        if (args.length !== 1) return NO_SUCH_METHOD
        return this.path(args[0])
      case 'params':
        if (args.length === 0) return this.allParams()
        if (args.length === 1) return this.param(args[0])
        return NO_SUCH_METHOD
    }
    return NO_SUCH_METHOD
  }

  override toJavaString(): string {
    return ''
  }

  /**
   * The body read lazily: through JSON.parse when that loses nothing json-smart keeps, else
   * by reading the text when it is strict JSON; null when neither (then parsed permissively).
   */
  private lazyBody(): ParsedJsonBody | JsonBody | null {
    if (this.lazy === undefined) this.lazy = ParsedJsonBody.open(this.body) ?? JsonBody.open(this.body)
    return this.lazy
  }

  /** The whole body as Java values (parsed once per render). */
  private document(): unknown {
    const lazy = this.lazyBody()
    if (lazy instanceof ParsedJsonBody) return lazy.valueAt(lazy.root)
    if (lazy !== null) return lazy.valueAt(lazy.root)
    if (this.parsed === UNPARSED) {
      try {
        this.parsed = parseLenientJson(this.body)
      } catch (e) {
        if (e instanceof JsonSmartParseError) {
          throw new PayloadParseError(
            `The body is not valid JSON: ${e.message}`,
            `Could not process payload${e.javaText}`,
          )
        }
        throw e
      }
    }
    return this.parsed
  }

  /** `$input.path(x)`: the value at the JSONPath, navigable; nothing when no match. */
  private path(p: unknown): unknown {
    if (p === null || p === undefined) return undefined
    const text = typeof p === 'string' ? p : javaToString(p)
    const compiled = compileJsonPath(text)
    const lazy = compiled.definite ? this.lazyBody() : null
    if (lazy instanceof ParsedJsonBody) {
      const found = lazy.find(compiled.steps)
      if (found === null) return undefined
      return 'value' in found ? found.value : lazy.valueAt(found.plain)
    }
    if (lazy !== null) {
      const found = lazy.find(compiled.steps)
      if (found === null) return undefined
      return 'value' in found ? found.value : lazy.valueAt(found.offset)
    }
    const r = evaluateJsonPath(this.document(), text)
    return r === NOT_FOUND ? undefined : r
  }

  /** `$input.json(x)`: the value at the JSONPath as JSON text; `""` when no match (AWS). */
  private json(p: unknown): unknown {
    if (p === null || p === undefined) return undefined
    const text = typeof p === 'string' ? p : javaToString(p)
    const compiled = compileJsonPath(text)
    if (compiled.steps.length === 0 && this.lazy === undefined && this.parsed === UNPARSED) {
      // the whole body, before the template holds any of it: copy the text when that is exact
      const copied = copyJsonSmart(this.body)
      if (copied !== null) return copied
    }
    const lazy = compiled.definite ? this.lazyBody() : null
    if (lazy instanceof ParsedJsonBody) {
      const found = lazy.find(compiled.steps)
      if (found === null) return '""'
      return 'value' in found ? toJsonSmartString(found.value) : lazy.jsonAt(found.plain)
    }
    if (lazy !== null) {
      const found = lazy.find(compiled.steps)
      if (found === null) return '""'
      return 'value' in found ? toJsonSmartString(found.value) : lazy.jsonAt(found.offset)
    }
    const r = evaluateJsonPath(this.document(), text)
    if (r === NOT_FOUND) return '""'
    return toJsonSmartString(r)
  }

  /** `$input.params()`: {path, querystring, header} (hidden headers left out). */
  private allParams(): Map<string, Map<string, string>> {
    if (this.paramsMap === null) {
      const header = new Map<string, string>()
      for (const [k, v] of Object.entries(this.params.header)) {
        if (!HIDDEN_HEADERS.has(k.toLowerCase())) header.set(k, v)
      }
      this.paramsMap = new Map([
        ['path', new Map(Object.entries(this.params.path))],
        ['querystring', new Map(Object.entries(this.params.querystring))],
        ['header', header],
      ])
    }
    return this.paramsMap
  }

  /** `$input.params(name)`: path, then query string, then header; `""` when absent (AWS). */
  private param(name: unknown): unknown {
    if (name === null || name === undefined) return ''
    const key = javaToString(name)
    const all = this.allParams()
    for (const part of ['path', 'querystring', 'header']) {
      const v = all.get(part)!.get(key)
      if (v !== undefined) return v
    }
    // header names then match in any casing: browsers (the Fetch API) lower-case them all
    const lower = key.toLowerCase()
    for (const [k, v] of all.get('header')!) if (k.toLowerCase() === lower) return v
    return ''
  }
}
