import { CommandError } from '../../../core/model/commands/defineCommand'
import { moveResource } from '../../../core/model/commands/rest/resource'
import type { Project } from '../../../core/model/project'

/** A resource a dragged one is over: dropping moves it there, unless `problem` says why not. */
export interface DropTarget {
  id: string
  problem?: string
}

/**
 * What dropping `resourceId` onto `targetId` would do, checked with the move command's own
 * rules on a copy (AWS's path-part rules: one variable per level, no child of `{proxy+}`, no
 * name twice, not under itself). Undefined when the drop is no move at all (onto itself or its
 * own parent, or the root resource).
 */
export function dropTargetFor(
  project: Project,
  apiId: string,
  resourceId: string,
  targetId: string,
): DropTarget | undefined {
  const api = project.restApis.find((a) => a.id === apiId)
  const r = api?.resources[resourceId]
  if (!r || r.parentId === undefined || targetId === resourceId || r.parentId === targetId) return undefined
  try {
    moveResource.apply(project, { apiId, resourceId, newParentId: targetId })
    return { id: targetId }
  } catch (e) {
    if (e instanceof CommandError) return { id: targetId, problem: e.message }
    throw e
  }
}
