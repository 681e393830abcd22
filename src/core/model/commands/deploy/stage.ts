import type { CanarySettings, MethodSetting, Stage } from '../../deploy/Stage'
import type { Project } from '../../project'
import { HTTP_METHODS } from '../../rest/RestApi'
import { CommandError, defineCommand } from '../defineCommand'
import { applyPatch } from '../rest/withRestApi'

export const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/
export const STAGE_VARIABLE_NAME = /^[A-Za-z0-9_]{1,64}$/
export const STAGE_VARIABLE_VALUE = /^[A-Za-z0-9\-._~:/?#&=,]{0,512}$/

export function apiKind(project: Project, apiId: string): 'rest' | 'http' | undefined {
  if (project.restApis.some((a) => a.id === apiId)) return 'rest'
  if (project.httpApis.some((a) => a.id === apiId)) return 'http'
  return undefined
}

export function findStage(project: Project, apiId: string, stageName: string): Stage | undefined {
  return project.stages.find((s) => s.apiId === apiId && s.stageName === stageName)
}

export function checkStageName(command: string, kind: 'rest' | 'http', stageName: string): void {
  if (kind === 'http' && stageName === '$default') return
  if (!STAGE_NAME.test(stageName)) {
    throw new CommandError(
      command,
      `Stage name only allows a-zA-Z0-9_- and at most 128 characters${kind === 'http' ? ' (or $default)' : ''}; got "${stageName}".`,
    )
  }
}

export function checkVariables(command: string, variables: Record<string, string>): void {
  const entries = Object.entries(variables)
  if (entries.length > 100) throw new CommandError(command, 'A stage can have at most 100 stage variables.')
  for (const [name, value] of entries) {
    if (!STAGE_VARIABLE_NAME.test(name)) {
      throw new CommandError(
        command,
        `Stage variable names are 1–64 letters, digits or underscores; got "${name}".`,
      )
    }
    if (!STAGE_VARIABLE_VALUE.test(value)) {
      throw new CommandError(
        command,
        `Stage variable "${name}": values are at most 512 characters of letters, digits and - . _ ~ : / ? # & = ,`,
      )
    }
  }
}

const METHOD_SETTING_KEY = new RegExp(`^(\\*/\\*|.*/(\\*|${HTTP_METHODS.join('|')}))$`)

export function checkMethodSettings(command: string, settings: Record<string, MethodSetting>): void {
  for (const [key, s] of Object.entries(settings)) {
    if (!METHOD_SETTING_KEY.test(key)) {
      throw new CommandError(
        command,
        `Method settings are keyed {resource path}/{METHOD} or */*; got "${key}".`,
      )
    }
    if (s.cacheTtlInSeconds !== undefined && (s.cacheTtlInSeconds < 0 || s.cacheTtlInSeconds > 3600)) {
      throw new CommandError(command, `${key}: the cache TTL is between 0 and 3600 seconds.`)
    }
    if (s.throttlingRateLimit !== undefined && s.throttlingRateLimit < 0) {
      throw new CommandError(command, `${key}: the throttling rate cannot be negative.`)
    }
    if (
      s.throttlingBurstLimit !== undefined &&
      (s.throttlingBurstLimit < 0 || !Number.isInteger(s.throttlingBurstLimit))
    ) {
      throw new CommandError(command, `${key}: the burst limit is a whole number, 0 or more.`)
    }
  }
}

export function checkCanary(command: string, project: Project, apiId: string, canary: CanarySettings): void {
  if (!project.deployments.some((d) => d.id === canary.deploymentId && d.apiId === apiId)) {
    throw new CommandError(command, `Canary deployment "${canary.deploymentId}" does not exist for this API.`)
  }
  if (!(canary.percentTraffic >= 0 && canary.percentTraffic <= 100)) {
    throw new CommandError(command, 'Canary traffic is a percentage between 0.0 and 100.0.')
  }
  checkVariables(command, canary.stageVariableOverrides)
}

export interface CreateStageParams {
  apiId: string
  stageName: string
  /** ISO-8601, from the Clock port. */
  createdDate: string
  deploymentId?: string
  description?: string
  variables?: Record<string, string>
  autoDeploy?: boolean
}

export const createStage = defineCommand<CreateStageParams>('createStage', 'Create stage', (project, p) => {
  const kind = apiKind(project, p.apiId)
  if (!kind) throw new CommandError('createStage', `There is no API with id "${p.apiId}".`)
  checkStageName('createStage', kind, p.stageName)
  if (findStage(project, p.apiId, p.stageName)) throw new CommandError('createStage', 'Stage already exists')
  if (
    p.deploymentId !== undefined &&
    !project.deployments.some((d) => d.id === p.deploymentId && d.apiId === p.apiId)
  ) {
    throw new CommandError('createStage', `Invalid deployment identifier specified: ${p.deploymentId}`)
  }
  const variables = p.variables ?? {}
  checkVariables('createStage', variables)
  const stage: Stage = {
    apiId: p.apiId,
    stageName: p.stageName,
    variables,
    methodSettings: {},
    tags: {},
    createdDate: p.createdDate,
    lastUpdatedDate: p.createdDate,
  }
  if (p.deploymentId !== undefined) stage.deploymentId = p.deploymentId
  if (p.description !== undefined) stage.description = p.description
  if (p.autoDeploy !== undefined) stage.autoDeploy = p.autoDeploy
  return { ...project, stages: [...project.stages, stage] }
})

export type StagePatch = {
  [K in Exclude<keyof Stage, 'apiId' | 'stageName' | 'createdDate' | 'lastUpdatedDate'>]?: Stage[K] | null
}

export const updateStage = defineCommand<{
  apiId: string
  stageName: string
  patch: StagePatch
  lastUpdatedDate: string
}>('updateStage', 'Edit stage', (project, { apiId, stageName, patch, lastUpdatedDate }) => {
  const cmd = 'updateStage'
  const stage = findStage(project, apiId, stageName)
  if (!stage) throw new CommandError(cmd, `Invalid stage identifier specified: ${stageName}`)
  for (const key of ['variables', 'methodSettings', 'tags'] as const) {
    if (patch[key] === null) throw new CommandError(cmd, `${key} cannot be removed; set it to {} instead.`)
  }
  if (patch.variables) checkVariables(cmd, patch.variables)
  if (patch.methodSettings) checkMethodSettings(cmd, patch.methodSettings)
  if (patch.canarySettings) checkCanary(cmd, project, apiId, patch.canarySettings)
  if (
    typeof patch.deploymentId === 'string' &&
    !project.deployments.some((d) => d.id === patch.deploymentId && d.apiId === apiId)
  ) {
    throw new CommandError(cmd, `Invalid deployment identifier specified: ${patch.deploymentId}`)
  }
  const next: Stage = { ...applyPatch(stage, patch), lastUpdatedDate }
  return { ...project, stages: project.stages.map((s) => (s === stage ? next : s)) }
})

/** Sets (or with `setting: null` removes) one method setting, keyed `{path}/{METHOD}` or `*\/*`. */
export const putMethodSetting = defineCommand<{
  apiId: string
  stageName: string
  key: string
  setting: MethodSetting | null
  lastUpdatedDate: string
}>('putMethodSetting', 'Edit method settings', (project, p) => {
  const stage = findStage(project, p.apiId, p.stageName)
  if (!stage) throw new CommandError('putMethodSetting', `Invalid stage identifier specified: ${p.stageName}`)
  const methodSettings = { ...stage.methodSettings }
  if (p.setting === null) {
    if (!(p.key in methodSettings)) {
      throw new CommandError(
        'putMethodSetting',
        `Cannot remove method setting ${p.key} because there is no method setting for this method `,
      )
    }
    delete methodSettings[p.key]
  } else {
    methodSettings[p.key] = p.setting
    checkMethodSettings('putMethodSetting', { [p.key]: p.setting })
  }
  const next: Stage = { ...stage, methodSettings, lastUpdatedDate: p.lastUpdatedDate }
  return { ...project, stages: project.stages.map((s) => (s === stage ? next : s)) }
})

export const deleteStage = defineCommand<{ apiId: string; stageName: string }>(
  'deleteStage',
  'Delete stage',
  (project, { apiId, stageName }) => {
    const stage = findStage(project, apiId, stageName)
    if (!stage) throw new CommandError('deleteStage', `Invalid stage identifier specified: ${stageName}`)
    return {
      ...project,
      stages: project.stages.filter((s) => s !== stage),
      usagePlans: project.usagePlans.map((plan) =>
        plan.apiStages.some((s) => s.apiId === apiId && s.stage === stageName)
          ? {
              ...plan,
              apiStages: plan.apiStages.filter((s) => !(s.apiId === apiId && s.stage === stageName)),
            }
          : plan,
      ),
    }
  },
)
