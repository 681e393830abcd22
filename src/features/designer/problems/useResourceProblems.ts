import { useEffect, useMemo, useState } from 'react'
import type { Project } from '../../../core/model/project'
import type { HttpMethod } from '../../../core/model/rest/RestApi'
import type { Diagnostic } from '../../../core/model/validate/Diagnostic'
import { validateProject } from '../../../core/model/validate/validateProject'
import { validateOffThread } from '../../../state/projectValidation'

export interface Problem {
  severity: 'error' | 'warning'
  message: string
  httpMethod?: HttpMethod
  field?: string
}

/** Problems per resource id (the resource's own and its methods'). */
export type ResourceProblems = ReadonlyMap<string, Problem[]>

/** One validation per project version, shared by the canvas, the list view and the flow. */
const cache = new WeakMap<Project, Diagnostic[]>()

function diagnosticsOf(project: Project): Diagnostic[] {
  let list = cache.get(project)
  if (!list) {
    list = validateProject(project)
    cache.set(project, list)
  }
  return list
}

/** Above this many resources, validation runs in a worker once edits pause. */
const DEFER_ABOVE = 400

function resourceCount(project: Project): number {
  let n = 0
  for (const api of project.restApis) n += Object.keys(api.resources).length
  return n
}

/**
 * The model's diagnostics for the project: at once for ordinary projects; for big ones in a
 * worker, 250 ms after edits pause (validating thousands of resources takes long enough to be
 * felt), showing the last result meanwhile.
 */
function useDiagnostics(project: Project): Diagnostic[] {
  const big = useMemo(() => resourceCount(project) > DEFER_ABOVE, [project])
  const [deferred, setDeferred] = useState<{ project: Project; list: Diagnostic[] } | null>(null)
  useEffect(() => {
    if (!big) return
    if (cache.has(project)) {
      setDeferred({ project, list: cache.get(project)! })
      return
    }
    let cancelled = false
    const timer = setTimeout(() => {
      void validateOffThread(project).then((list) => {
        cache.set(project, list)
        if (!cancelled) setDeferred({ project, list })
      })
    }, 250)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [project, big])
  if (!big) return diagnosticsOf(project)
  return deferred?.list ?? []
}

/** The diagnostics for one API, grouped by the resource they point at. */
export function useResourceProblems(project: Project, apiId: string): ResourceProblems {
  const diagnostics = useDiagnostics(project)
  return useMemo(() => {
    const map = new Map<string, Problem[]>()
    for (const d of diagnostics) {
      if (d.location.apiId !== apiId || d.location.resourceId === undefined) continue
      if (d.severity !== 'error' && d.severity !== 'warning') continue
      const list = map.get(d.location.resourceId) ?? []
      list.push({
        severity: d.severity,
        message: d.message,
        ...(d.location.httpMethod ? { httpMethod: d.location.httpMethod } : {}),
        ...(d.location.field ? { field: d.location.field } : {}),
      })
      map.set(d.location.resourceId, list)
    }
    return map
  }, [diagnostics, apiId])
}
