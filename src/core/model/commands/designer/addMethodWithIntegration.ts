import type { HttpMethod } from '../../rest/RestApi'
import { CommandError, defineCommand } from '../defineCommand'
import { type IntegrationInput, putIntegration } from '../rest/integration'
import { type MethodFields, putMethod } from '../rest/method'
import { putIntegrationResponse, putMethodResponse } from '../rest/responses'

export interface AddMethodWithIntegrationParams {
  apiId: string
  resourceId: string
  httpMethod: HttpMethod
  method?: MethodFields
  integration: IntegrationInput
}

/** The request template the console starts a MOCK integration with: the status the mock answers. */
export const MOCK_REQUEST_TEMPLATE = '{"statusCode": 200}'

/**
 * What the console's "Create method" form makes, as one undoable step: the method, its
 * integration, a 200 method response and — for non-proxy integrations — a default integration
 * response mapping to it. A MOCK integration without request templates gets the console's
 * `{"statusCode": 200}` for `application/json`, so the new method answers 200 straight away.
 */
export const addMethodWithIntegration = defineCommand<AddMethodWithIntegrationParams>(
  'addMethodWithIntegration',
  'Create method',
  (project, p) => {
    if (!p.integration) throw new CommandError('addMethodWithIntegration', 'Choose an integration type.')
    const target = { apiId: p.apiId, resourceId: p.resourceId, httpMethod: p.httpMethod }
    const isProxy = p.integration.type === 'AWS_PROXY' || p.integration.type === 'HTTP_PROXY'
    const integration: IntegrationInput =
      p.integration.type === 'MOCK' && Object.keys(p.integration.requestTemplates ?? {}).length === 0
        ? { ...p.integration, requestTemplates: { 'application/json': MOCK_REQUEST_TEMPLATE } }
        : p.integration
    let next = putMethod.apply(project, { ...target, ...(p.method ?? {}) })
    next = putIntegration.apply(next, { ...target, integration })
    next = putMethodResponse.apply(next, { ...target, statusCode: '200' })
    if (!isProxy) next = putIntegrationResponse.apply(next, { ...target, statusCode: '200' })
    return next
  },
)
