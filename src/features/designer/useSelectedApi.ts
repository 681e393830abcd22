import type { RestApi } from '../../core/model/rest/RestApi'
import { useSelection } from '../../state/selectionStore'
import { useProjectStore } from '../../state/useProjectStore'

/** The REST API the designer shows: the selected one, or the project's first. */
export function useSelectedApi(): RestApi | undefined {
  const apiId = useSelection((s) => s.apiId)
  return useProjectStore((s) => {
    const apis = s.project?.restApis ?? []
    return apis.find((a) => a.id === apiId) ?? apis[0]
  })
}
