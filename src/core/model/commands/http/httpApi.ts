import type { HttpApi } from '../../http/HttpApi'
import { CommandError, defineCommand } from '../defineCommand'
import { removeApiEverywhere } from '../rest/restApi'

function getHttpApi(
  project: Parameters<typeof removeApiEverywhere>[0],
  command: string,
  apiId: string,
): HttpApi {
  const api = project.httpApis.find((a) => a.id === apiId)
  if (!api) throw new CommandError(command, `There is no HTTP API with id "${apiId}".`)
  return api
}

/** Adds a whole HTTP API, or replaces the one with the same id (used by import). */
export const putHttpApi = defineCommand<{ api: HttpApi }>(
  'putHttpApi',
  'Import HTTP API',
  (project, { api }) => {
    if (api.name.trim() === '') throw new CommandError('putHttpApi', 'An API needs a name.')
    if (project.restApis.some((a) => a.id === api.id)) {
      throw new CommandError('putHttpApi', `A REST API already uses the id "${api.id}".`)
    }
    const exists = project.httpApis.some((a) => a.id === api.id)
    return {
      ...project,
      httpApis: exists
        ? project.httpApis.map((a) => (a.id === api.id ? api : a))
        : [...project.httpApis, api],
    }
  },
)

export const renameHttpApi = defineCommand<{ apiId: string; name: string }>(
  'renameHttpApi',
  'Rename HTTP API',
  (project, { apiId, name }) => {
    if (name.trim() === '') throw new CommandError('renameHttpApi', 'An API needs a name.')
    const api = getHttpApi(project, 'renameHttpApi', apiId)
    if (api.name === name) return project
    return { ...project, httpApis: project.httpApis.map((a) => (a.id === apiId ? { ...a, name } : a)) }
  },
)

export const deleteHttpApi = defineCommand<{ apiId: string }>(
  'deleteHttpApi',
  'Delete HTTP API',
  (project, { apiId }) => {
    getHttpApi(project, 'deleteHttpApi', apiId)
    return removeApiEverywhere(project, apiId)
  },
)
