import type { HttpMethod, IntegrationResponse } from '../../rest/RestApi'
import { CommandError, defineCommand } from '../defineCommand'
import { DEFAULT_RESPONSE_KEY, deleteIntegrationResponse, putIntegrationResponse } from '../rest/responses'

export interface ReplaceIntegrationResponseParams {
  apiId: string
  resourceId: string
  httpMethod: HttpMethod
  /** The key of the integration response being edited (its selection pattern, or `default`). */
  key: string
  /** The response as it should be; a different `selectionPattern` moves it to a new key. */
  response: IntegrationResponse
}

/**
 * Edits an integration response in one undoable step, including its selection pattern (which
 * is its key: AWS has no rename, so this deletes the old one and puts the new one).
 */
export const replaceIntegrationResponse = defineCommand<ReplaceIntegrationResponseParams>(
  'replaceIntegrationResponse',
  'Edit integration response',
  (project, p) => {
    const { apiId, resourceId, httpMethod, key, response } = p
    const target = { apiId, resourceId, httpMethod }
    const pattern = response.selectionPattern ?? ''
    const newKey = pattern === '' ? DEFAULT_RESPONSE_KEY : pattern
    const api = project.restApis.find((a) => a.id === apiId)
    const existing = api?.resources[resourceId]?.methods[httpMethod]?.integration?.integrationResponses
    if (newKey !== key && existing?.[newKey]) {
      throw new CommandError(
        'replaceIntegrationResponse',
        newKey === DEFAULT_RESPONSE_KEY
          ? 'There is already a default integration response.'
          : `There is already an integration response for the pattern "${pattern}".`,
      )
    }
    const removed = newKey === key ? project : deleteIntegrationResponse.apply(project, { ...target, key })
    return putIntegrationResponse.apply(removed, {
      ...target,
      statusCode: response.statusCode,
      responseParameters: response.responseParameters,
      responseTemplates: response.responseTemplates,
      ...(pattern === '' ? {} : { selectionPattern: pattern }),
      ...(response.contentHandling ? { contentHandling: response.contentHandling } : {}),
    })
  },
)
