import { checkCanary, checkMethodSettings, checkVariables } from '../commands/deploy/stage'
import type { Project } from '../project'
import type { Diagnostic } from './Diagnostic'
import { validateHttpApi } from './validateHttpApi'
import { validateRestApi } from './validateRestApi'

/**
 * Everything in a project that AWS would refuse (`error`), that probably does not do what was
 * meant (`warning`), or that is worth knowing (`info`), each pointing at its place: an API,
 * a resource path, a method, a field or a template.
 */
export function validateProject(project: Project): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const api of project.restApis) out.push(...validateRestApi(project, api))
  for (const api of project.httpApis) out.push(...validateHttpApi(project, api))
  const apiIds = new Set([...project.restApis.map((a) => a.id), ...project.httpApis.map((a) => a.id)])

  for (const stage of project.stages) {
    const field = `stages.${stage.stageName}`
    const loc = { apiId: stage.apiId, field }
    if (!apiIds.has(stage.apiId)) {
      out.push({
        severity: 'error',
        message: `Stage ${stage.stageName} belongs to an API that no longer exists.`,
        location: loc,
      })
      continue
    }
    if (stage.deploymentId === undefined) {
      out.push({
        severity: 'info',
        message: `Stage ${stage.stageName} has no deployment yet; deploy to serve it.`,
        location: loc,
      })
    } else if (!project.deployments.some((d) => d.id === stage.deploymentId && d.apiId === stage.apiId)) {
      out.push({
        severity: 'error',
        message: `Stage ${stage.stageName} points at a deployment that does not exist.`,
        location: loc,
      })
    }
    const checks: [string, () => void][] = [
      ['variables', () => checkVariables('validate', stage.variables)],
      ['methodSettings', () => checkMethodSettings('validate', stage.methodSettings)],
      [
        'canarySettings',
        () => stage.canarySettings && checkCanary('validate', project, stage.apiId, stage.canarySettings),
      ],
    ]
    for (const [name, check] of checks) {
      try {
        check()
      } catch (e) {
        out.push({
          severity: 'error',
          message: `Stage ${stage.stageName}: ${(e as Error).message}`,
          location: { ...loc, field: `${field}.${name}` },
        })
      }
    }
  }
  for (const plan of project.usagePlans) {
    for (const s of plan.apiStages) {
      if (!project.stages.some((st) => st.apiId === s.apiId && st.stageName === s.stage)) {
        out.push({
          severity: 'error',
          message: `Usage plan ${plan.name} refers to stage ${s.stage}, which does not exist.`,
          location: { apiId: s.apiId, field: `usagePlans.${plan.name}` },
        })
      }
    }
    for (const keyId of plan.apiKeyIds) {
      if (!project.apiKeys.some((k) => k.id === keyId)) {
        out.push({
          severity: 'error',
          message: `Usage plan ${plan.name} lists an API key that does not exist.`,
          location: { apiId: plan.apiStages[0]?.apiId ?? '', field: `usagePlans.${plan.name}` },
        })
      }
    }
  }
  return out
}
