import { describe, expect, it } from 'vitest'
import {
  buildMethod,
  buildProject,
  buildRestApi,
  methodResponse,
  mockIntegration,
} from '../../../../testing/builders'
import { putIntegrationResponse } from '../rest/responses'
import { replaceIntegrationResponse } from './replaceIntegrationResponse'

function project() {
  const get = buildMethod('GET', {
    methodResponses: { '200': methodResponse('200'), '404': methodResponse('404') },
    integration: mockIntegration(),
  })
  return buildProject({ restApis: [buildRestApi({ id: 'api1', paths: { '/pets': { GET: get } } })] })
}
const responses = (p: ReturnType<typeof project>) =>
  p.restApis[0]!.resources.pets!.methods.GET!.integration!.integrationResponses

describe('replaceIntegrationResponse', () => {
  it('edits templates and status under the same key', () => {
    const before = project()
    const key = Object.keys(responses(before))[0]!
    const next = replaceIntegrationResponse.apply(before, {
      apiId: 'api1',
      resourceId: 'pets',
      httpMethod: 'GET',
      key,
      response: {
        ...responses(before)[key]!,
        statusCode: '404',
        responseTemplates: { 'application/json': '{}' },
      },
    })
    expect(responses(next)[key]).toMatchObject({
      statusCode: '404',
      responseTemplates: { 'application/json': '{}' },
    })
  })

  it('moves the response when its selection pattern changes', () => {
    const before = project()
    const key = Object.keys(responses(before))[0]!
    const next = replaceIntegrationResponse.apply(before, {
      apiId: 'api1',
      resourceId: 'pets',
      httpMethod: 'GET',
      key,
      response: { ...responses(before)[key]!, selectionPattern: '4\\d{2}', statusCode: '404' },
    })
    expect(Object.keys(responses(next))).toEqual(['4\\d{2}'])
    expect(key).toBe('default')
  })

  it('refuses to overwrite another response with the same pattern', () => {
    const before = project()
    const key = Object.keys(responses(before))[0]!
    const twice = putIntegrationResponse.apply(before, {
      apiId: 'api1',
      resourceId: 'pets',
      httpMethod: 'GET',
      selectionPattern: '4\\d{2}',
      statusCode: '404',
    })
    expect(() =>
      replaceIntegrationResponse.apply(twice, {
        apiId: 'api1',
        resourceId: 'pets',
        httpMethod: 'GET',
        key,
        response: { ...responses(twice)[key]!, selectionPattern: '4\\d{2}' },
      }),
    ).toThrow(/already an integration response/)
  })
})
