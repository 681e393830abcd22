import type { Stage, UsagePlan } from '../../model/deploy/Stage'
import type { Method, RestApi } from '../../model/rest/RestApi'
import type { PipelineState } from '../PipelineState'

/**
 * The parts of the model a request to this method would depend on that Gatewright does not
 * emulate yet (resource policies, authorizers, API keys and usage plans, throttling, caching).
 * The UI flags the method with the same list.
 */
export function notEmulatedFeatures(
  api: RestApi,
  method: Method,
  stage: Stage | undefined,
  usagePlans: readonly UsagePlan[],
  resourcePath?: string,
): string[] {
  const out: string[] = []
  if (api.policy !== undefined && api.policy !== null)
    out.push('Resource policy: not evaluated yet; the request is let through as if the policy allowed it.')
  if (method.authorizationType !== 'NONE') {
    const what =
      method.authorizationType === 'AWS_IAM'
        ? 'IAM authorization (SigV4)'
        : method.authorizationType === 'COGNITO_USER_POOLS'
          ? 'Cognito user pool authorizer'
          : 'Lambda authorizer'
    out.push(`${what}: not emulated yet; the request is let through without authorization.`)
  }
  if (method.apiKeyRequired)
    out.push(
      'API key required: keys and usage plans are not checked yet; the request is let through without a key check.',
    )
  if (stage !== undefined) {
    const settings = [
      stage.methodSettings['*/*'],
      resourcePath ? stage.methodSettings[`${resourcePath}/${method.httpMethod}`] : undefined,
    ]
    if (settings.some((m) => m?.throttlingRateLimit !== undefined || m?.throttlingBurstLimit !== undefined))
      out.push('Stage throttling: limits are not applied yet; no request is throttled.')
    if (
      usagePlans.some(
        (p) =>
          p.apiStages.some((a) => a.apiId === api.id && a.stage === stage.stageName) &&
          (p.throttle || p.quota),
      )
    )
      out.push('Usage plan throttling and quota: not applied yet.')
    if (stage.cacheClusterEnabled === true || settings.some((m) => m?.cachingEnabled === true))
      out.push('Stage cache: not emulated yet; every request reaches the integration.')
  }
  return out
}

/**
 * Stage 3–5 — resource policy, authorizer, API key and usage plan, throttling: not emulated yet.
 * The request goes on, and the trace says plainly which checks were skipped.
 */
export function noteAccessControl(s: PipelineState): undefined {
  const target = s.target!
  const route = s.route!
  const notes = notEmulatedFeatures(
    target.api,
    route.method,
    target.stage,
    s.env.project.usagePlans,
    route.node.path,
  )
  if (notes.length > 0) {
    s.rec.trace.notEmulated.push(...notes)
    for (const n of notes) s.rec.note('access-control', `Not emulated: ${n}`)
  }
  return undefined
}
