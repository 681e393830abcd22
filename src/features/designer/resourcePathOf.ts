import { resourcePath } from '../../core/model/rest/paths'
import type { RestApi } from '../../core/model/rest/RestApi'

/** The resource's path, or its id when it is no longer in the tree. */
export function resourcePathOf(api: RestApi, resourceId: string): string {
  return resourcePath(api, resourceId) ?? resourceId
}
