import type { Project } from '../../../core/model/project'
import type { HttpMethod } from '../../../core/model/rest/RestApi'
import type { RequestDraft } from '../../../state/consoleStore'
import { methodTargets, pathParameterNames, stageTarget } from './methodTargets'

/** The API's stages, deployed ones first (they can answer), each group by name. */
export function stagesOf(project: Project, apiId: string) {
  return project.stages
    .filter((s) => s.apiId === apiId)
    .sort((a, b) =>
      (a.deploymentId === undefined) !== (b.deploymentId === undefined)
        ? a.deploymentId === undefined
          ? 1
          : -1
        : a.stageName.localeCompare(b.stageName),
    )
}

/** The methods a stage serves (its deployment's), or the API's own methods before a deploy. */
export function targetsFor(project: Project, apiId: string, stageName: string | undefined) {
  const served = stageName === undefined ? undefined : stageTarget(project, apiId, stageName)?.served
  const api = served ?? project.restApis.find((a) => a.id === apiId)
  return api ? methodTargets(api) : []
}

/** The form pointed at a method: the verb (GET for ANY), path parameters kept by name. */
export function withMethod(
  draft: RequestDraft,
  target: { resourceId: string; methodKey: HttpMethod; path: string },
): RequestDraft {
  const pathParameters: Record<string, string> = {}
  for (const name of pathParameterNames(target.path)) pathParameters[name] = draft.pathParameters[name] ?? ''
  const { rawUrl: _raw, ...rest } = draft
  return {
    ...rest,
    resourceId: target.resourceId,
    methodKey: target.methodKey,
    method:
      target.methodKey === 'ANY' ? (draft.methodKey === 'ANY' ? draft.method : 'GET') : target.methodKey,
    pathParameters,
  }
}

/**
 * Fills in what the form lacks or what no longer exists (API deleted, stage renamed, method
 * removed): the first REST API, its first deployed stage, the first method it serves. Returns
 * the same draft when nothing needs to change. A raw URL is left alone.
 */
export function retarget(project: Project, draft: RequestDraft): RequestDraft {
  if (draft.rawUrl !== undefined) return draft
  const api = project.restApis.find((a) => a.id === draft.apiId) ?? project.restApis[0]
  if (!api) {
    if (draft.apiId === undefined) return draft
    const { apiId: _a, stageName: _s, resourceId: _r, methodKey: _m, ...rest } = draft
    return rest
  }
  let next: RequestDraft = draft
  if (api.id !== draft.apiId) {
    const { stageName: _s, resourceId: _r, methodKey: _m, ...rest } = draft
    next = { ...rest, apiId: api.id }
  }
  const stages = stagesOf(project, api.id)
  if (!stages.some((s) => s.stageName === next.stageName)) {
    const { stageName: _s, ...rest } = next
    if (stages[0]) next = { ...rest, stageName: stages[0].stageName }
    else if (next.stageName !== undefined) next = rest
  }
  const targets = targetsFor(project, api.id, next.stageName)
  const current = targets.find((t) => t.resourceId === next.resourceId && t.methodKey === next.methodKey)
  if (!current) {
    const first = targets[0]
    if (first) next = withMethod(next, first)
    else if (next.resourceId !== undefined) {
      const { resourceId: _r, methodKey: _m, ...rest } = next
      next = rest
    }
  }
  return next
}
