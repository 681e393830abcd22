import { CommandError, defineCommand } from '../defineCommand'

export const MAX_PROJECT_NAME_LENGTH = 100

/** Why `name` cannot be a project name, or `null` when it can. Names are trimmed first. */
export function projectNameProblem(name: string): string | null {
  const trimmed = name.trim()
  if (trimmed === '') return 'Enter a project name.'
  if (trimmed.length > MAX_PROJECT_NAME_LENGTH)
    return `A project name can be at most ${MAX_PROJECT_NAME_LENGTH} characters (this one has ${trimmed.length}).`
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return 'A project name cannot contain control characters.'
  return null
}

/** Renames the project. The name is trimmed; renaming to the current name changes nothing. */
export const renameProject = defineCommand<{ name: string }>(
  'project.rename',
  'Rename project',
  (project, { name }) => {
    const problem = projectNameProblem(name)
    if (problem) throw new CommandError('project.rename', problem)
    const trimmed = name.trim()
    if (trimmed === project.name) return project
    return { ...project, name: trimmed }
  },
)
