import type { Project } from '../../core/model/project'
import type { HttpMethod, RestApi } from '../../core/model/rest/RestApi'
import type { InspectorTarget } from '../../state/selectionStore'
import { indexResourceTree, sortMethods } from '../designer/tree/indexResourceTree'

/** Where choosing an entry of the "Go to" palette takes the user. */
export type PaletteTarget =
  | { kind: 'api'; apiId: string }
  | { kind: 'resource'; apiId: string; resourceId: string }
  | { kind: 'method'; apiId: string; resourceId: string; httpMethod: HttpMethod }
  | { kind: 'screen'; apiId: string; target: InspectorTarget }

export interface PaletteItem {
  /** Unique among the items. */
  key: string
  /** What the row shows first: `GET /pets/{petId}`, `/pets`, `Stages`, the API's name. */
  label: string
  /** What it is and where: `Method · PetStore`. */
  detail: string
  target: PaletteTarget
}

/** The API's other screens, in the explorer's order and AWS's words. */
const SCREENS: ReadonlyArray<{ label: string; target: InspectorTarget }> = [
  { label: 'Stages', target: { kind: 'stages' } },
  { label: 'Deployments', target: { kind: 'deployments' } },
  { label: 'Gateway responses', target: { kind: 'gatewayResponses' } },
  { label: 'Models', target: { kind: 'models' } },
  { label: 'Authorizers', target: { kind: 'authorizers' } },
  { label: 'Request validators', target: { kind: 'requestValidators' } },
  { label: 'Lambda functions', target: { kind: 'functions' } },
  { label: 'Settings', target: { kind: 'api' } },
]

/**
 * Everything the palette can jump to in a project's REST APIs: each API, its resources in the
 * tree's order, each method (`GET /pets`), and the API's screens. Methods come first within an
 * API: they are what people look for most.
 */
export function paletteItems(project: Project): PaletteItem[] {
  const items: PaletteItem[] = []
  const several = project.restApis.length > 1
  for (const api of project.restApis) items.push(...apiItems(api, several))
  return items
}

function apiItems(api: RestApi, several: boolean): PaletteItem[] {
  const where = api.name
  const methods: PaletteItem[] = []
  const resources: PaletteItem[] = []
  const index = indexResourceTree(api)
  for (const id of index.order) {
    const entry = index.entries.get(id)!
    resources.push({
      key: `${api.id}/r/${id}`,
      label: entry.path,
      detail: `Resource · ${where}`,
      target: { kind: 'resource', apiId: api.id, resourceId: id },
    })
    const declared = Object.keys(entry.resource.methods) as HttpMethod[]
    for (const httpMethod of sortMethods(declared)) {
      methods.push({
        key: `${api.id}/m/${id}/${httpMethod}`,
        label: `${httpMethod} ${entry.path}`,
        detail: `Method · ${where}`,
        target: { kind: 'method', apiId: api.id, resourceId: id, httpMethod },
      })
    }
  }
  const screens = SCREENS.map((s) => ({
    key: `${api.id}/s/${s.target.kind}`,
    label: s.label,
    detail: `${several ? `${where} · ` : ''}API screen`,
    target: { kind: 'screen' as const, apiId: api.id, target: s.target },
  }))
  return [
    { key: `${api.id}/api`, label: api.name, detail: 'REST API', target: { kind: 'api', apiId: api.id } },
    ...methods,
    ...resources,
    ...screens,
  ]
}
