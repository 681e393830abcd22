import type { Deployment, Stage } from '../../deploy/Stage'
import { CommandError, defineCommand } from '../defineCommand'
import { apiKind, checkStageName, checkVariables, findStage } from './stage'

export interface DeployParams {
  apiId: string
  /** The new deployment's id (from `IdSource.shortId(6)`). */
  deploymentId: string
  /** ISO-8601, from the Clock port. */
  createdDate: string
  description?: string
  /** Point this stage at the new deployment, creating the stage if it does not exist. */
  stageName?: string
  stageDescription?: string
  /** Variables for a stage this deploy creates. */
  variables?: Record<string, string>
}

function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/**
 * Deploy (AWS CreateDeployment): freezes a deep copy of the API as a `Deployment` and, when a
 * stage is named, points the stage at it. Later edits to the API never reach the snapshot.
 */
export const deploy = defineCommand<DeployParams>('deploy', 'Deploy API', (project, p) => {
  const cmd = 'deploy'
  const kind = apiKind(project, p.apiId)
  if (!kind) throw new CommandError(cmd, `There is no API with id "${p.apiId}".`)
  if (project.deployments.some((d) => d.id === p.deploymentId)) {
    throw new CommandError(cmd, `A deployment with id "${p.deploymentId}" already exists.`)
  }
  let snapshot: Deployment['snapshot']
  if (kind === 'rest') {
    const api = project.restApis.find((a) => a.id === p.apiId)!
    const methods = Object.values(api.resources).flatMap((r) => Object.values(r.methods))
    if (methods.length === 0) throw new CommandError(cmd, "The REST API doesn't contain any methods")
    const bare = methods.find((m) => m && !m.integration)
    if (bare) throw new CommandError(cmd, `No integration defined for method (${bare.httpMethod})`)
    snapshot = { kind: 'rest', api: deepCopy(api) }
  } else {
    const api = project.httpApis.find((a) => a.id === p.apiId)!
    snapshot = { kind: 'http', api: deepCopy(api) }
  }
  const deployment: Deployment = { id: p.deploymentId, apiId: p.apiId, createdDate: p.createdDate, snapshot }
  if (p.description !== undefined) deployment.description = p.description
  let stages = project.stages
  if (p.stageName !== undefined) {
    checkStageName(cmd, kind, p.stageName)
    const existing = findStage(project, p.apiId, p.stageName)
    if (existing) {
      const updated: Stage = { ...existing, deploymentId: p.deploymentId, lastUpdatedDate: p.createdDate }
      if (p.stageDescription !== undefined) updated.description = p.stageDescription
      stages = stages.map((s) => (s === existing ? updated : s))
    } else {
      const variables = p.variables ?? {}
      checkVariables(cmd, variables)
      const created: Stage = {
        apiId: p.apiId,
        stageName: p.stageName,
        deploymentId: p.deploymentId,
        variables,
        methodSettings: {},
        tags: {},
        createdDate: p.createdDate,
        lastUpdatedDate: p.createdDate,
      }
      if (p.stageDescription !== undefined) created.description = p.stageDescription
      stages = [...stages, created]
    }
  }
  return { ...project, deployments: [...project.deployments, deployment], stages }
})

export const deleteDeployment = defineCommand<{ apiId: string; deploymentId: string }>(
  'deleteDeployment',
  'Delete deployment',
  (project, { apiId, deploymentId }) => {
    if (!project.deployments.some((d) => d.id === deploymentId && d.apiId === apiId)) {
      throw new CommandError('deleteDeployment', `Invalid deployment identifier specified: ${deploymentId}`)
    }
    if (
      project.stages.some(
        (s) =>
          s.apiId === apiId &&
          (s.deploymentId === deploymentId || s.canarySettings?.deploymentId === deploymentId),
      )
    ) {
      throw new CommandError(
        'deleteDeployment',
        'Active stages pointing to this deployment must be moved or deleted',
      )
    }
    return { ...project, deployments: project.deployments.filter((d) => d.id !== deploymentId) }
  },
)
