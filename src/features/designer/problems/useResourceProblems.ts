import { useMemo } from 'react'
import type { Project } from '../../../core/model/project'
import type { HttpMethod } from '../../../core/model/rest/RestApi'
import { validateProject } from '../../../core/model/validate/validateProject'

export interface Problem {
  severity: 'error' | 'warning'
  message: string
  httpMethod?: HttpMethod
  field?: string
}

/** Problems per resource id (the resource's own and its methods'). */
export type ResourceProblems = ReadonlyMap<string, Problem[]>

/** The model's diagnostics for one API, grouped by the resource they point at. */
export function useResourceProblems(project: Project, apiId: string): ResourceProblems {
  return useMemo(() => {
    const map = new Map<string, Problem[]>()
    for (const d of validateProject(project)) {
      if (d.location.apiId !== apiId || d.location.resourceId === undefined) continue
      if (d.severity !== 'error' && d.severity !== 'warning') continue
      const list = map.get(d.location.resourceId) ?? []
      list.push({
        severity: d.severity,
        message: d.message,
        ...(d.location.httpMethod ? { httpMethod: d.location.httpMethod as HttpMethod } : {}),
        ...(d.location.field ? { field: d.location.field } : {}),
      })
      map.set(d.location.resourceId, list)
    }
    return map
  }, [project, apiId])
}
