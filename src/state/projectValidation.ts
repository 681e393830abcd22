import { createStore } from 'zustand/vanilla'
import type { Project } from '../core/model/project'
import type { Diagnostic } from '../core/model/validate/Diagnostic'
import { validateProject } from '../core/model/validate/validateProject'

/** Validates a project away from the caller's thread (a Web Worker in the studio). */
export type ProjectValidator = (project: Project) => Promise<Diagnostic[]>

export interface ProjectValidationState {
  /** Where big projects are validated; until the app sets a worker, right here. */
  validator: ProjectValidator
  setValidator(validator: ProjectValidator): void
}

const inThread: ProjectValidator = (project) => Promise.resolve(validateProject(project))

/**
 * The studio's project validation off the main thread: the app sets the Web Worker runner of
 * `adapters/workers`; the designer's problem badges call `validateOffThread`.
 */
export const projectValidation = createStore<ProjectValidationState>()((set) => ({
  validator: inThread,
  setValidator: (validator) => set({ validator }),
}))

/**
 * The project's diagnostics from the app's validator; should that fail (the worker could not
 * start or crashed), validated here instead, so problems are never silently missing.
 */
export function validateOffThread(project: Project): Promise<Diagnostic[]> {
  const { validator } = projectValidation.getState()
  return validator(project).catch(() => inThread(project))
}
