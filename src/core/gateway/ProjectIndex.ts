import type { Deployment, DomainName, Stage } from '../model/deploy/Stage'
import type { Project } from '../model/project'
import type { RestApi } from '../model/rest/RestApi'

/** Lookups the pipeline makes on every request, built once per project object (projects are immutable). */
export interface ProjectIndex {
  restApis: Map<string, RestApi>
  httpApiIds: Set<string>
  /** `{apiId}\u0000{stageName}` → stage. */
  stages: Map<string, Stage>
  deployments: Map<string, Deployment>
  /** Lower-cased domain name → custom domain. */
  domains: Map<string, DomainName>
  /** Stage name → the REST API ids with a deployed stage of that name. */
  stageOwners: Map<string, string[]>
}

const cache = new WeakMap<Project, ProjectIndex>()

export function projectIndex(project: Project): ProjectIndex {
  const hit = cache.get(project)
  if (hit !== undefined) return hit
  const restApis = new Map(project.restApis.map((a) => [a.id, a]))
  const index: ProjectIndex = {
    restApis,
    httpApiIds: new Set(project.httpApis.map((a) => a.id)),
    stages: new Map(project.stages.map((s) => [`${s.apiId}\u0000${s.stageName}`, s])),
    deployments: new Map(project.deployments.map((d) => [d.id, d])),
    domains: new Map(project.domainNames.map((d) => [d.domainName.toLowerCase(), d])),
    stageOwners: new Map(),
  }
  for (const s of project.stages) {
    if (s.deploymentId === undefined || !restApis.has(s.apiId)) continue
    const list = index.stageOwners.get(s.stageName)
    if (list === undefined) index.stageOwners.set(s.stageName, [s.apiId])
    else list.push(s.apiId)
  }
  cache.set(project, index)
  return index
}
