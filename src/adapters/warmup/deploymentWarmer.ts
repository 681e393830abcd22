import { compiledApiFor } from '../../core/gateway/CompiledApi'
import type { Project } from '../../core/model/project'
import type { RestApi } from '../../core/model/rest/RestApi'

/** Time left in an idle period, as `requestIdleCallback` reports it. */
export interface IdleDeadline {
  timeRemaining(): number
}

/** Runs `work` when the thread is idle (`requestIdleCallback` in the browser). */
export type IdleScheduler = (work: (deadline: IdleDeadline) => void) => void

export interface DeploymentWarmer {
  /**
   * Queues, for idle time, the compiling that the first request to each deployment `project`'s
   * stages serve would otherwise do: routing tree, request-model validators (ajv), mapping
   * templates. Deployments already done or queued are skipped, so call it on every change.
   */
  warm(project: Project): void
  /** Resolves once everything queued so far has been compiled. */
  settled(): Promise<void>
}

/** The REST API snapshots the stages of `project` serve (current and canary deployments). */
export function servedSnapshots(project: Project): RestApi[] {
  const deployments = new Map(project.deployments.map((d) => [d.id, d]))
  const out = new Set<RestApi>()
  for (const stage of project.stages) {
    for (const id of [stage.deploymentId, stage.canarySettings?.deploymentId]) {
      const d = id === undefined ? undefined : deployments.get(id)
      if (d?.apiId === stage.apiId && d.snapshot.kind === 'rest') out.add(d.snapshot.api)
    }
  }
  return [...out]
}

/**
 * What a request to `api` compiles on first use, as separate steps: the routing tree, each
 * model a request validator checks bodies against, each request and response template.
 */
export function warmUpSteps(api: RestApi): (() => void)[] {
  const compiled = () => compiledApiFor(api)
  const models = new Set<string>()
  const templates = new Set<string>()
  for (const resource of Object.values(api.resources)) {
    for (const method of Object.values(resource.methods)) {
      if (!method) continue
      const validator =
        method.requestValidatorId === undefined ? undefined : api.requestValidators[method.requestValidatorId]
      if (validator?.validateRequestBody)
        for (const model of Object.values(method.requestModels)) models.add(model)
      const integration = method.integration
      if (!integration) continue
      for (const t of Object.values(integration.requestTemplates)) templates.add(t)
      for (const r of Object.values(integration.integrationResponses))
        for (const t of Object.values(r.responseTemplates)) templates.add(t)
    }
  }
  return [
    () => void compiled(),
    ...[...models].map((m) => () => void compiled().validators.get(m)),
    ...[...templates].map((t) => () => void compiled().template(t)),
  ]
}

/**
 * Compiles deployments ahead, in idle time, off the request path: each idle period runs steps
 * while it has time left (at least one; an ajv compile can take longer than a period offers).
 * A request that arrives first compiles what it needs itself, as it would without this.
 */
export function createDeploymentWarmer(schedule: IdleScheduler): DeploymentWarmer {
  const seen = new WeakSet<RestApi>()
  const queue: (() => void)[] = []
  let scheduled = false
  let waiters: (() => void)[] = []

  const run = (deadline: IdleDeadline) => {
    scheduled = false
    do {
      const step = queue.shift()
      if (!step) break
      try {
        step()
      } catch {
        // The request that needs it will report the problem.
      }
    } while (deadline.timeRemaining() > 0)
    if (queue.length > 0) {
      scheduled = true
      schedule(run)
    } else {
      const done = waiters
      waiters = []
      for (const w of done) w()
    }
  }

  return {
    warm(project) {
      for (const api of servedSnapshots(project)) {
        if (seen.has(api)) continue
        seen.add(api)
        queue.push(...warmUpSteps(api))
      }
      if (queue.length > 0 && !scheduled) {
        scheduled = true
        schedule(run)
      }
    },
    settled: () =>
      queue.length === 0 && !scheduled ? Promise.resolve() : new Promise((r) => waiters.push(r)),
  }
}

/** The browser's idle time (`requestIdleCallback`, at most a second late), else a macrotask. */
export const browserIdleScheduler: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 })
  else setTimeout(() => work({ timeRemaining: () => 10 }), 0)
}
