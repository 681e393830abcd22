import type { MigrationStep } from './migrateDocument'

/**
 * Every migration step of the project document, oldest first. Schema version 1 is the first
 * version Gatewright wrote, so there is nothing to migrate yet. When the document changes
 * shape: raise `CURRENT_SCHEMA_VERSION` in `../project.ts`, add a step file here
 * (`v1ToV2.ts`, `from: 1`) with its test beside it, and append it to this list.
 */
export const projectMigrations: readonly MigrationStep[] = []
