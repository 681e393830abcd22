import { createProjectValidationRunner, type ProjectValidationRunner } from './ProjectValidationRunner'
import ValidateWorker from './validateProject.worker?worker'

/** The studio's validation runner: a module worker built by Vite, kept warm between validations. */
export function createBrowserProjectValidationRunner(): ProjectValidationRunner {
  return createProjectValidationRunner(() => new ValidateWorker({ name: 'validate-project' }))
}
