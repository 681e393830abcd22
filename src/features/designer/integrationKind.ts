import type { Integration, Method } from '../../core/model/rest/RestApi'

/** How the designer colours a method: by what it integrates with. */
export type IntegrationKind = 'mock' | 'http' | 'httpProxy' | 'lambdaProxy' | 'lambda' | 'aws' | 'none'

export function integrationKind(method: Method): IntegrationKind {
  const i: Integration | undefined = method.integration
  if (!i) return 'none'
  switch (i.type) {
    case 'MOCK':
      return 'mock'
    case 'HTTP':
      return 'http'
    case 'HTTP_PROXY':
      return 'httpProxy'
    case 'AWS_PROXY':
      return 'lambdaProxy'
    case 'AWS':
      return i.uri !== undefined && /:lambda:path\//.test(i.uri) ? 'lambda' : 'aws'
  }
}

/** The legend: AWS console names for each kind. */
export const INTEGRATION_KIND_LABELS: Record<IntegrationKind, string> = {
  mock: 'Mock',
  http: 'HTTP',
  httpProxy: 'HTTP proxy',
  lambdaProxy: 'Lambda proxy',
  lambda: 'Lambda (custom)',
  aws: 'AWS service',
  none: 'No integration',
}
