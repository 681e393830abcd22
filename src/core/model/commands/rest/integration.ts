import type { HttpMethod, Integration, IntegrationType } from '../../rest/RestApi'
import { CommandError, defineCommand } from '../defineCommand'
import { applyPatch, withMethod, withRestApi } from './withRestApi'

export const INTEGRATION_REQUEST_PARAMETER =
  /^integration\.request\.(querystring|path|header|multivaluequerystring|multivalueheader)\.[^\s]+$/
export const INTEGRATION_TYPES: readonly IntegrationType[] = [
  'MOCK',
  'HTTP',
  'HTTP_PROXY',
  'AWS',
  'AWS_PROXY',
]
/** AWS's default and ceiling for REST integrations (50 ms – 29 s); STREAM mode allows up to 15 minutes. */
export const DEFAULT_TIMEOUT_MS = 29_000
export const STREAM_TIMEOUT_MAX_MS = 900_000

export type IntegrationInput = Partial<Omit<Integration, 'type'>> & { type: IntegrationType }

/** Fills AWS's defaults into a partial integration. */
export function completeIntegration(input: IntegrationInput, keep?: Integration): Integration {
  const integration: Integration = {
    ...input,
    type: input.type,
    requestParameters: input.requestParameters ?? {},
    requestTemplates: input.requestTemplates ?? {},
    passthroughBehavior: input.passthroughBehavior ?? 'WHEN_NO_MATCH',
    timeoutInMillis: input.timeoutInMillis ?? DEFAULT_TIMEOUT_MS,
    cacheKeyParameters: input.cacheKeyParameters ?? [],
    integrationResponses: input.integrationResponses ?? keep?.integrationResponses ?? {},
  }
  return integration
}

/** Throws a `CommandError` describing the first way this integration cannot be saved in AWS. */
export function checkIntegration(command: string, i: Integration): void {
  if (!INTEGRATION_TYPES.includes(i.type)) {
    throw new CommandError(
      command,
      `Invalid integration type "${i.type}"; use one of ${INTEGRATION_TYPES.join(', ')}.`,
    )
  }
  if (i.type !== 'MOCK') {
    if (!i.uri) throw new CommandError(command, `A ${i.type} integration needs a URI.`)
    if (!i.httpMethod)
      throw new CommandError(command, `A ${i.type} integration needs an HTTP method toward the backend.`)
    if (
      (i.type === 'HTTP' || i.type === 'HTTP_PROXY') &&
      !/^https?:\/\//i.test(i.uri) &&
      i.connectionType !== 'VPC_LINK'
    ) {
      throw new CommandError(
        command,
        `Invalid HTTP endpoint specified for URI: ${i.uri} (it must start with http:// or https://).`,
      )
    }
    if ((i.type === 'AWS' || i.type === 'AWS_PROXY') && !i.uri.startsWith('arn:')) {
      throw new CommandError(
        command,
        `AWS ARN for integration must contain path or action: ${i.uri} (expected arn:aws:apigateway:{region}:{service}:path|action/…).`,
      )
    }
  }
  if (i.connectionType === 'VPC_LINK' && !i.connectionId) {
    throw new CommandError(
      command,
      'A VPC_LINK integration needs a connection id: the VPC link id or a stage variable reference.',
    )
  }
  const max = i.responseTransferMode === 'STREAM' ? STREAM_TIMEOUT_MAX_MS : DEFAULT_TIMEOUT_MS
  if (!Number.isInteger(i.timeoutInMillis) || i.timeoutInMillis < 50 || i.timeoutInMillis > max) {
    throw new CommandError(
      command,
      `Timeout should be between 50 ms and ${max} ms; got ${i.timeoutInMillis}.`,
    )
  }
  if (i.responseTransferMode === 'STREAM' && i.type !== 'AWS_PROXY' && i.type !== 'HTTP_PROXY') {
    throw new CommandError(
      command,
      'Response streaming (STREAM) is only available for AWS_PROXY and HTTP_PROXY integrations.',
    )
  }
  for (const key of Object.keys(i.requestParameters)) {
    if (!INTEGRATION_REQUEST_PARAMETER.test(key)) {
      throw new CommandError(
        command,
        `Invalid mapping expression specified: ${key} (use integration.request.{path|querystring|header}.{name}).`,
      )
    }
  }
}

export interface PutIntegrationParams {
  apiId: string
  resourceId: string
  httpMethod: HttpMethod
  integration: IntegrationInput
}

/** Sets a method's integration (AWS PutIntegration). Existing integration responses are kept unless given. */
export const putIntegration = defineCommand<PutIntegrationParams>(
  'putIntegration',
  'Set up integration',
  (project, { apiId, resourceId, httpMethod, integration }) =>
    withRestApi(project, 'putIntegration', apiId, (api) =>
      withMethod(api, 'putIntegration', resourceId, httpMethod, (m) => {
        const next = completeIntegration(integration, m.integration)
        checkIntegration('putIntegration', next)
        return { ...m, integration: next }
      }),
    ),
)

export type IntegrationPatch = { [K in keyof Integration]?: Integration[K] | null }

export const updateIntegration = defineCommand<{
  apiId: string
  resourceId: string
  httpMethod: HttpMethod
  patch: IntegrationPatch
}>('updateIntegration', 'Edit integration', (project, { apiId, resourceId, httpMethod, patch }) =>
  withRestApi(project, 'updateIntegration', apiId, (api) =>
    withMethod(api, 'updateIntegration', resourceId, httpMethod, (m) => {
      if (!m.integration) throw new CommandError('updateIntegration', 'This method has no integration yet.')
      const next = completeIntegration(applyPatch(m.integration, patch), m.integration)
      checkIntegration('updateIntegration', next)
      return { ...m, integration: next }
    }),
  ),
)

export const deleteIntegration = defineCommand<{ apiId: string; resourceId: string; httpMethod: HttpMethod }>(
  'deleteIntegration',
  'Delete integration',
  (project, { apiId, resourceId, httpMethod }) =>
    withRestApi(project, 'deleteIntegration', apiId, (api) =>
      withMethod(api, 'deleteIntegration', resourceId, httpMethod, (m) => {
        if (!m.integration) throw new CommandError('deleteIntegration', 'This method has no integration.')
        const { integration: _gone, ...rest } = m
        return rest
      }),
    ),
)
