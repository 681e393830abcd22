import { checkPathPart, parsePathPart } from '../../rest/pathPart'
import { resourcePath, subtreeIds } from '../../rest/paths'
import type { Resource, RestApi } from '../../rest/RestApi'
import { CommandError, defineCommand } from '../defineCommand'
import { getResource, withRestApi } from './withRestApi'

/**
 * Checks that `pathPart` may live under `parentId` by AWS's rules; `selfId` is the resource
 * being renamed or moved (ignored among the siblings). Returns an error message or `undefined`.
 */
export function checkResourcePlacement(
  api: RestApi,
  parentId: string,
  pathPart: string,
  selfId?: string,
  /** Children by parent id, when the caller checks many resources (avoids a scan per resource). */
  childrenByParent?: ReadonlyMap<string, readonly Resource[]>,
): string | undefined {
  const invalid = checkPathPart(pathPart)
  if (invalid) return invalid
  const parent = api.resources[parentId]
  if (!parent) return `There is no parent resource with id "${parentId}".`
  if (parsePathPart(parent.pathPart)?.kind === 'greedy') {
    return `Cannot create a child of a resource with a greedy path variable: ${parent.pathPart}`
  }
  const parsed = parsePathPart(pathPart)!
  const candidates = childrenByParent?.get(parentId) ?? Object.values(api.resources)
  for (const sibling of candidates) {
    if (sibling.parentId !== parentId || sibling.id === selfId) continue
    if (sibling.pathPart === pathPart) {
      return `Another resource with the same parent already has this name: ${pathPart}`
    }
    if (parsed.kind !== 'static' && parsePathPart(sibling.pathPart)?.kind !== 'static') {
      return `A sibling (${sibling.pathPart}) of this resource already has a variable path part -- only one is allowed`
    }
  }
  return undefined
}

export interface CreateResourceParams {
  apiId: string
  /** The new resource's id (from `IdSource.shortId(6)`, AWS's resource-id length). */
  id: string
  parentId: string
  pathPart: string
}

export const createResource = defineCommand<CreateResourceParams>(
  'createResource',
  'Create resource',
  (project, { apiId, id, parentId, pathPart }) =>
    withRestApi(project, 'createResource', apiId, (api) => {
      if (api.resources[id])
        throw new CommandError('createResource', `A resource with id "${id}" already exists.`)
      const problem = checkResourcePlacement(api, parentId, pathPart)
      if (problem) throw new CommandError('createResource', problem)
      const resource: Resource = { id, parentId, pathPart, methods: {} }
      return { ...api, resources: { ...api.resources, [id]: resource } }
    }),
)

export const renameResource = defineCommand<{ apiId: string; resourceId: string; pathPart: string }>(
  'renameResource',
  'Rename resource',
  (project, { apiId, resourceId, pathPart }) =>
    withRestApi(project, 'renameResource', apiId, (api) => {
      const r = getResource(api, 'renameResource', resourceId)
      if (r.parentId === undefined)
        throw new CommandError('renameResource', 'The root resource has no name to change.')
      if (r.pathPart === pathPart) return api
      const problem = checkResourcePlacement(api, r.parentId, pathPart, r.id)
      if (problem) throw new CommandError('renameResource', problem)
      if (
        parsePathPart(pathPart)?.kind === 'greedy' &&
        Object.values(api.resources).some((c) => c.parentId === r.id)
      ) {
        throw new CommandError(
          'renameResource',
          `${pathPart} can only be the last segment of a path, and ${resourcePath(api, r.id)} has child resources.`,
        )
      }
      return { ...api, resources: { ...api.resources, [r.id]: { ...r, pathPart } } }
    }),
)

export const moveResource = defineCommand<{ apiId: string; resourceId: string; newParentId: string }>(
  'moveResource',
  'Move resource',
  (project, { apiId, resourceId, newParentId }) =>
    withRestApi(project, 'moveResource', apiId, (api) => {
      const r = getResource(api, 'moveResource', resourceId)
      if (r.parentId === undefined)
        throw new CommandError('moveResource', 'The root resource cannot be moved.')
      if (r.parentId === newParentId) return api
      if (subtreeIds(api, r.id).has(newParentId)) {
        throw new CommandError(
          'moveResource',
          'A resource cannot be moved under itself or one of its children.',
        )
      }
      const problem = checkResourcePlacement(api, newParentId, r.pathPart, r.id)
      if (problem) throw new CommandError('moveResource', problem)
      return { ...api, resources: { ...api.resources, [r.id]: { ...r, parentId: newParentId } } }
    }),
)

/** Deletes a resource with all its methods and child resources, as DeleteResource does. */
export const deleteResource = defineCommand<{ apiId: string; resourceId: string }>(
  'deleteResource',
  'Delete resource',
  (project, { apiId, resourceId }) =>
    withRestApi(project, 'deleteResource', apiId, (api) => {
      const r = getResource(api, 'deleteResource', resourceId)
      if (r.parentId === undefined)
        throw new CommandError('deleteResource', 'The root resource cannot be deleted.')
      const doomed = subtreeIds(api, r.id)
      const resources: Record<string, Resource> = {}
      for (const [id, res] of Object.entries(api.resources)) if (!doomed.has(id)) resources[id] = res
      return { ...api, resources }
    }),
)
