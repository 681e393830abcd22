import { describe, expect, it } from 'vitest'
import { buildProject, buildRestApi, lambdaUri } from '../../../../testing/builders'
import { CommandError } from '../defineCommand'
import { addMethodWithIntegration, MOCK_REQUEST_TEMPLATE } from './addMethodWithIntegration'

const project = () => buildProject({ restApis: [buildRestApi({ id: 'api1', paths: { '/pets': {} } })] })
const pets = (p: ReturnType<typeof project>) => p.restApis[0]!.resources.pets!

describe('addMethodWithIntegration', () => {
  it('creates a MOCK method that answers 200: template, default integration response, 200 method response', () => {
    const next = addMethodWithIntegration.apply(project(), {
      apiId: 'api1',
      resourceId: 'pets',
      httpMethod: 'GET',
      integration: { type: 'MOCK' },
    })
    const m = pets(next).methods.GET!
    expect(m.authorizationType).toBe('NONE')
    expect(m.integration?.requestTemplates).toEqual({ 'application/json': MOCK_REQUEST_TEMPLATE })
    expect(m.integration?.integrationResponses.default).toMatchObject({ statusCode: '200' })
    expect(Object.keys(m.methodResponses)).toEqual(['200'])
  })

  it('keeps given templates and creates no integration response for a proxy integration', () => {
    const next = addMethodWithIntegration.apply(project(), {
      apiId: 'api1',
      resourceId: 'pets',
      httpMethod: 'POST',
      integration: { type: 'AWS_PROXY', httpMethod: 'POST', uri: lambdaUri('pets') },
    })
    const m = pets(next).methods.POST!
    expect(m.integration?.type).toBe('AWS_PROXY')
    expect(m.integration?.integrationResponses).toEqual({})
    expect(m.methodResponses['200']).toBeDefined()
  })

  it('fails as a whole, leaving the project untouched, when one part is invalid', () => {
    const before = project()
    expect(() =>
      addMethodWithIntegration.apply(before, {
        apiId: 'api1',
        resourceId: 'pets',
        httpMethod: 'GET',
        integration: { type: 'HTTP', httpMethod: 'GET', uri: 'not-a-url' },
      }),
    ).toThrow(CommandError)
    expect(pets(before).methods).toEqual({})
  })

  it('refuses a method that already exists', () => {
    const once = addMethodWithIntegration.apply(project(), {
      apiId: 'api1',
      resourceId: 'pets',
      httpMethod: 'GET',
      integration: { type: 'MOCK' },
    })
    expect(() =>
      addMethodWithIntegration.apply(once, {
        apiId: 'api1',
        resourceId: 'pets',
        httpMethod: 'GET',
        integration: { type: 'MOCK' },
      }),
    ).toThrow(/already exists/)
  })
})
