/**
 * What OpenAPI does not carry, held in the project document: stages, deployments, usage
 * plans, API keys, custom domains. Plain JSON data; see rest/RestApi.ts for conventions.
 */
import type { HttpApi } from '../http/HttpApi'
import type { RestApi } from '../rest/RestApi'

export interface ThrottleSettings {
  /** Requests per second (steady state). */
  rateLimit: number
  burstLimit: number
}

/** Per-method stage settings, keyed by `{resourcePath}/{httpMethod}` as AWS keys them (`*\/*` for all). */
export interface MethodSetting {
  throttlingRateLimit?: number
  throttlingBurstLimit?: number
  cachingEnabled?: boolean
  cacheTtlInSeconds?: number
  cacheDataEncrypted?: boolean
  requireAuthorizationForCacheControl?: boolean
  unauthorizedCacheControlHeaderStrategy?:
    | 'FAIL_WITH_403'
    | 'SUCCEED_WITH_RESPONSE_HEADER'
    | 'SUCCEED_WITHOUT_RESPONSE_HEADER'
  metricsEnabled?: boolean
  loggingLevel?: 'OFF' | 'ERROR' | 'INFO'
  dataTraceEnabled?: boolean
}

export interface CanarySettings {
  /** The deployment the canary serves. */
  deploymentId: string
  /** 0.0..100.0 */
  percentTraffic: number
  stageVariableOverrides: Record<string, string>
  useStageCache?: boolean
}

export interface Stage {
  /** The API (REST or HTTP) this stage belongs to. */
  apiId: string
  stageName: string
  description?: string
  /** Absent until the first deployment. */
  deploymentId?: string
  variables: Record<string, string>
  methodSettings: Record<string, MethodSetting>
  canarySettings?: CanarySettings
  cacheClusterEnabled?: boolean
  /** `0.5`, `1.6`, `6.1`, … (GB). */
  cacheClusterSize?: string
  tracingEnabled?: boolean
  accessLogSettings?: { destinationArn?: string; format: string }
  /** HTTP APIs: deploy on every change. */
  autoDeploy?: boolean
  tags: Record<string, string>
  createdDate: string
  lastUpdatedDate: string
}

/** An immutable snapshot of an API, made by Deploy. Stages point at one. */
export interface Deployment {
  id: string
  apiId: string
  description?: string
  createdDate: string
  /** A deep copy of the API as it was when deployed; never edited afterwards. */
  snapshot: { kind: 'rest'; api: RestApi } | { kind: 'http'; api: HttpApi }
}

export interface UsagePlan {
  id: string
  name: string
  description?: string
  /** The API stages this plan applies to, with optional per-method throttles keyed `{path}/{METHOD}`. */
  apiStages: { apiId: string; stage: string; throttle?: Record<string, ThrottleSettings> }[]
  throttle?: ThrottleSettings
  quota?: { limit: number; period: 'DAY' | 'WEEK' | 'MONTH'; offset?: number }
  /** Ids of the API keys in this plan. */
  apiKeyIds: string[]
  tags: Record<string, string>
}

export interface ApiKey {
  id: string
  name: string
  /** The key string clients send in `x-api-key`. */
  value: string
  enabled: boolean
  description?: string
  createdDate: string
  tags: Record<string, string>
}

export interface DomainName {
  domainName: string
  endpointType: 'EDGE' | 'REGIONAL'
  /** Base path ('' for none) → API and stage. */
  basePathMappings: { basePath: string; apiId: string; stage: string }[]
}
