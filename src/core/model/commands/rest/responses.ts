import type { ContentHandling, HttpMethod, IntegrationResponse, MethodResponse } from '../../rest/RestApi'
import { CommandError, defineCommand } from '../defineCommand'
import { omitKey, withMethod, withRestApi } from './withRestApi'

export const STATUS_CODE = /^[1-5]\d\d$/
export const METHOD_RESPONSE_HEADER = /^method\.response\.header\.[^\s.][^\s]*$/
/** The key AWS's OpenAPI uses for the integration response without a selection pattern. */
export const DEFAULT_RESPONSE_KEY = 'default'

function checkStatus(command: string, statusCode: string): void {
  if (!STATUS_CODE.test(statusCode)) {
    throw new CommandError(
      command,
      `Invalid status code "${statusCode}": use a three-digit HTTP status such as 200.`,
    )
  }
}

interface MethodTarget {
  apiId: string
  resourceId: string
  httpMethod: HttpMethod
}

export interface PutMethodResponseParams extends MethodTarget {
  statusCode: string
  responseParameters?: Record<string, boolean>
  responseModels?: Record<string, string>
  description?: string
}

/** Adds or replaces a method response (AWS PutMethodResponse). */
export const putMethodResponse = defineCommand<PutMethodResponseParams>(
  'putMethodResponse',
  'Set method response',
  (project, p) =>
    withRestApi(project, 'putMethodResponse', p.apiId, (api) =>
      withMethod(api, 'putMethodResponse', p.resourceId, p.httpMethod, (m) => {
        checkStatus('putMethodResponse', p.statusCode)
        const responseParameters = p.responseParameters ?? {}
        for (const key of Object.keys(responseParameters)) {
          if (!METHOD_RESPONSE_HEADER.test(key)) {
            throw new CommandError(
              'putMethodResponse',
              `Invalid response parameter "${key}": use method.response.header.{name}.`,
            )
          }
        }
        const responseModels = p.responseModels ?? {}
        for (const model of Object.values(responseModels)) {
          if (!api.models[model])
            throw new CommandError('putMethodResponse', `Invalid model identifier specified: ${model}`)
        }
        const response: MethodResponse = { statusCode: p.statusCode, responseParameters, responseModels }
        if (p.description !== undefined) response.description = p.description
        return { ...m, methodResponses: { ...m.methodResponses, [p.statusCode]: response } }
      }),
    ),
)

export const deleteMethodResponse = defineCommand<MethodTarget & { statusCode: string }>(
  'deleteMethodResponse',
  'Delete method response',
  (project, p) =>
    withRestApi(project, 'deleteMethodResponse', p.apiId, (api) =>
      withMethod(api, 'deleteMethodResponse', p.resourceId, p.httpMethod, (m) => {
        if (!m.methodResponses[p.statusCode]) {
          throw new CommandError(
            'deleteMethodResponse',
            `Invalid Response status code specified: ${p.statusCode}`,
          )
        }
        return { ...m, methodResponses: omitKey(m.methodResponses, p.statusCode) }
      }),
    ),
)

export interface PutIntegrationResponseParams extends MethodTarget {
  /** Java regex matched against the status code / Lambda `errorMessage`; absent for the default response. */
  selectionPattern?: string
  statusCode: string
  responseParameters?: Record<string, string>
  responseTemplates?: Record<string, string>
  contentHandling?: ContentHandling
}

/** Adds or replaces an integration response (AWS PutIntegrationResponse). */
export const putIntegrationResponse = defineCommand<PutIntegrationResponseParams>(
  'putIntegrationResponse',
  'Set integration response',
  (project, p) =>
    withRestApi(project, 'putIntegrationResponse', p.apiId, (api) =>
      withMethod(api, 'putIntegrationResponse', p.resourceId, p.httpMethod, (m) => {
        const cmd = 'putIntegrationResponse'
        if (!m.integration) throw new CommandError(cmd, 'Set up the integration before its responses.')
        checkStatus(cmd, p.statusCode)
        if (!m.methodResponses[p.statusCode]) {
          throw new CommandError(
            cmd,
            `Invalid Response status code specified: ${p.statusCode} (add a ${p.statusCode} method response first).`,
          )
        }
        const responseParameters = p.responseParameters ?? {}
        for (const key of Object.keys(responseParameters)) {
          if (!METHOD_RESPONSE_HEADER.test(key)) {
            throw new CommandError(
              cmd,
              `Invalid mapping expression specified: ${key} (use method.response.header.{name}).`,
            )
          }
          if (!(key in m.methodResponses[p.statusCode]!.responseParameters)) {
            throw new CommandError(
              cmd,
              `Invalid mapping expression specified: ${key} is not declared on the ${p.statusCode} method response.`,
            )
          }
        }
        if (p.selectionPattern !== undefined && p.selectionPattern !== '') {
          try {
            new RegExp(p.selectionPattern)
          } catch {
            throw new CommandError(cmd, `Invalid selection pattern: ${p.selectionPattern}`)
          }
        }
        const response: IntegrationResponse = {
          statusCode: p.statusCode,
          responseParameters,
          responseTemplates: p.responseTemplates ?? {},
        }
        const key =
          p.selectionPattern === undefined || p.selectionPattern === ''
            ? DEFAULT_RESPONSE_KEY
            : p.selectionPattern
        if (key !== DEFAULT_RESPONSE_KEY) response.selectionPattern = key
        if (p.contentHandling !== undefined) response.contentHandling = p.contentHandling
        return {
          ...m,
          integration: {
            ...m.integration,
            integrationResponses: { ...m.integration.integrationResponses, [key]: response },
          },
        }
      }),
    ),
)

export const deleteIntegrationResponse = defineCommand<MethodTarget & { key: string }>(
  'deleteIntegrationResponse',
  'Delete integration response',
  (project, p) =>
    withRestApi(project, 'deleteIntegrationResponse', p.apiId, (api) =>
      withMethod(api, 'deleteIntegrationResponse', p.resourceId, p.httpMethod, (m) => {
        if (!m.integration?.integrationResponses[p.key]) {
          throw new CommandError('deleteIntegrationResponse', `There is no integration response "${p.key}".`)
        }
        return {
          ...m,
          integration: {
            ...m.integration,
            integrationResponses: omitKey(m.integration.integrationResponses, p.key),
          },
        }
      }),
    ),
)
