import { MigrationError, migrateDocument } from './migrations/migrateDocument'
import { projectMigrations } from './migrations/projectMigrations'
import { CURRENT_SCHEMA_VERSION, type Project } from './project'

/**
 * The project file: one project as a JSON document (`*.gatewright.json`), the same document
 * the browser keeps in IndexedDB. Reading one checks it is JSON, migrates it forward from its
 * `schemaVersion`, and checks its shape, saying which field is wrong.
 */

export const PROJECT_FILE_EXTENSION = '.gatewright.json'

export type ProjectFileProblem = 'not-json' | 'wrong-shape' | 'newer-version' | 'unknown-version'

export interface ProjectFileError {
  problem: ProjectFileProblem
  /** A sentence a person can act on. */
  message: string
  /** The field at fault, as a path like `restApis[2].name`, when there is one. */
  field?: string
}

export type ProjectFileResult =
  | { ok: true; project: Project; fromVersion: number; migrations: string[] }
  | { ok: false; error: ProjectFileError }

/** The file contents for `project`: pretty-printed JSON ending with a newline. */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`
}

/** A file name for exporting `project`: its name made safe for file systems. */
export function projectFileName(project: Pick<Project, 'name'>): string {
  const base = project.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
  return `${base === '' ? 'project' : base}${PROJECT_FILE_EXTENSION}`
}

/** Reads a project file's text. Never throws: problems come back as `{ ok: false, error }`. */
export function parseProjectFile(text: string): ProjectFileResult {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return fail(
      'not-json',
      `This file is not JSON (${detail}). A Gatewright project file is a .gatewright.json file.`,
    )
  }
  return readProjectDocument(parsed)
}

/** Checks and migrates an already-parsed project document (from a file or from storage). */
export function readProjectDocument(document: unknown): ProjectFileResult {
  if (!isObject(document)) {
    return fail(
      'wrong-shape',
      `Expected a JSON object for the project, got ${describeValue(document)}. This is not a Gatewright project file.`,
    )
  }
  let migrated: ReturnType<typeof migrateDocument>
  try {
    migrated = migrateDocument(document, projectMigrations, CURRENT_SCHEMA_VERSION)
  } catch (e) {
    if (!(e instanceof MigrationError)) throw e
    if (e.problem === 'newer-version') return fail('newer-version', e.message, 'schemaVersion')
    if (e.problem === 'no-step') return fail('unknown-version', e.message, 'schemaVersion')
    return fail('wrong-shape', e.message, 'schemaVersion')
  }
  const problem = shapeProblem(migrated.document)
  if (problem) return fail('wrong-shape', `${problem.field}: ${problem.message}`, problem.field)
  return {
    ok: true,
    project: migrated.document as unknown as Project,
    fromVersion: migrated.fromVersion,
    migrations: migrated.applied,
  }
}

function fail(problem: ProjectFileProblem, message: string, field?: string): ProjectFileResult {
  return { ok: false, error: field === undefined ? { problem, message } : { problem, message, field } }
}

type FieldKind = 'string' | 'number' | 'boolean' | 'object' | 'array'
type Shape = Readonly<Record<string, FieldKind>>

/** What every project has at the top level. */
const projectShape: Shape = {
  id: 'string',
  name: 'string',
  createdAt: 'string',
  updatedAt: 'string',
  settings: 'object',
  restApis: 'array',
  httpApis: 'array',
  stages: 'array',
  deployments: 'array',
  usagePlans: 'array',
  apiKeys: 'array',
  functions: 'array',
  domainNames: 'array',
}

const settingsShape: Shape = { region: 'string', accountId: 'string' }

/** The fields that identify each item of the project's lists (the rest is the model's business). */
const itemShapes: Readonly<Record<string, Shape>> = {
  restApis: { id: 'string', name: 'string', rootResourceId: 'string', resources: 'object' },
  httpApis: { id: 'string', name: 'string', routes: 'object', integrations: 'object' },
  stages: { apiId: 'string', stageName: 'string', variables: 'object' },
  deployments: { id: 'string', apiId: 'string', snapshot: 'object' },
  usagePlans: { id: 'string', name: 'string' },
  apiKeys: { id: 'string', name: 'string' },
  functions: { name: 'string', code: 'string' },
  domainNames: { domainName: 'string' },
}

function shapeProblem(doc: Record<string, unknown>): { field: string; message: string } | null {
  const top = checkShape(doc, projectShape, '')
  if (top) return top
  const settings = checkShape(doc.settings as Record<string, unknown>, settingsShape, 'settings.')
  if (settings) return settings
  if ((doc.name as string).trim() === '') return { field: 'name', message: 'must not be empty.' }
  for (const [list, shape] of Object.entries(itemShapes)) {
    const items = doc[list] as unknown[]
    for (const [i, item] of items.entries()) {
      if (!isObject(item))
        return { field: `${list}[${i}]`, message: `expected an object, got ${describeValue(item)}.` }
      const problem = checkShape(item, shape, `${list}[${i}].`)
      if (problem) return problem
    }
  }
  return null
}

function checkShape(
  value: Record<string, unknown>,
  shape: Shape,
  prefix: string,
): { field: string; message: string } | null {
  for (const [key, kind] of Object.entries(shape)) {
    const field = `${prefix}${key}`
    if (!(key in value)) return { field, message: `missing (expected ${article(kind)}).` }
    if (kindOf(value[key]) !== kind)
      return { field, message: `expected ${article(kind)}, got ${describeValue(value[key])}.` }
  }
  return null
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  if (value === null) return 'null'
  return typeof value
}

function article(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`
}

function describeValue(value: unknown): string {
  const kind = kindOf(value)
  if (kind === 'null') return 'null'
  if (kind === 'string') {
    const s = value as string
    return `the string ${JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s)}`
  }
  if (kind === 'number' || kind === 'boolean') return `${kind} ${String(value)}`
  return article(kind)
}
