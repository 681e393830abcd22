import type { Resource, RestApi } from './RestApi'

/**
 * Path helpers over AWS's flat resource tree (`parentId` links). Paths look like AWS's
 * `Resource.path`: `/` for the root, `/pets/{petId}` below it.
 */

/** The full path of a resource, e.g. `/pets/{petId}`; `undefined` for an unknown id. */
export function resourcePath(api: RestApi, resourceId: string): string | undefined {
  const parts: string[] = []
  let current = api.resources[resourceId]
  let guard = 0
  while (current && current.parentId !== undefined) {
    parts.push(current.pathPart)
    current = api.resources[current.parentId]
    if (++guard > 10_000) return undefined
  }
  if (!current) return undefined
  return `/${parts.reverse().join('/')}`
}

/** Every resource's path, computed in one pass (fast for large APIs). */
export function resourcePaths(api: RestApi): Map<string, string> {
  const out = new Map<string, string>()
  const visit = (id: string): string | undefined => {
    const known = out.get(id)
    if (known !== undefined) return known
    const r = api.resources[id]
    if (!r) return undefined
    if (r.parentId === undefined) {
      out.set(id, '/')
      return '/'
    }
    const parent = visit(r.parentId)
    if (parent === undefined) return undefined
    const path = parent === '/' ? `/${r.pathPart}` : `${parent}/${r.pathPart}`
    out.set(id, path)
    return path
  }
  for (const id of Object.keys(api.resources)) visit(id)
  return out
}

/** Splits a path into segments: `/a/{b}/` → `['a', '{b}']`. */
export function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '')
}

/** The direct children of a resource, sorted by path part. */
export function childResources(api: RestApi, parentId: string): Resource[] {
  return Object.values(api.resources)
    .filter((r) => r.parentId === parentId)
    .sort((a, b) => (a.pathPart < b.pathPart ? -1 : a.pathPart > b.pathPart ? 1 : 0))
}

/** Ids of a resource and everything below it. */
export function subtreeIds(api: RestApi, resourceId: string): Set<string> {
  const ids = new Set<string>([resourceId])
  let grew = true
  while (grew) {
    grew = false
    for (const r of Object.values(api.resources)) {
      if (r.parentId !== undefined && ids.has(r.parentId) && !ids.has(r.id)) {
        ids.add(r.id)
        grew = true
      }
    }
  }
  return ids
}

/** Finds the resource with exactly this path (a trailing slash is ignored). */
export function findResourceByPath(api: RestApi, path: string): Resource | undefined {
  let current = api.resources[api.rootResourceId]
  for (const segment of splitPath(path)) {
    if (!current) return undefined
    const parentId: string = current.id
    current = Object.values(api.resources).find((r) => r.parentId === parentId && r.pathPart === segment)
  }
  return current
}
