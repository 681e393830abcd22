/// <reference lib="webworker" />
// Validates big projects off the main thread (see useResourceProblems): the canvas stays
// responsive while thousands of resources are checked.
import type { Project } from '../../../core/model/project'
import { validateProject } from '../../../core/model/validate/validateProject'

self.onmessage = (event: MessageEvent<{ seq: number; project: Project }>) => {
  const { seq, project } = event.data
  self.postMessage({ seq, list: validateProject(project) })
}
