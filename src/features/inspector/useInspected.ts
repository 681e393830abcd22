import type { Project } from '../../core/model/project'
import type { HttpMethod, Method, Resource, RestApi } from '../../core/model/rest/RestApi'
import { type InspectorTarget, useSelection } from '../../state/selectionStore'
import { useProject } from '../../state/useProjectStore'
import { resourcePathOf } from '../designer/resourcePathOf'
import { useSelectedApi } from '../designer/useSelectedApi'

export interface Inspected {
  project: Project
  api: RestApi
  target: InspectorTarget
  resource?: Resource
  resourceId?: string
  path?: string
  method?: Method
  httpMethod?: HttpMethod
}

/** What the inspector is looking at, resolved against the open project. */
export function useInspected(): Inspected | undefined {
  const project = useProject()
  const api = useSelectedApi()
  const target = useSelection((s) => s.target)
  const resourceId = useSelection((s) => s.resourceId)
  const httpMethod = useSelection((s) => s.httpMethod)
  if (!api) return undefined
  const resource = resourceId ? api.resources[resourceId] : undefined
  const method = resource && httpMethod ? resource.methods[httpMethod] : undefined
  return {
    project,
    api,
    target,
    ...(resource ? { resource, resourceId: resource.id, path: resourcePathOf(api, resource.id) } : {}),
    ...(method && httpMethod ? { method, httpMethod } : {}),
  }
}
