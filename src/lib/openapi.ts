/**
 * `gatewright/openapi`: OpenAPI 3.0 / Swagger 2.0 import and export with API Gateway's
 * x-amazon-apigateway-* extensions, as a library for your own tests and scripts.
 *
 *   import { importOpenApi, exportOpenApi } from 'gatewright/openapi'
 *   const result = importOpenApi(readFileSync('api.yaml', 'utf8'), { failOnWarnings: true })
 *   if (!result.ok) throw new Error(result.errors.map((e) => `${e.pointer} ${e.message}`).join('\n'))
 *   const { text } = exportOpenApi(result.project, { flavour: 'oas30', format: 'yaml' })
 */
import { cryptoIds } from '../adapters/system/cryptoIds'
import { systemClock } from '../adapters/system/systemClock'
import { createEmptyProject, type Project } from '../core/model/project'
import type { ExportOptions, ExportResult } from '../core/openapi/ExportOptions'
import { exportOpenApi as exportCore } from '../core/openapi/exportOpenApi'
import {
  type ImportOptions,
  type ImportResult,
  importOpenApi as importCore,
} from '../core/openapi/importOpenApi'
import { parseDocument } from '../core/openapi/parseDocument'
import type { IdSource } from '../core/ports/IdSource'

export type { Project } from '../core/model/project'
export type {
  ExportFlavour,
  ExportFormat,
  ExportOmission,
  ExportOptions,
  ExportResult,
  ExtensionSet,
} from '../core/openapi/ExportOptions'
export { ExportError } from '../core/openapi/ExportOptions'
export type { ImportProgress } from '../core/openapi/ImportContext'
export type { ImportIssue } from '../core/openapi/ImportIssue'
export type { ImportMode, ImportOptions, ImportResult, OpenApiFlavour } from '../core/openapi/importOpenApi'
export { checkOpenApi } from '../core/openapi/importOpenApi'

export interface LibraryImportOptions extends ImportOptions {
  /** The project to import into; a new, empty project when absent. */
  project?: Project
  /** Where new ids come from (random by default; pass a fixed source for repeatable output). */
  ids?: IdSource
  /** The target of `overwrite` / `merge`: an API id or name (defaults to the only API, or the one named like the document). */
  api?: string
}

/** Finds an API by id or name; with no selector, the only API of the project. */
export function findApi(
  project: Project,
  selector: string | undefined,
): { id: string; name: string } | undefined {
  const all = [...project.restApis, ...project.httpApis]
  if (selector === undefined) return all.length === 1 ? all[0] : undefined
  return all.find((a) => a.id === selector) ?? all.find((a) => a.name === selector)
}

/** The document's `info.title`, if it parses and has one. */
function titleOf(text: string): string | undefined {
  try {
    const info = parseDocument(text).doc.info
    const title =
      typeof info === 'object' && info !== null ? (info as Record<string, unknown>).title : undefined
    return typeof title === 'string' ? title : undefined
  } catch {
    return undefined
  }
}

/**
 * Imports an OpenAPI document (JSON or YAML text) as API Gateway would. Never throws for bad
 * input: problems come back in `errors` / `warnings` with JSON pointers, and `ok: false`
 * leaves the project untouched.
 */
export function importOpenApi(text: string, options: LibraryImportOptions = {}): ImportResult {
  const ids = options.ids ?? cryptoIds
  const project = options.project ?? createEmptyProject('Imported', ids, systemClock)
  const { project: _p, ids: _i, api, ...core } = options
  if ((core.mode === 'overwrite' || core.mode === 'merge') && core.targetApiId === undefined) {
    const target = findApi(project, api) ?? findApi(project, titleOf(text))
    if (target) core.targetApiId = target.id
  }
  return importCore(project, text, core, ids)
}

/**
 * Exports one API of a project (the only one unless `api` names one, by id or name) as
 * OpenAPI 3.0.1 or Swagger 2.0 text. `omitted` lists what the chosen flavour and extension
 * set cannot hold; it stays in the project.
 */
export function exportOpenApi(
  project: Project,
  options: ExportOptions & { api?: string } = {},
): ExportResult {
  const { api, ...rest } = options
  const target = findApi(project, api)
  if (!target) {
    const names = [...project.restApis, ...project.httpApis].map((a) => `"${a.name}" (${a.id})`).join(', ')
    throw new Error(
      api === undefined
        ? `The project has ${names === '' ? 'no APIs' : `several APIs: ${names}`}; say which one to export.`
        : `There is no API "${api}" in the project; it has ${names || 'none'}.`,
    )
  }
  return exportCore(project, target.id, rest)
}
