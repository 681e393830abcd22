import { describe, expect, it } from 'vitest'
import { updateRestApiSettings } from '../../../core/model/commands/rest/restApi'
import { buildMethod, buildProject, buildRestApi, deployed, mockIntegration } from '../../../testing/builders'
import { hasUndeployedChanges, methodTargets, pathParameterNames, stageTarget } from './methodTargets'

const api = buildRestApi({
  paths: {
    '/pets/{petId}': {
      DELETE: buildMethod('DELETE', { integration: mockIntegration() }),
      GET: buildMethod('GET', { integration: mockIntegration() }),
    },
    '/': { ANY: buildMethod('ANY', { integration: mockIntegration() }) },
    '/pets': { POST: buildMethod('POST', { integration: mockIntegration() }) },
  },
})

describe('methodTargets', () => {
  it('lists every method by path, in AWS method order', () => {
    expect(methodTargets(api).map((t) => `${t.methodKey} ${t.path}`)).toEqual([
      'ANY /',
      'POST /pets',
      'GET /pets/{petId}',
      'DELETE /pets/{petId}',
    ])
  })
})

describe('pathParameterNames', () => {
  it('reads plain and greedy parameters', () => {
    expect(pathParameterNames('/a/{id}/b/{proxy+}')).toEqual(['id', 'proxy'])
    expect(pathParameterNames('/')).toEqual([])
  })
})

describe('stageTarget and hasUndeployedChanges', () => {
  it('finds the snapshot a stage serves and notices later edits', () => {
    const project = deployed(buildProject({ restApis: [api] }), api.id, 'dev')
    const target = stageTarget(project, api.id, 'dev')
    expect(target?.deployment?.id).toBe('dep1')
    expect(target?.served).toEqual(api)
    expect(hasUndeployedChanges(project.restApis[0]!, target?.deployment)).toBe(false)
    const edited = updateRestApiSettings.apply(project, { apiId: api.id, patch: { description: 'changed' } })
    expect(hasUndeployedChanges(edited.restApis[0]!, target?.deployment)).toBe(true)
    expect(stageTarget(project, api.id, 'prod')).toBeUndefined()
  })
})
