import type { Project } from '../../src/core/model/project'
import {
  buildFunction,
  buildMethod,
  buildProject,
  buildRestApi,
  deployed,
  httpIntegration,
  lambdaProxyIntegration,
  methodResponse,
  mockIntegration,
} from '../../src/testing/builders'

/** A small but realistic project (MOCK, HTTP and Lambda proxy methods, a deployed stage) for screenshots and tests. */
export function petStoreProject(): Project {
  const api = buildRestApi({
    id: 'a1b2c3d4e5',
    name: 'PetStore',
    description: 'Pets, their owners and adoptions',
    paths: {
      '/pets': {
        GET: buildMethod('GET', {
          integration: mockIntegration({
            responses: { '200': '[{"id": 1, "type": "dog", "price": 249.99}]' },
          }),
          methodResponses: { '200': methodResponse('200') },
        }),
        POST: buildMethod('POST', { integration: lambdaProxyIntegration('createPet') }),
      },
      '/pets/{petId}': {
        GET: buildMethod('GET', {
          requestParameters: { 'method.request.path.petId': true },
          integration: httpIntegration('https://petstore.example.com/pets/{petId}', {
            requestParameters: { 'integration.request.path.petId': 'method.request.path.petId' },
          }),
          methodResponses: { '200': methodResponse('200') },
        }),
        DELETE: buildMethod('DELETE', { integration: lambdaProxyIntegration('deletePet') }),
      },
      '/owners': {
        GET: buildMethod('GET', { integration: mockIntegration({ responses: { '200': '[]' } }) }),
      },
      '/owners/{ownerId}/pets': {
        GET: buildMethod('GET', { integration: lambdaProxyIntegration('ownerPets') }),
      },
      '/adoptions': {
        POST: buildMethod('POST', { integration: lambdaProxyIntegration('adopt') }),
      },
    },
  })
  const handler = (body: string) =>
    `export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify(${body}) })\n`
  return deployed(
    buildProject({
      id: '5f0c2a9e-3c1d-4d7b-9a51-0c8e2b6f4a11',
      name: 'Pet store',
      restApis: [api],
      functions: [
        buildFunction('createPet', handler('{ created: JSON.parse(event.body ?? "{}") }')),
        buildFunction('deletePet', handler('{ deleted: event.pathParameters.petId }')),
        buildFunction('ownerPets', handler('[]')),
        buildFunction('adopt', handler('{ adopted: true }')),
      ],
    }),
    api.id,
    'dev',
    { description: 'First deployment' },
  )
}
