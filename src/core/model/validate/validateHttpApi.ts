import type { HttpApi } from '../http/HttpApi'
import type { Project } from '../project'
import type { Diagnostic, DiagnosticLocation } from './Diagnostic'
import { lambdaFunctionName } from './validateRestApi'

const ROUTE_KEY = /^(\$default|(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY) \/[^\s]*)$/

export function validateHttpApi(project: Project, api: HttpApi): Diagnostic[] {
  const out: Diagnostic[] = []
  const functions = new Set(project.functions.map((f) => f.name))
  const push = (
    severity: Diagnostic['severity'],
    message: string,
    loc: Omit<DiagnosticLocation, 'apiId'> = {},
  ) => out.push({ severity, message, location: { apiId: api.id, ...loc } })
  const seen = new Set<string>()
  for (const route of Object.values(api.routes)) {
    const loc = { path: route.routeKey, field: `routes.${route.routeKey}` }
    if (!ROUTE_KEY.test(route.routeKey)) {
      push('error', `Route key "${route.routeKey}" must be "METHOD /path" or $default.`, loc)
    } else {
      const path = route.routeKey.split(' ')[1] ?? ''
      const segments = path.split('/').filter(Boolean)
      segments.forEach((s, i) => {
        if (s.endsWith('+}') && i !== segments.length - 1) {
          push(
            'error',
            `${route.routeKey}: a greedy path variable such as ${s} must be the last segment.`,
            loc,
          )
        }
      })
    }
    if (seen.has(route.routeKey)) push('error', `Route ${route.routeKey} is defined twice.`, loc)
    seen.add(route.routeKey)
    if (route.integrationId !== undefined && !api.integrations[route.integrationId]) {
      push('error', `${route.routeKey} uses an integration that does not exist.`, loc)
    }
    if (route.integrationId === undefined) {
      push('warning', `${route.routeKey} has no integration; calls to it fail.`, loc)
    }
    if ((route.authorizationType === 'JWT' || route.authorizationType === 'CUSTOM') && !route.authorizerId) {
      push(
        'error',
        `${route.routeKey} uses ${route.authorizationType} authorization without an authorizer.`,
        loc,
      )
    }
    if (route.authorizerId !== undefined && !api.authorizers[route.authorizerId]) {
      push('error', `${route.routeKey} uses an authorizer that does not exist.`, loc)
    }
  }
  for (const i of Object.values(api.integrations)) {
    const loc = { field: `integrations.${i.id}` }
    if (i.timeoutInMillis < 50 || i.timeoutInMillis > 30_000) {
      push('error', `Integration ${i.id}: the timeout must be between 50 and 30000 ms.`, loc)
    }
    const isLambda = lambdaFunctionName(i.integrationUri) !== undefined
    if (!isLambda && i.payloadFormatVersion !== '1.0') {
      push('error', `Integration ${i.id}: only Lambda proxy integrations can use payload format 2.0.`, loc)
    }
    const fn = lambdaFunctionName(i.integrationUri)
    if (fn && !functions.has(fn)) {
      push('warning', `Integration ${i.id} calls Lambda function "${fn}", which is not in this project.`, loc)
    }
  }
  for (const a of Object.values(api.authorizers)) {
    const loc = { field: `authorizers.${a.name}` }
    if (
      a.authorizerType === 'JWT' &&
      (!a.jwtConfiguration?.issuer || a.jwtConfiguration.audience.length === 0)
    ) {
      push('error', `JWT authorizer ${a.name} needs an issuer and at least one audience.`, loc)
    }
    if (a.authorizerType === 'REQUEST' && !a.authorizerUri) {
      push('error', `Lambda authorizer ${a.name} needs the function's invocation URI.`, loc)
    }
    if (a.enableSimpleResponses && a.authorizerPayloadFormatVersion !== '2.0') {
      push('error', `Authorizer ${a.name}: simple responses need payload format 2.0.`, loc)
    }
  }
  return out
}
