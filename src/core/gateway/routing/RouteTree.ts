import type { HttpMethod, Method, Resource, RestApi } from '../../model/rest/RestApi'

/** A resource with its children grouped the way routing tries them. */
export interface RouteNode {
  resource: Resource
  /** Full resource path, e.g. `/pets/{petId}`. */
  path: string
  statics: Map<string, RouteNode>
  /** `{name}` children, with the parameter name. */
  params: { name: string; node: RouteNode }[]
  /** `{name+}` children. */
  greedy: { name: string; node: RouteNode }[]
}

/** Builds the routing tree of an API (once per deployment). */
export function buildRouteTree(api: RestApi): RouteNode | undefined {
  const children = new Map<string, Resource[]>()
  for (const r of Object.values(api.resources)) {
    if (r.parentId === undefined) continue
    const list = children.get(r.parentId)
    if (list === undefined) children.set(r.parentId, [r])
    else list.push(r)
  }
  const root = api.resources[api.rootResourceId]
  if (root === undefined) return undefined
  const build = (resource: Resource, path: string): RouteNode => {
    const node: RouteNode = { resource, path, statics: new Map(), params: [], greedy: [] }
    for (const child of children.get(resource.id) ?? []) {
      const part = child.pathPart
      const childPath = path === '/' ? `/${part}` : `${path}/${part}`
      const childNode = build(child, childPath)
      const m = /^\{(.+?)(\+)?\}$/.exec(part)
      if (m === null) node.statics.set(part, childNode)
      else if (m[2] === '+') node.greedy.push({ name: m[1]!, node: childNode })
      else node.params.push({ name: m[1]!, node: childNode })
    }
    return node
  }
  return build(root, '/')
}

/** The result of routing: the resource, the method that serves the verb, and raw path parameters. */
export interface RouteMatch {
  node: RouteNode
  method: Method
  /** The method key that matched: the verb itself or `ANY`. */
  methodKey: HttpMethod
  pathParameters: Record<string, string>
}

function methodFor(resource: Resource, verb: string): { method: Method; key: HttpMethod } | undefined {
  const own = resource.methods[verb as HttpMethod]
  if (own !== undefined && verb !== 'ANY') return { method: own, key: verb as HttpMethod }
  const any = resource.methods.ANY
  return any === undefined ? undefined : { method: any, key: 'ANY' }
}

/**
 * Finds the method for `verb` on `path` (the part after the stage, raw, e.g. `/pets/12`).
 * Static segments beat `{param}`, which beats `{proxy+}`; the verb beats `ANY`; when a
 * candidate resource lacks the method the search backtracks to the next candidate (AWS serves
 * `OPTIONS /test` from `/{proxy+}` when `/test` has only POST). Empty segments (`//x`, a trailing
 * slash) are skipped; a greedy parameter keeps the raw rest of the path, inner `//` included.
 * Path values are not URL-decoded (recorded).
 */
export function matchRoute(root: RouteNode, path: string, verb: string): RouteMatch | undefined {
  // Segment texts with their start offsets in the raw path.
  const segments: string[] = []
  const starts: number[] = []
  let i = 0
  while (i < path.length) {
    if (path.charCodeAt(i) === 47 /* / */) {
      i++
      continue
    }
    const j = path.indexOf('/', i)
    const end = j < 0 ? path.length : j
    segments.push(path.slice(i, end))
    starts.push(i)
    i = end
  }
  const params: Record<string, string> = {}

  const visit = (node: RouteNode, index: number): RouteMatch | undefined => {
    if (index === segments.length) {
      const m = methodFor(node.resource, verb)
      return m === undefined
        ? undefined
        : { node, method: m.method, methodKey: m.key, pathParameters: { ...params } }
    }
    const segment = segments[index]!
    const exact = node.statics.get(segment)
    if (exact !== undefined) {
      const found = visit(exact, index + 1)
      if (found !== undefined) return found
    }
    for (const p of node.params) {
      params[p.name] = segment
      const found = visit(p.node, index + 1)
      delete params[p.name]
      if (found !== undefined) return found
    }
    for (const g of node.greedy) {
      const m = methodFor(g.node.resource, verb)
      if (m === undefined) continue
      const rest = path.slice(starts[index]!).replace(/\/+$/, '')
      return {
        node: g.node,
        method: m.method,
        methodKey: m.key,
        pathParameters: { ...params, [g.name]: rest },
      }
    }
    return undefined
  }
  return visit(root, 0)
}
