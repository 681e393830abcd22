import { describe, expect, it } from 'vitest'
import {
  buildMethod,
  buildProject,
  buildRestApi,
  deployed,
  deploymentOf,
  mockIntegration,
} from '../../../../testing/builders'
import { findResourceByPath } from '../../rest/paths'
import { renameResource } from '../rest/resource'
import { deleteDeployment, deploy } from './deploy'
import { createStage, deleteStage, putMethodSetting, updateStage } from './stage'

const api = buildRestApi({
  paths: { '/pets': { GET: buildMethod('GET', { integration: mockIntegration() }) } },
})
const project = buildProject({ restApis: [api] })
const apiId = api.id
const when = '2025-02-01T00:00:00.000Z'

describe('deploy', () => {
  it('snapshots the API deeply and points a new stage at it', () => {
    const next = deploy.apply(project, {
      apiId,
      deploymentId: 'd1',
      createdDate: when,
      stageName: 'dev',
      description: 'first',
    })
    const dep = deploymentOf(next, apiId, 'dev')!
    expect(dep).toMatchObject({ id: 'd1', apiId, description: 'first', createdDate: when })
    expect(dep.snapshot).toEqual({ kind: 'rest', api })
    expect(dep.snapshot.api).not.toBe(api)
    // later edits never reach the snapshot
    const pets = findResourceByPath(api, '/pets')!
    const edited = renameResource.apply(next, { apiId, resourceId: pets.id, pathPart: 'cats' })
    const snap = deploymentOf(edited, apiId, 'dev')!.snapshot
    expect(snap.kind === 'rest' && findResourceByPath(snap.api, '/pets')).toBeTruthy()
  })
  it('moves an existing stage to the new deployment', () => {
    const once = deployed(project, apiId, 'dev')
    const twice = deploy.apply(once, { apiId, deploymentId: 'd2', createdDate: when, stageName: 'dev' })
    expect(twice.stages).toHaveLength(1)
    expect(twice.stages[0]).toMatchObject({ deploymentId: 'd2', lastUpdatedDate: when })
    expect(twice.deployments).toHaveLength(2)
    expect(() => deleteDeployment.apply(twice, { apiId, deploymentId: 'd2' })).toThrow(/Active stages/)
    expect(
      deleteDeployment.apply(twice, { apiId, deploymentId: 'dep1' }).deployments.map((d) => d.id),
    ).toEqual(['d2'])
  })
  it('refuses what AWS refuses', () => {
    const empty = buildProject({ restApis: [buildRestApi()] })
    expect(() => deploy.apply(empty, { apiId, deploymentId: 'd', createdDate: when })).toThrow(
      "The REST API doesn't contain any methods",
    )
    const bare = buildProject({ restApis: [buildRestApi({ paths: { '/x': { GET: buildMethod('GET') } } })] })
    expect(() => deploy.apply(bare, { apiId, deploymentId: 'd', createdDate: when })).toThrow(
      /No integration defined/,
    )
    expect(() =>
      deploy.apply(project, { apiId, deploymentId: 'd', createdDate: when, stageName: 'bad name' }),
    ).toThrow(/Stage name only allows/)
  })
})

describe('stages', () => {
  const base = deployed(project, apiId, 'dev')
  it('creates and updates a stage: variables, canary, method settings', () => {
    const withProd = createStage.apply(base, {
      apiId,
      stageName: 'prod',
      createdDate: when,
      variables: { host: 'a.example.com' },
    })
    expect(withProd.stages[1]).toMatchObject({ stageName: 'prod', variables: { host: 'a.example.com' } })
    expect(() => createStage.apply(withProd, { apiId, stageName: 'prod', createdDate: when })).toThrow(
      'Stage already exists',
    )
    expect(() =>
      createStage.apply(base, { apiId, stageName: 's', createdDate: when, variables: { 'bad-name': 'x' } }),
    ).toThrow(/Stage variable names/)
    const canary = updateStage.apply(withProd, {
      apiId,
      stageName: 'prod',
      lastUpdatedDate: when,
      patch: { canarySettings: { deploymentId: 'dep1', percentTraffic: 10, stageVariableOverrides: {} } },
    })
    expect(canary.stages[1]!.canarySettings?.percentTraffic).toBe(10)
    expect(() =>
      updateStage.apply(withProd, {
        apiId,
        stageName: 'prod',
        lastUpdatedDate: when,
        patch: { canarySettings: { deploymentId: 'nope', percentTraffic: 10, stageVariableOverrides: {} } },
      }),
    ).toThrow(/does not exist/)
    const throttled = putMethodSetting.apply(base, {
      apiId,
      stageName: 'dev',
      key: 'pets/GET',
      setting: { throttlingRateLimit: 5, throttlingBurstLimit: 2 },
      lastUpdatedDate: when,
    })
    expect(throttled.stages[0]!.methodSettings['pets/GET']).toEqual({
      throttlingRateLimit: 5,
      throttlingBurstLimit: 2,
    })
    expect(() =>
      putMethodSetting.apply(base, {
        apiId,
        stageName: 'dev',
        key: '*/*',
        setting: null,
        lastUpdatedDate: when,
      }),
    ).toThrow('Cannot remove method setting */* because there is no method setting for this method ')
    expect(deleteStage.apply(base, { apiId, stageName: 'dev' }).stages).toEqual([])
  })
})
