import type { Project } from '../../core/model/project'
import type { ImportMode } from '../../core/openapi'

/** An API of the project that an import can overwrite or merge into. */
export interface ImportTarget {
  id: string
  name: string
  kind: 'rest' | 'http'
}

/**
 * The three ways to import, in AWS's words: ImportRestApi creates an API; PutRestApi updates
 * one with `mode=overwrite` or `mode=merge`. Neither update touches stages, stage variables,
 * the endpoint configuration or API keys, and a new deployment is still needed.
 */
export const IMPORT_MODES: readonly { mode: ImportMode; label: string; description: string }[] = [
  {
    mode: 'new',
    label: 'New API',
    description: 'Creates a new API from the definition (Import API).',
  },
  {
    mode: 'overwrite',
    label: 'Overwrite an existing API',
    description:
      'The API becomes exactly the imported definition: resources, methods, models and other settings the file does not define are deleted. Stages, stage variables, the endpoint configuration and API keys stay; deploy to make the change live.',
  },
  {
    mode: 'merge',
    label: 'Merge into an existing API',
    description:
      'The imported definition is laid over the API: what the file does not mention stays, and a method defined in both is replaced by the file’s method (its responses included). Stages, stage variables, the endpoint configuration and API keys stay; deploy to make the change live.',
  },
]

/** Every REST and HTTP API of the project, in the order the project lists them. */
export function importTargets(project: Project): ImportTarget[] {
  return [
    ...project.restApis.map((a): ImportTarget => ({ id: a.id, name: a.name, kind: 'rest' })),
    ...project.httpApis.map((a): ImportTarget => ({ id: a.id, name: a.name, kind: 'http' })),
  ]
}

/** Why the chosen mode cannot run with this target, or `null` when it can. */
export function importModeProblem(mode: ImportMode, target: ImportTarget | undefined): string | null {
  if (mode === 'new') return null
  if (!target) return mode === 'overwrite' ? 'Choose the API to overwrite.' : 'Choose the API to merge into.'
  if (mode === 'merge' && target.kind === 'http')
    return 'HTTP APIs have no merge: reimporting replaces the whole definition. Choose Overwrite.'
  return null
}
