import { describe, expect, it } from 'vitest'
import {
  buildFunction,
  buildMethod,
  buildModel,
  buildProject,
  buildRestApi,
  buildStage,
  deployed,
  httpIntegration,
  integrationResponse,
  lambdaProxyIntegration,
  methodResponse,
  mockIntegration,
} from '../../../testing/builders'
import { findResourceByPath } from '../rest/paths'
import { validateProject } from './validateProject'

describe('validateProject', () => {
  it('finds nothing wrong in a clean, deployed API', () => {
    const api = buildRestApi({
      paths: {
        '/pets': {
          GET: buildMethod('GET', {
            integration: mockIntegration(),
            methodResponses: { '200': methodResponse('200') },
          }),
        },
      },
    })
    expect(validateProject(deployed(buildProject({ restApis: [api] }), api.id, 'dev'))).toEqual([])
  })

  it('reports two variable siblings and a duplicate name under the same parent, and only there', () => {
    const api = buildRestApi({ paths: { '/pets/{petId}': {}, '/pets/{name}': {}, '/owners/{id}': {} } })
    // A hand-edited document can hold what the commands refuse: a second `{petId}` sibling.
    api.resources.dup = {
      id: 'dup',
      parentId: api.resources.pets_petId!.parentId!,
      pathPart: '{petId}',
      methods: {},
    }
    const messages = validateProject(buildProject({ restApis: [api] }))
      .filter((d) => d.location.field === 'pathPart')
      .map((d) => d.message)
    expect(messages.some((m) => m.includes('already has this name: {petId}'))).toBe(true)
    expect(messages.some((m) => m.includes('only one is allowed'))).toBe(true)
    expect(messages.every((m) => m.startsWith('/pets/'))).toBe(true)
  })

  it('points at the method, field and template that is wrong', () => {
    const api = buildRestApi({
      models: {
        Pet: buildModel('Pet', { type: 'object', properties: { tag: { $ref: '#/definitions/Tag' } } }),
      },
      paths: {
        '/pets/{petId}': {
          GET: buildMethod('GET', {
            requestParameters: { 'method.request.path.petId': true },
            integration: httpIntegration('https://example.com/pets/{petId}', {
              requestParameters: { 'integration.request.header.x': 'method.request.header.missing' },
              requestTemplates: { 'application/json': 'x'.repeat(300 * 1024 + 1) },
              integrationResponses: { default: integrationResponse('404') },
            }),
          }),
          POST: buildMethod('POST', { requestModels: { 'application/json': 'Nope' } }),
        },
      },
    })
    const petId = findResourceByPath(api, '/pets/{petId}')!
    const d = validateProject(buildProject({ restApis: [api] }))
    const get = d.filter((x) => x.location.httpMethod === 'GET')
    expect(get.map((x) => x.message)).toEqual(
      expect.arrayContaining([
        'GET /pets/{petId}: integration.request.header.x maps method.request.header.missing, which the method request does not declare.',
        'GET /pets/{petId}: the URI placeholder {petId} has no integration.request.path.petId mapping, so it is not filled in.',
        "GET /pets/{petId}: the application/json request template is over AWS's 300 KB limit.",
        'GET /pets/{petId}: integration response "default" returns 404, which is not a method response.',
      ]),
    )
    expect(get.find((x) => x.location.template)?.location).toEqual({
      apiId: api.id,
      resourceId: petId.id,
      path: '/pets/{petId}',
      httpMethod: 'GET',
      template: 'integration.requestTemplates["application/json"]',
    })
    const post = d.filter((x) => x.location.httpMethod === 'POST')
    expect(post.map((x) => [x.severity, x.message])).toEqual([
      ['error', 'POST /pets/{petId}: request model "Nope" (application/json) does not exist.'],
      ['warning', 'POST /pets/{petId} has no integration; AWS refuses to deploy the API until it has one.'],
    ])
    expect(d).toContainEqual({
      severity: 'error',
      message: 'Model Pet refers to model "Tag", which does not exist.',
      location: { apiId: api.id, field: 'models.Pet' },
    })
  })

  it('reports Lambda functions the project lacks, and stage problems', () => {
    const api = buildRestApi({
      paths: { '/': { GET: buildMethod('GET', { integration: lambdaProxyIntegration('orders') }) } },
    })
    const project = buildProject({
      restApis: [api],
      functions: [buildFunction('other', '')],
      stages: [buildStage(api.id, 'dev', { deploymentId: 'gone', variables: { 'bad-key': 'x' } })],
    })
    const messages = validateProject(project).map((x) => x.message)
    expect(messages).toContain(
      'GET / calls Lambda function "orders", which is not in this project; the emulator cannot run it.',
    )
    expect(messages).toContain('Stage dev points at a deployment that does not exist.')
    expect(messages.some((m) => m.startsWith('Stage dev: Stage variable names'))).toBe(true)
  })
})
