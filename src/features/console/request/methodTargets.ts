import type { Deployment, Stage } from '../../../core/model/deploy/Stage'
import type { Project } from '../../../core/model/project'
import { resourcePaths } from '../../../core/model/rest/paths'
import { HTTP_METHODS, type HttpMethod, type RestApi } from '../../../core/model/rest/RestApi'

/** A method the console can call: resource path template and the method as modelled. */
export interface MethodTarget {
  resourceId: string
  /** `/pets/{petId}` */
  path: string
  methodKey: HttpMethod
}

const targetsCache = new WeakMap<RestApi, MethodTarget[]>()

/**
 * Every method of an API, sorted by path then in AWS's method order. APIs are immutable
 * values (every edit makes a new object), so the list is kept per API object.
 */
export function methodTargets(api: RestApi): MethodTarget[] {
  const cached = targetsCache.get(api)
  if (cached) return cached
  const out = listTargets(api)
  targetsCache.set(api, out)
  return out
}

function listTargets(api: RestApi): MethodTarget[] {
  const paths = resourcePaths(api)
  const out: MethodTarget[] = []
  for (const resource of Object.values(api.resources)) {
    const path = paths.get(resource.id)
    if (path === undefined) continue
    for (const methodKey of HTTP_METHODS) {
      if (resource.methods[methodKey]) out.push({ resourceId: resource.id, path, methodKey })
    }
  }
  return out.sort((a, b) =>
    a.path === b.path
      ? HTTP_METHODS.indexOf(a.methodKey) - HTTP_METHODS.indexOf(b.methodKey)
      : a.path < b.path
        ? -1
        : 1,
  )
}

/** The names in a path template: `/a/{id}/{proxy+}` → `['id', 'proxy']`. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^{}+]+)\+?\}/g)].map((m) => m[1]!)
}

/** What a stage serves: its deployment's snapshot of the API (absent until it is deployed). */
export interface StageTarget {
  stage: Stage
  deployment?: Deployment
  /** The API as the stage serves it (the deployment snapshot). */
  served?: RestApi
}

export function stageTarget(project: Project, apiId: string, stageName: string): StageTarget | undefined {
  const stage = project.stages.find((s) => s.apiId === apiId && s.stageName === stageName)
  if (!stage) return undefined
  const deployment =
    stage.deploymentId === undefined
      ? undefined
      : project.deployments.find((d) => d.id === stage.deploymentId && d.apiId === apiId)
  const served = deployment?.snapshot.kind === 'rest' ? deployment.snapshot.api : undefined
  return { stage, ...(deployment ? { deployment } : {}), ...(served ? { served } : {}) }
}

const textCache = new WeakMap<RestApi, string>()

function textOf(api: RestApi): string {
  let text = textCache.get(api)
  if (text === undefined) {
    text = JSON.stringify(api)
    textCache.set(api, text)
  }
  return text
}

/**
 * True when the API has changed since the deployment was made (the stage serves an older copy).
 * Compares the documents; each API object is serialised once.
 */
export function hasUndeployedChanges(api: RestApi, deployment: Deployment | undefined): boolean {
  if (deployment === undefined || deployment.snapshot.kind !== 'rest') return true
  if (deployment.snapshot.api === api) return false
  return textOf(deployment.snapshot.api) !== textOf(api)
}
