import type { Deployment, Stage } from '../../model/deploy/Stage'
import type { RestApi } from '../../model/rest/RestApi'
import { compiledApiFor } from '../CompiledApi'
import type { Halt, PipelineState } from '../PipelineState'
import { type ProjectIndex, projectIndex } from '../ProjectIndex'

const EXECUTE_API_HOST = /^([a-z0-9]+)\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(?::\d+)?$/i

/** Why a request matched no API at all (AWS: the host would not resolve). */
export class UnresolvedHost {
  constructor(readonly reason: string) {}
}

function splitStage(path: string): { stage: string; rest: string } {
  // `/dev/pets` → `dev` + `/pets`; `/dev` → `dev` + `/`.
  const withoutLead = path.replace(/^\/+/, '')
  const slash = withoutLead.indexOf('/')
  if (slash < 0) return { stage: withoutLead, rest: '/' }
  return { stage: withoutLead.slice(0, slash), rest: withoutLead.slice(slash) }
}

function deploymentOf(index: ProjectIndex, stage: Stage, id: string | undefined): Deployment | undefined {
  if (id === undefined) return undefined
  const d = index.deployments.get(id)
  return d?.apiId === stage.apiId ? d : undefined
}

/**
 * Stage 1 — resolve API and stage from the host and path: `{api-id}.execute-api.{region}.amazonaws.com/{stage}/…`,
 * a custom domain's base-path mapping, or (on `gatewright serve`'s own address) `/{stage}/…`.
 * Picks the canary deployment for the stage's share of traffic.
 */
export function resolveApiAndStage(s: PipelineState): Halt | UnresolvedHost | undefined {
  const timer = s.rec.begin('resolve')
  const project = s.env.project
  const index = projectIndex(project)
  const host = s.req.host.toLowerCase()
  let apiId: string | undefined
  let stageName: string
  let rest: string
  const m = EXECUTE_API_HOST.exec(host)
  const domain = m ? undefined : index.domains.get(host.replace(/:\d+$/, ''))
  if (m) {
    apiId = m[1]!.toLowerCase()
    ;({ stage: stageName, rest } = splitStage(s.rawPath))
    if (m[2]!.toLowerCase() !== project.settings.region.toLowerCase()) {
      timer.end(
        'respond',
        `The host names region ${m[2]}, but the project's APIs live in ${project.settings.region}.`,
      )
      return new UnresolvedHost(`no API in region ${m[2]} (this project is in ${project.settings.region})`)
    }
  } else if (domain) {
    const { stage: first, rest: afterFirst } = splitStage(s.rawPath)
    const mapping =
      domain.basePathMappings.find((b) => b.basePath !== '' && b.basePath === first) ??
      domain.basePathMappings.find((b) => b.basePath === '' || b.basePath === '(none)')
    if (mapping === undefined) {
      timer.end('respond', `Custom domain ${domain.domainName} has no base path mapping for "/${first}".`)
      return { error: { type: 'MISSING_AUTHENTICATION_TOKEN' } }
    }
    apiId = mapping.apiId
    stageName = mapping.stage
    const matched = mapping.basePath === '' || mapping.basePath === '(none)' ? '(none)' : mapping.basePath
    rest = matched === '(none)' ? s.rawPath : afterFirst
    s.ctx.customDomain.basePathMatched = matched
  } else {
    ;({ stage: stageName, rest } = splitStage(s.rawPath))
    apiId = s.env.localHostResolution?.apiId
    if (apiId === undefined) {
      const owners = index.stageOwners.get(stageName) ?? []
      if (owners.length > 1) {
        timer.end(
          'respond',
          `Several APIs have a stage "${stageName}"; address one by its execute-api Host header.`,
          {
            apiIds: owners,
          },
        )
        return new UnresolvedHost(
          `stage "${stageName}" exists on several APIs (${owners.join(', ')}): send Host: {api-id}.execute-api.${project.settings.region}.amazonaws.com`,
        )
      }
      apiId = owners[0] ?? (project.restApis.length === 1 ? project.restApis[0]!.id : undefined)
    }
  }
  const liveApi = apiId === undefined ? undefined : index.restApis.get(apiId)
  if (apiId === undefined || liveApi === undefined) {
    const isHttpApi = apiId !== undefined && index.httpApiIds.has(apiId)
    const reason = isHttpApi
      ? `${apiId} is an HTTP API; Gatewright does not emulate HTTP APIs yet`
      : `no REST API ${apiId === undefined ? 'matches this request' : `with id ${apiId}`} in this project`
    timer.end('respond', `Unresolved: ${reason}. On AWS the host would not resolve.`)
    return new UnresolvedHost(reason)
  }
  s.ctx.apiId = liveApi.id
  s.ctx.domainPrefix = m ? m[1]! : host.split('.')[0]!
  s.rec.trace.apiId = liveApi.id
  s.rec.trace.apiName = liveApi.name
  const stage = index.stages.get(`${liveApi.id}\u0000${stageName}`)
  const deployment = stage ? deploymentOf(index, stage, stage.deploymentId) : undefined
  if (stage === undefined || deployment === undefined || deployment.snapshot.kind !== 'rest') {
    timer.end(
      'respond',
      stage === undefined
        ? `API ${liveApi.id} has no stage "${stageName}".`
        : `Stage "${stageName}" has no deployment yet: deploy the API to serve it.`,
      { stage: stageName },
    )
    // Unknown or undeployed stage: users report 403 {"message":"Forbidden"} (unverified, see docs/fidelity.md).
    return {
      error: { type: 'DEFAULT_4XX', message: 'Forbidden', status: 403, errorType: 'ForbiddenException' },
    }
  }
  let chosen = deployment
  let variables = stage.variables
  let isCanary = false
  const canary = stage.canarySettings
  if (canary !== undefined) {
    const roll = s.env.ids.random() * 100
    const canaryDeployment = deploymentOf(index, stage, canary.deploymentId)
    if (roll < canary.percentTraffic && canaryDeployment?.snapshot.kind === 'rest') {
      chosen = canaryDeployment
      variables = { ...stage.variables, ...canary.stageVariableOverrides }
      isCanary = true
    }
    s.ctx.isCanaryRequest = isCanary
  }
  const api = (chosen.snapshot as { kind: 'rest'; api: RestApi }).api
  s.target = {
    api,
    compiled: compiledApiFor(api),
    stage,
    deployment: chosen,
    stageVariables: variables,
    isCanary,
    edge: (api.endpointConfiguration.types[0] ?? 'EDGE') === 'EDGE',
    resourcePathPart: rest,
  }
  s.ctx.stage = stage.stageName
  s.ctx.deploymentId = chosen.id
  s.rec.trace.stage = stage.stageName
  s.rec.trace.deploymentId = chosen.id
  timer.end(
    'continue',
    `API ${api.name} (${api.id}), stage ${stage.stageName}, deployment ${chosen.id}${
      canary ? (isCanary ? ' (canary)' : ' (not canary)') : ''
    }.`,
    {
      apiId: api.id,
      stage: stage.stageName,
      deploymentId: chosen.id,
      isCanary,
      stageVariables: variables,
      path: rest,
    },
  )
  return undefined
}
