import type { Clock } from '../ports/Clock'
import type { IdSource } from '../ports/IdSource'
import type { RestApi } from './rest/RestApi'

/** The schema version this build writes. Older documents migrate forward one step at a time. */
export const CURRENT_SCHEMA_VERSION = 1

/**
 * A Gatewright project: one versioned JSON document holding everything the user designed.
 * It is plain data (JSON-serialisable, no classes, no undefined-valued keys) so it can be
 * saved, diffed, undone and shared as is.
 */
export interface Project {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION
  id: string
  name: string
  /** ISO-8601 timestamps. */
  createdAt: string
  updatedAt: string
  restApis: RestApi[]
}

export function createEmptyProject(name: string, ids: IdSource, clock: Clock): Project {
  const now = new Date(clock.now()).toISOString()
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: ids.uuid(),
    name,
    createdAt: now,
    updatedAt: now,
    restApis: [],
  }
}
