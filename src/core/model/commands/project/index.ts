export { MAX_PROJECT_NAME_LENGTH, projectNameProblem, renameProject } from './renameProject'
export { accountIdProblem, regionProblem, updateProjectSettings } from './updateProjectSettings'
