import type { Clock } from '../ports/Clock'
import type { IdSource } from '../ports/IdSource'
import type { ApiKey, Deployment, DomainName, Stage, UsagePlan } from './deploy/Stage'
import type { HttpApi } from './http/HttpApi'
import type { LambdaFunction } from './lambda/LambdaFunction'
import type { RestApi } from './rest/RestApi'

/** The schema version this build writes. Older documents migrate forward one step at a time. */
export const CURRENT_SCHEMA_VERSION = 1

/** Where the emulated APIs live: the region in invoke URLs and ARNs, and the account id in ARNs. */
export interface ProjectSettings {
  region: string
  accountId: string
}

/**
 * A Gatewright project: one versioned JSON document holding everything the user designed.
 * It is plain data (JSON-serialisable, no classes, no undefined-valued keys) so it can be
 * saved, diffed, undone and shared as is.
 */
export interface Project {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION
  id: string
  name: string
  /** ISO-8601 timestamps. */
  createdAt: string
  updatedAt: string
  settings: ProjectSettings
  restApis: RestApi[]
  httpApis: HttpApi[]
  stages: Stage[]
  deployments: Deployment[]
  usagePlans: UsagePlan[]
  apiKeys: ApiKey[]
  functions: LambdaFunction[]
  domainNames: DomainName[]
}

export function createEmptyProject(name: string, ids: IdSource, clock: Clock): Project {
  const now = new Date(clock.now()).toISOString()
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: ids.uuid(),
    name,
    createdAt: now,
    updatedAt: now,
    settings: { region: 'us-east-1', accountId: '123456789012' },
    restApis: [],
    httpApis: [],
    stages: [],
    deployments: [],
    usagePlans: [],
    apiKeys: [],
    functions: [],
    domainNames: [],
  }
}
