import yaml from 'js-yaml'
import { CLOUDFORMATION_YAML_SCHEMA } from './cloudFormationYaml'
import { ImportAbort } from './ImportIssue'

export type SourceFormat = 'json' | 'yaml'

export interface ParsedDocument {
  doc: Record<string, unknown>
  format: SourceFormat
}

/**
 * Reads an OpenAPI document from JSON or YAML text. JSON is tried first (it is much faster on
 * big files); YAML goes through js-yaml with CloudFormation's short tags. Throws `ImportAbort`
 * with the line and column of a syntax error.
 */
export function parseDocument(text: string): ParsedDocument {
  const trimmed = text.trimStart()
  if (trimmed === '') throw abort('The document is empty.')
  let doc: unknown
  let format: SourceFormat
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      doc = JSON.parse(text)
      format = 'json'
    } catch (jsonError) {
      throw abort(`Invalid JSON: ${(jsonError as Error).message}${jsonPosition(text, jsonError as Error)}`)
    }
  } else {
    try {
      doc = yaml.load(text, { schema: CLOUDFORMATION_YAML_SCHEMA })
      format = 'yaml'
    } catch (e) {
      const err = e as yaml.YAMLException & { mark?: { line: number; column: number } }
      const where = err.mark ? ` (line ${err.mark.line + 1}, column ${err.mark.column + 1})` : ''
      throw abort(`Invalid YAML: ${err.reason ?? err.message}${where}`)
    }
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw abort('The document is not an OpenAPI object (expected a JSON/YAML mapping at the top level).')
  }
  return { doc: doc as Record<string, unknown>, format }
}

function abort(message: string): ImportAbort {
  return new ImportAbort({ severity: 'error', message, pointer: '' })
}

function jsonPosition(text: string, error: Error): string {
  let pos: number | undefined
  const at = /position (\d+)/.exec(error.message)
  if (at) pos = Number(at[1])
  else if (/Unexpected end of JSON input/.test(error.message)) pos = text.length
  else {
    // Node 20 quotes the text around the error instead of giving a position.
    const quoted = /Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*?)(?:\.\.\.)?" is not valid JSON/.exec(
      error.message,
    )
    if (quoted) {
      const found = text.indexOf(quoted[2]!)
      if (found !== -1) pos = found + quoted[2]!.lastIndexOf(quoted[1]!)
    }
  }
  if (pos === undefined) return ''
  const before = text.slice(0, pos)
  const line = before.split('\n').length
  const column = pos - before.lastIndexOf('\n')
  return ` (line ${line}, column ${column})`
}
