import type { Project } from '../../project'
import { resourcePath } from '../../rest/paths'
import type { HttpMethod, Method, Resource, RestApi } from '../../rest/RestApi'
import { CommandError } from '../defineCommand'

/**
 * Immutable-update helpers shared by the REST commands: find the API / resource / method a
 * command names (or throw a `CommandError` naming what is missing) and give back a new project
 * with just that branch replaced.
 */

export function getRestApi(project: Project, command: string, apiId: string): RestApi {
  const api = project.restApis.find((a) => a.id === apiId)
  if (!api) throw new CommandError(command, `There is no REST API with id "${apiId}".`)
  return api
}

export function withRestApi(
  project: Project,
  command: string,
  apiId: string,
  edit: (api: RestApi) => RestApi,
): Project {
  const api = getRestApi(project, command, apiId)
  const next = edit(api)
  if (next === api) return project
  return { ...project, restApis: project.restApis.map((a) => (a.id === apiId ? next : a)) }
}

export function getResource(api: RestApi, command: string, resourceId: string): Resource {
  const r = api.resources[resourceId]
  if (!r)
    throw new CommandError(command, `There is no resource with id "${resourceId}" in API "${api.name}".`)
  return r
}

export function withResource(
  api: RestApi,
  command: string,
  resourceId: string,
  edit: (resource: Resource) => Resource,
): RestApi {
  const r = getResource(api, command, resourceId)
  const next = edit(r)
  if (next === r) return api
  return { ...api, resources: { ...api.resources, [resourceId]: next } }
}

export function getMethod(api: RestApi, command: string, resourceId: string, httpMethod: HttpMethod): Method {
  const r = getResource(api, command, resourceId)
  const m = r.methods[httpMethod]
  if (!m) {
    throw new CommandError(
      command,
      `${httpMethod} ${resourcePath(api, resourceId) ?? resourceId} has no method; create the method first.`,
    )
  }
  return m
}

export function withMethod(
  api: RestApi,
  command: string,
  resourceId: string,
  httpMethod: HttpMethod,
  edit: (method: Method) => Method,
): RestApi {
  const m = getMethod(api, command, resourceId, httpMethod)
  const next = edit(m)
  if (next === m) return api
  return withResource(api, command, resourceId, (r) => ({
    ...r,
    methods: { ...r.methods, [httpMethod]: next },
  }))
}

/** Applies a patch where `null` removes an optional field and `undefined` leaves it alone. */
export function applyPatch<T extends object>(
  target: T,
  patch: { [K in keyof T]?: T[K] | null | undefined },
): T {
  const out: Record<string, unknown> = { ...(target as Record<string, unknown>) }
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue
    if (value === null) delete out[key]
    else out[key] = value
  }
  return out as T
}

/** `{ a: 1 }` without `key`. */
export function omitKey<T extends Record<string, unknown>>(record: T, key: string): T {
  if (!(key in record)) return record
  const { [key]: _removed, ...rest } = record
  return rest as T
}
