import type { Resource, RestApi } from '../../../core/model/rest/RestApi'

/**
 * A REST API built from a list of paths, for the designer's tests and benchmarks:
 * `apiFromPaths(['/pets', '/pets/{petId}'])`. Each path gets a GET method with a MOCK
 * integration unless `methods` says otherwise.
 */
export function apiFromPaths(
  paths: readonly string[],
  methods: (path: string) => Resource['methods'] = () => ({}),
): RestApi {
  const resources: Record<string, Resource> = { root: { id: 'root', pathPart: '', methods: methods('/') } }
  const idByPath = new Map<string, string>([['/', 'root']])
  let n = 0
  for (const path of paths) {
    const parts = path.split('/').filter((p) => p !== '')
    let parentPath = '/'
    for (const part of parts) {
      const childPath = parentPath === '/' ? `/${part}` : `${parentPath}/${part}`
      if (!idByPath.has(childPath)) {
        const id = `r${++n}`
        idByPath.set(childPath, id)
        resources[id] = {
          id,
          parentId: idByPath.get(parentPath)!,
          pathPart: part,
          methods: methods(childPath),
        }
      }
      parentPath = childPath
    }
  }
  return {
    id: 'api1234567',
    name: 'Test API',
    endpointConfiguration: { types: ['REGIONAL'] },
    binaryMediaTypes: [],
    apiKeySource: 'HEADER',
    tags: {},
    rootResourceId: 'root',
    resources,
    models: {},
    requestValidators: {},
    authorizers: {},
    gatewayResponses: {},
    documentationParts: [],
  }
}

/** Paths of a synthetic API with `count` resources, several levels deep, deterministic. */
export function generatedPaths(count: number): string[] {
  const out: string[] = []
  let i = 0
  outer: for (let a = 0; ; a++) {
    const top = `/service${a}`
    out.push(top)
    if (++i >= count) break
    for (let b = 0; b < 8; b++) {
      const mid = `${top}/items${b}`
      out.push(mid)
      if (++i >= count) break outer
      const param = `${mid}/{item${b}Id}`
      out.push(param)
      if (++i >= count) break outer
      for (let c = 0; c < 3; c++) {
        out.push(`${param}/action${c}`)
        if (++i >= count) break outer
      }
    }
  }
  return out
}
