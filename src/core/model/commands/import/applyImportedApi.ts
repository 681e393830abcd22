import type { HttpApi } from '../../http/HttpApi'
import type { Project } from '../../project'
import type { RestApi } from '../../rest/RestApi'
import { CommandError, defineCommand } from '../defineCommand'

const NAME = 'openapi.import'

/** The API an OpenAPI import produced (see `core/openapi/importOpenApi`), ready to go into the project. */
export type ImportedApi = { kind: 'rest'; api: RestApi } | { kind: 'http'; api: HttpApi }

export interface ApplyImportedApiParams {
  /** The project the import was prepared against: the result is refused in any other project. */
  projectId: string
  imported: ImportedApi
  /**
   * For `overwrite` and `merge`: the target API exactly as it was when the import was prepared
   * (the same object). If it has been edited since, the prepared result would silently undo
   * those edits, so the command refuses and asks for the import to be run again. Absent for a
   * new API.
   */
  base?: RestApi | HttpApi
}

function listOf(project: Project, kind: ImportedApi['kind']): (RestApi | HttpApi)[] {
  return kind === 'rest' ? project.restApis : project.httpApis
}

/**
 * Puts the result of an OpenAPI import into the project as one undoable step: a new API is
 * added; an overwritten or merged API replaces its previous version in place (same id, same
 * position). The import itself (parsing, AWS's rules, merge semantics) happens before, off the
 * main thread if need be; this command only commits its result, after the person has read
 * the warnings.
 */
export const applyImportedApi = defineCommand<ApplyImportedApiParams>(
  NAME,
  'Import OpenAPI',
  (project, { projectId, imported, base }) => {
    if (project.id !== projectId)
      throw new CommandError(
        NAME,
        'This import was prepared for another project. Open that project, or run the import again here.',
      )
    const { kind, api } = imported
    const current = listOf(project, kind).find((a) => a.id === api.id)
    const other = listOf(project, kind === 'rest' ? 'http' : 'rest').find((a) => a.id === api.id)
    if (other) throw new CommandError(NAME, `The project already has an API with id "${api.id}".`)
    if (base === undefined) {
      if (current)
        throw new CommandError(
          NAME,
          `The project already has an API with id "${api.id}"; run the import again.`,
        )
      return kind === 'rest'
        ? { ...project, restApis: [...project.restApis, imported.api] }
        : { ...project, httpApis: [...project.httpApis, imported.api] }
    }
    if (base.id !== api.id)
      throw new CommandError(NAME, 'The imported API is not the API it was prepared for.')
    if (!current)
      throw new CommandError(NAME, `The API "${base.name}" no longer exists; nothing was imported.`)
    if (current !== base)
      throw new CommandError(
        NAME,
        `The API "${base.name}" changed after the import was checked; run the import again so those changes are not lost.`,
      )
    return imported.kind === 'rest'
      ? { ...project, restApis: project.restApis.map((a) => (a.id === api.id ? imported.api : a)) }
      : { ...project, httpApis: project.httpApis.map((a) => (a.id === api.id ? imported.api : a)) }
  },
)
