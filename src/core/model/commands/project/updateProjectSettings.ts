import type { ProjectSettings } from '../../project'
import { CommandError, defineCommand } from '../defineCommand'

/**
 * AWS region codes: two-letter area, optional partition qualifier (`gov`, `iso`, …), a
 * direction word, a number — `us-east-1`, `ap-southeast-2`, `us-gov-west-1`, `eu-central-2`.
 */
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/
/** An AWS account id is exactly 12 digits. */
const ACCOUNT_ID_PATTERN = /^\d{12}$/

/** Why `region` is not an AWS region code, or `null`. */
export function regionProblem(region: string): string | null {
  if (region === '') return 'Enter a region, for example us-east-1.'
  if (!REGION_PATTERN.test(region)) return `"${region}" is not a region code like us-east-1 or eu-west-2.`
  return null
}

/** Why `accountId` is not an AWS account id, or `null`. */
export function accountIdProblem(accountId: string): string | null {
  if (!ACCOUNT_ID_PATTERN.test(accountId)) return `An AWS account ID is 12 digits (got "${accountId}").`
  return null
}

/**
 * Changes the region and/or account id the emulated APIs live in (they appear in invoke URLs
 * and ARNs). Only the given fields change; a change to the same values changes nothing.
 */
export const updateProjectSettings = defineCommand<Partial<ProjectSettings>>(
  'project.updateSettings',
  'Change project settings',
  (project, params) => {
    const next: ProjectSettings = { ...project.settings }
    if (params.region !== undefined) {
      const problem = regionProblem(params.region)
      if (problem) throw new CommandError('project.updateSettings', problem)
      next.region = params.region
    }
    if (params.accountId !== undefined) {
      const problem = accountIdProblem(params.accountId)
      if (problem) throw new CommandError('project.updateSettings', problem)
      next.accountId = params.accountId
    }
    if (next.region === project.settings.region && next.accountId === project.settings.accountId)
      return project
    return { ...project, settings: next }
  },
)
