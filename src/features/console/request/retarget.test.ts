import { describe, expect, it } from 'vitest'
import { emptyDraft } from '../../../state/consoleStore'
import {
  buildMethod,
  buildProject,
  buildRestApi,
  buildStage,
  deployed,
  mockIntegration,
} from '../../../testing/builders'
import { retarget, stagesOf, withMethod } from './retarget'

const api = buildRestApi({
  paths: {
    '/pets': { GET: buildMethod('GET', { integration: mockIntegration() }) },
    '/pets/{petId}': { ANY: buildMethod('ANY', { integration: mockIntegration() }) },
  },
})
const base = buildProject({ restApis: [api], stages: [buildStage(api.id, 'beta')] })
const project = deployed(base, api.id, 'dev')

describe('retarget', () => {
  it('points an empty form at the first API, deployed stage and method', () => {
    expect(retarget(project, emptyDraft())).toEqual({
      ...emptyDraft(),
      apiId: api.id,
      stageName: 'dev',
      resourceId: 'pets',
      methodKey: 'GET',
      method: 'GET',
      pathParameters: {},
    })
  })

  it('returns the same form when everything still exists', () => {
    const draft = retarget(project, emptyDraft())
    expect(retarget(project, draft)).toBe(draft)
  })

  it('moves off a method that the stage no longer serves', () => {
    const draft = { ...retarget(project, emptyDraft()), resourceId: 'gone' }
    expect(retarget(project, draft).resourceId).toBe('pets')
  })

  it('settles on a project whose API has no stage yet', () => {
    const undeployed = buildProject({ restApis: [api] })
    const draft = retarget(undeployed, emptyDraft())
    expect(draft.stageName).toBeUndefined()
    expect(draft.resourceId).toBe('pets')
    expect(retarget(undeployed, draft)).toBe(draft)
  })

  it('leaves a raw URL alone and clears a deleted API', () => {
    const raw = { ...emptyDraft(), rawUrl: 'https://x/y' }
    expect(retarget(project, raw)).toBe(raw)
    const empty = buildProject()
    expect(retarget(empty, { ...emptyDraft(), apiId: 'old', stageName: 'dev' })).toEqual(emptyDraft())
  })
})

describe('stagesOf', () => {
  it('lists deployed stages first', () => {
    expect(stagesOf(project, api.id).map((s) => s.stageName)).toEqual(['dev', 'beta'])
  })
})

describe('withMethod', () => {
  it('keeps path parameter values by name and picks GET for ANY', () => {
    const draft = {
      ...emptyDraft(),
      method: 'POST',
      pathParameters: { petId: '7', old: 'x' },
      rawUrl: 'https://x',
    }
    expect(withMethod(draft, { resourceId: 'pets_petId', methodKey: 'ANY', path: '/pets/{petId}' })).toEqual({
      ...emptyDraft(),
      resourceId: 'pets_petId',
      methodKey: 'ANY',
      method: 'GET',
      pathParameters: { petId: '7' },
    })
  })
})
