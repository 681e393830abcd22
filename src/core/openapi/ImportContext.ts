import type { IdSource } from '../ports/IdSource'
import type { ImportIssue } from './ImportIssue'
import { child, ImportAbort, parsePointer } from './ImportIssue'

/** Options shared by REST and HTTP API conversion. */
export interface ConvertOptions {
  /** Turn the problems that make AWS refuse a file into warnings and import a repaired API. */
  repair?: boolean
  /** `ignore` (AWS's default) drops the base path, `prepend` keeps it as resources, `split` drops its first segment. */
  basepath?: 'ignore' | 'prepend' | 'split'
  /** Skip `x-amazon-apigateway-documentation` (AWS's `ignore=documentation`). */
  ignoreDocumentation?: boolean
  /** Endpoint type of a new REST API (AWS's `endpointConfigurationTypes`, default EDGE). */
  endpointType?: 'EDGE' | 'REGIONAL' | 'PRIVATE'
  region: string
  accountId: string
  /** Called as the conversion makes progress, so a UI can show it. */
  onProgress?: (progress: ImportProgress) => void
}

export interface ImportProgress {
  phase: 'parse' | 'models' | 'paths' | 'done'
  done: number
  total: number
}

/**
 * Carries what every conversion step needs: the document, the issue list, ids, and the
 * repair switch. `fail` either aborts the import (AWS would refuse the file) or, with
 * `repair`, records a warning quoting AWS's error and lets the caller apply its fix.
 */
export class ImportContext {
  readonly issues: ImportIssue[] = []
  private readonly seen = new Set<string>()

  constructor(
    readonly doc: Record<string, unknown>,
    readonly options: ConvertOptions,
    readonly ids: IdSource,
  ) {}

  get repair(): boolean {
    return this.options.repair === true
  }

  warn(message: string, at: string): void {
    this.add({ severity: 'warning', message, pointer: at })
  }

  info(message: string, at: string): void {
    this.add({ severity: 'info', message, pointer: at })
  }

  /** An AWS import error. Throws unless repairing; when repairing, records what was done instead. */
  fail(awsMessage: string, at: string, repairedAs: string): void {
    if (!this.repair) throw new ImportAbort({ severity: 'error', message: awsMessage, pointer: at })
    this.add({
      severity: 'warning',
      message: `${awsMessage} — ${repairedAs}`,
      pointer: at,
      awsError: awsMessage,
    })
  }

  /** An error nothing can repair. */
  abort(message: string, at: string): never {
    throw new ImportAbort({ severity: 'error', message, pointer: at })
  }

  private add(issue: ImportIssue): void {
    const key = `${issue.severity}|${issue.pointer}|${issue.message}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.issues.push(issue)
  }

  /**
   * Follows local `$ref`s (`#/…`) until a non-reference value, returning it and the pointer
   * it lives at. Reference cycles and references outside the document are reported.
   */
  deref(value: unknown, at: string): { value: unknown; at: string } {
    let current = value
    let where = at
    const visited = new Set<string>()
    while (isRecord(current) && typeof current.$ref === 'string') {
      const ref = current.$ref
      if (!ref.startsWith('#')) {
        this.abort(
          `External references are not supported: $ref "${ref}" (API Gateway resolves only references inside the document).`,
          child(where, '$ref'),
        )
      }
      if (visited.has(ref)) this.abort(`The reference "${ref}" points back at itself.`, where)
      visited.add(ref)
      const target = this.resolvePointer(ref)
      if (target === undefined) {
        this.abort(`Cannot resolve the reference "${ref}".`, child(where, '$ref'))
      }
      current = target
      where = ref.slice(1)
    }
    return { value: current, at: where }
  }

  resolvePointer(ref: string): unknown {
    let node: unknown = this.doc
    for (const seg of parsePointer(ref)) {
      if (Array.isArray(node)) node = node[Number(seg)]
      else if (isRecord(node)) node = Object.hasOwn(node, seg) ? node[seg] : undefined
      else return undefined
      if (node === undefined) return undefined
    }
    return node
  }

  progress(phase: ImportProgress['phase'], done: number, total: number): void {
    this.options.onProgress?.({ phase, done, total })
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
