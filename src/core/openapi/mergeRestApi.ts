import { resourcePaths } from '../model/rest/paths'
import type { HttpMethod, Resource, RestApi } from '../model/rest/RestApi'

/** Maps every resource of `incoming` to the id of the resource at the same path in `existing`, if any. */
function idsByPath(existing: RestApi, incoming: RestApi): Map<string, string> {
  const existingByPath = new Map<string, string>()
  for (const [id, path] of resourcePaths(existing)) existingByPath.set(path, id)
  const out = new Map<string, string>()
  for (const [id, path] of resourcePaths(incoming)) {
    const match = existingByPath.get(path)
    if (match) out.set(id, match)
  }
  return out
}

function renameResources(api: RestApi, rename: Map<string, string>): Record<string, Resource> {
  const out: Record<string, Resource> = {}
  for (const r of Object.values(api.resources)) {
    const id = rename.get(r.id) ?? r.id
    const next: Resource = { ...r, id }
    if (r.parentId !== undefined) next.parentId = rename.get(r.parentId) ?? r.parentId
    out[id] = next
  }
  return out
}

/**
 * Overwrite: the result is exactly the incoming definition, but it keeps the existing API's id,
 * endpoint configuration and tags (which an import never changes), and the resource ids of
 * paths that still exist, so selections and stage settings keyed by them survive.
 */
export function overwriteRestApi(existing: RestApi, incoming: RestApi): RestApi {
  const rename = idsByPath(existing, incoming)
  return {
    ...incoming,
    id: existing.id,
    rootResourceId: existing.rootResourceId,
    endpointConfiguration: existing.endpointConfiguration,
    tags: existing.tags,
    resources: renameResources(incoming, rename),
  }
}

/**
 * Merge (AWS's default for PutRestApi): the incoming definition is laid over the existing API.
 * What the file does not mention stays; a method the file defines replaces the old one
 * wholesale; models, validators and authorizers with the same name are replaced; root-level
 * settings the file sets replace the old ones. Endpoint configuration and tags are kept.
 */
export function mergeRestApi(existing: RestApi, incoming: RestApi, presentRootKeys: Set<string>): RestApi {
  const rename = idsByPath(existing, incoming)
  // Validators and authorizers: same name → keep the existing id.
  const validatorIds = new Map<string, string>()
  const requestValidators = { ...existing.requestValidators }
  for (const v of Object.values(incoming.requestValidators)) {
    const same = Object.values(existing.requestValidators).find((e) => e.name === v.name)
    const id = same?.id ?? v.id
    validatorIds.set(v.id, id)
    requestValidators[id] = { ...v, id }
  }
  const authorizerIds = new Map<string, string>()
  const authorizers = { ...existing.authorizers }
  for (const a of Object.values(incoming.authorizers)) {
    const same = Object.values(existing.authorizers).find((e) => e.name === a.name)
    const id = same?.id ?? a.id
    authorizerIds.set(a.id, id)
    authorizers[id] = { ...a, id }
  }
  const resources: Record<string, Resource> = { ...existing.resources }
  for (const r of Object.values(renameResources(incoming, rename))) {
    const old = resources[r.id]
    const methods = { ...(old?.methods ?? {}) }
    for (const [verb, m] of Object.entries(r.methods) as [
      HttpMethod,
      NonNullable<Resource['methods'][HttpMethod]>,
    ][]) {
      const next = { ...m }
      if (m.requestValidatorId !== undefined)
        next.requestValidatorId = validatorIds.get(m.requestValidatorId) ?? m.requestValidatorId
      if (m.authorizerId !== undefined)
        next.authorizerId = authorizerIds.get(m.authorizerId) ?? m.authorizerId
      methods[verb] = next
    }
    resources[r.id] = old ? { ...old, methods } : { ...r, methods }
  }
  const merged: RestApi = {
    ...existing,
    name: incoming.name,
    resources,
    models: { ...existing.models, ...incoming.models },
    requestValidators,
    authorizers,
    gatewayResponses: { ...existing.gatewayResponses, ...incoming.gatewayResponses },
  }
  if (incoming.description !== undefined) merged.description = incoming.description
  if (incoming.version !== undefined) merged.version = incoming.version
  if (presentRootKeys.has('x-amazon-apigateway-binary-media-types'))
    merged.binaryMediaTypes = incoming.binaryMediaTypes
  if (presentRootKeys.has('x-amazon-apigateway-api-key-source')) merged.apiKeySource = incoming.apiKeySource
  if (incoming.minimumCompressionSize !== undefined)
    merged.minimumCompressionSize = incoming.minimumCompressionSize
  if (incoming.policy !== undefined) merged.policy = incoming.policy
  if (incoming.securityPolicy !== undefined) merged.securityPolicy = incoming.securityPolicy
  if (incoming.endpointAccessMode !== undefined) merged.endpointAccessMode = incoming.endpointAccessMode
  if (presentRootKeys.has('x-amazon-apigateway-documentation')) {
    const key = (p: RestApi['documentationParts'][number]) => JSON.stringify(p.location)
    const incomingKeys = new Set(incoming.documentationParts.map(key))
    merged.documentationParts = [
      ...existing.documentationParts.filter((p) => !incomingKeys.has(key(p))),
      ...incoming.documentationParts,
    ]
    if (incoming.documentationVersion !== undefined)
      merged.documentationVersion = incoming.documentationVersion
  }
  if (incoming.vendorExtensions)
    merged.vendorExtensions = { ...(existing.vendorExtensions ?? {}), ...incoming.vendorExtensions }
  return merged
}
