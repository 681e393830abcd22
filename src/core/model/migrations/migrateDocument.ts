/**
 * Moves a saved project document forward, one schema version at a time, to the version this
 * build writes. Each step knows only its own version and the next, so old files keep opening
 * however many versions behind they are.
 */

/** A JSON object as read from a file or from storage, before its shape is checked. */
export type JsonObject = Record<string, unknown>

export interface MigrationStep {
  /** The version this step reads; it writes `from + 1`. */
  readonly from: number
  /** What changed, for the migration log a user can read. */
  readonly description: string
  /** Pure: returns a new document and leaves its input alone. Need not set `schemaVersion`. */
  migrate(document: JsonObject): JsonObject
}

export type MigrationProblem = 'missing-version' | 'newer-version' | 'no-step'

export class MigrationError extends Error {
  constructor(
    readonly problem: MigrationProblem,
    message: string,
    /** The version found in the document, when it had one. */
    readonly foundVersion?: number,
  ) {
    super(message)
    this.name = 'MigrationError'
  }
}

export interface MigrationResult {
  document: JsonObject
  /** The version the document had before migrating. */
  fromVersion: number
  /** Descriptions of the steps applied, oldest first (empty when already current). */
  applied: string[]
}

/**
 * Migrates `document` to `targetVersion` with `steps`. Throws `MigrationError` when the
 * document has no usable `schemaVersion`, is newer than `targetVersion` (written by a newer
 * Gatewright), or a step in the chain is missing.
 */
export function migrateDocument(
  document: JsonObject,
  steps: readonly MigrationStep[],
  targetVersion: number,
): MigrationResult {
  const version = document.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new MigrationError(
      'missing-version',
      version === undefined
        ? 'schemaVersion: missing — this is not a Gatewright project file.'
        : `schemaVersion: expected a whole number, got ${JSON.stringify(version)}.`,
    )
  }
  if (version > targetVersion) {
    throw new MigrationError(
      'newer-version',
      `This project uses schema version ${version}, but this version of Gatewright reads up to ` +
        `schema version ${targetVersion}. Open it with a newer Gatewright.`,
      version,
    )
  }
  const byVersion = new Map(steps.map((s) => [s.from, s]))
  let current = document
  const applied: string[] = []
  for (let v = version; v < targetVersion; v++) {
    const step = byVersion.get(v)
    if (!step) {
      throw new MigrationError(
        'no-step',
        `No migration from schema version ${v} to ${v + 1}; this file cannot be opened.`,
        version,
      )
    }
    current = { ...step.migrate(current), schemaVersion: v + 1 }
    applied.push(`${v} → ${v + 1}: ${step.description}`)
  }
  return { document: current, fromVersion: version, applied }
}
