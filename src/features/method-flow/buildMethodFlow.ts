import type { Integration, IntegrationResponse, Method, RestApi } from '../../core/model/rest/RestApi'
import type { InspectorTarget } from '../../state/selectionStore'
import { gatewayResponsesForMethod } from './gatewayResponsesForMethod'

export type FlowNodeKind =
  | 'client'
  | 'methodRequest'
  | 'integrationRequest'
  | 'integration'
  | 'integrationResponse'
  | 'methodResponse'
  | 'gatewayResponses'

export interface FlowNode {
  id: string
  kind: FlowNodeKind
  title: string
  /** Short facts shown in the node, one per line. */
  lines: string[]
  x: number
  y: number
  /** Shown greyed: AWS does not use this step for this method. */
  disabled?: { reason: string }
  /** What clicking the node opens in the inspector. */
  target?: InspectorTarget
  /** Integration type, for colouring the integration node. */
  integrationType?: Integration['type'] | 'NONE'
}

export type FlowHandle = 'left' | 'right' | 'top' | 'bottom'

export interface FlowEdge {
  id: string
  source: string
  target: string
  /** Which side of each node the edge leaves and enters. */
  sourceHandle: FlowHandle
  targetHandle: FlowHandle
  label?: string
  dashed?: boolean
}

export interface MethodFlow {
  nodes: FlowNode[]
  edges: FlowEdge[]
}

export const FLOW_NODE_WIDTH = 210
const COLUMN = FLOW_NODE_WIDTH + 70
const ROW_GAP = 20
const REQUEST_ROW_HEIGHT = 118
const RESPONSE_NODE_HEIGHT = 92

const INTEGRATION_TITLES: Record<Integration['type'], string> = {
  MOCK: 'Mock',
  HTTP: 'HTTP',
  HTTP_PROXY: 'HTTP proxy',
  AWS: 'AWS service',
  AWS_PROXY: 'Lambda proxy',
}

/** `arn:aws:apigateway:…:lambda:path/…/functions/arn:aws:lambda:…:function:NAME/invocations` → `NAME`. */
export function lambdaNameFromUri(uri: string | undefined): string | undefined {
  const m = uri?.match(/:function:([^/:]+)(?::[^/]+)?\/invocations$/)
  return m?.[1]
}

function isLambdaUri(uri: string | undefined): boolean {
  return uri !== undefined && /:lambda:path\//.test(uri)
}

function integrationLines(integration: Integration): string[] {
  const lines: string[] = []
  if (integration.type === 'MOCK') {
    lines.push('Status from the request template')
    return lines
  }
  const fn = lambdaNameFromUri(integration.uri)
  if (fn) lines.push(`Function ${fn}`)
  else if (integration.uri) lines.push(integration.uri)
  if (integration.httpMethod) lines.push(`HTTP method ${integration.httpMethod}`)
  lines.push(`Timeout ${integration.timeoutInMillis} ms`)
  return lines
}

function integrationTitle(integration: Integration): string {
  if (integration.type === 'AWS' && isLambdaUri(integration.uri)) return 'Lambda (custom)'
  return INTEGRATION_TITLES[integration.type]
}

/** Integration responses in AWS's matching order for display: patterns as written, `default` last. */
export function orderedIntegrationResponses(integration: Integration): [string, IntegrationResponse][] {
  return Object.entries(integration.integrationResponses).sort(([a, ra], [b, rb]) => {
    const da = ra.selectionPattern === undefined || a === 'default'
    const db = rb.selectionPattern === undefined || b === 'default'
    if (da !== db) return da ? 1 : -1
    return a < b ? -1 : a > b ? 1 : 0
  })
}

function countLabel(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * The path a request takes through API Gateway for one method, as nodes and edges laid out
 * in a U: the request runs left to right along the top (Client → Method request →
 * Integration request → Integration), the response comes back right to left along the
 * bottom (Integration responses → Method responses → Client).
 */
export function buildMethodFlow(api: RestApi, method: Method): MethodFlow {
  const nodes: FlowNode[] = []
  const edges: FlowEdge[] = []
  const integration = method.integration
  const isProxy = integration?.type === 'AWS_PROXY' || integration?.type === 'HTTP_PROXY'
  const noIntegration = integration === undefined
  const missing = { reason: 'This method has no integration yet: choose one in Integration request.' }

  // Column x positions.
  const [c0, c1, c2, c3] = [0, COLUMN, COLUMN * 2, COLUMN * 3]
  const responseTop = REQUEST_ROW_HEIGHT + 70

  // Request row.
  const params = Object.keys(method.requestParameters)
  const models = Object.entries(method.requestModels)
  const validator = method.requestValidatorId ? api.requestValidators[method.requestValidatorId] : undefined
  const authorizer = method.authorizerId ? api.authorizers[method.authorizerId] : undefined
  const authLine =
    method.authorizationType === 'NONE'
      ? 'Authorization NONE'
      : method.authorizationType === 'CUSTOM' || method.authorizationType === 'COGNITO_USER_POOLS'
        ? `Authorizer ${authorizer?.name ?? method.authorizerId ?? '(not set)'}`
        : `Authorization ${method.authorizationType}`
  nodes.push({
    id: 'methodRequest',
    kind: 'methodRequest',
    title: 'Method request',
    lines: [
      authLine,
      ...(method.apiKeyRequired ? ['API key required'] : []),
      ...(validator ? [`Validator ${validator.name}`] : []),
      ...(params.length > 0 ? [countLabel(params.length, 'parameter', 'parameters')] : []),
      ...(models.length > 0 ? [`Body model ${models.map(([, m]) => m).join(', ')}`] : []),
    ],
    x: c1,
    y: 0,
    target: { kind: 'methodRequest' },
  })

  const templateTypes = integration ? Object.keys(integration.requestTemplates) : []
  const mappings = integration ? Object.keys(integration.requestParameters).length : 0
  nodes.push({
    id: 'integrationRequest',
    kind: 'integrationRequest',
    title: 'Integration request',
    lines: noIntegration
      ? ['Not configured']
      : isProxy
        ? [
            'Request passed through as is',
            ...(mappings > 0 ? [countLabel(mappings, 'parameter mapping', 'parameter mappings')] : []),
          ]
        : [
            templateTypes.length > 0 ? `Templates: ${templateTypes.join(', ')}` : 'No mapping templates',
            `Passthrough ${integration.passthroughBehavior}`,
            ...(mappings > 0 ? [countLabel(mappings, 'parameter mapping', 'parameter mappings')] : []),
          ],
    x: c2,
    y: 0,
    target: { kind: 'integrationRequest' },
  })

  nodes.push({
    id: 'integration',
    kind: 'integration',
    title: integration ? integrationTitle(integration) : 'No integration',
    lines: integration
      ? integrationLines(integration)
      : ['Set an integration type to make this method answer'],
    x: c3,
    y: (REQUEST_ROW_HEIGHT + responseTop) / 2,
    integrationType: integration?.type ?? 'NONE',
    target: { kind: 'integration' },
  })

  // Response row: integration responses (column 2) and method responses (column 1).
  const methodResponseIds = new Map<string, string>()
  // Method responses line up with the integration responses that map to them (no crossing
  // edges); those no integration response maps to come last, by status code.
  const irOrder = integration && !isProxy ? orderedIntegrationResponses(integration) : []
  const firstMapped = (code: string) => {
    const i = irOrder.findIndex(([, ir]) => ir.statusCode === code)
    return i < 0 ? Number.MAX_SAFE_INTEGER : i
  }
  const statusCodes = Object.keys(method.methodResponses).sort(
    (a, b) => firstMapped(a) - firstMapped(b) || (a < b ? -1 : a > b ? 1 : 0),
  )
  statusCodes.forEach((code, i) => {
    const mr = method.methodResponses[code]!
    const headers = Object.keys(mr.responseParameters).length
    const respModels = Object.values(mr.responseModels)
    const id = `mr:${code}`
    methodResponseIds.set(code, id)
    nodes.push({
      id,
      kind: 'methodResponse',
      title: `Method response ${code}`,
      lines: [
        headers > 0 ? countLabel(headers, 'header', 'headers') : 'No headers',
        ...(respModels.length > 0 ? [`Model ${respModels.join(', ')}`] : []),
      ],
      x: c1,
      y: responseTop + i * (RESPONSE_NODE_HEIGHT + ROW_GAP),
      ...(noIntegration ? { disabled: missing } : {}),
      target: { kind: 'methodResponse', statusCode: code },
    })
  })

  if (integration && isProxy) {
    nodes.push({
      id: 'integrationResponses',
      kind: 'integrationResponse',
      title: 'Integration responses',
      lines: ['Not used'],
      x: c2,
      y: responseTop,
      disabled: {
        reason:
          integration.type === 'AWS_PROXY'
            ? "Lambda proxy integration: the function's output sets the status code, headers and body."
            : "HTTP proxy integration: the backend's status code, headers and body pass through.",
      },
    })
    edges.push({
      id: 'integration->integrationResponses',
      source: 'integration',
      target: 'integrationResponses',
      sourceHandle: 'bottom',
      targetHandle: 'right',
      dashed: true,
    })
    edges.push({
      id: 'integrationResponses->client',
      source: 'integrationResponses',
      target: 'client',
      sourceHandle: 'left',
      targetHandle: 'right',
      dashed: true,
      label: 'as returned',
    })
  } else if (integration) {
    const irs = orderedIntegrationResponses(integration)
    irs.forEach(([key, ir], i) => {
      const id = `ir:${key}`
      const isDefault = ir.selectionPattern === undefined || key === 'default'
      const templates = Object.keys(ir.responseTemplates)
      const headerMaps = Object.keys(ir.responseParameters).length
      nodes.push({
        id,
        kind: 'integrationResponse',
        title: isDefault ? 'Default response' : `Pattern ${ir.selectionPattern ?? key}`,
        lines: [
          templates.length > 0 ? `Templates: ${templates.join(', ')}` : 'Body passed through',
          ...(headerMaps > 0 ? [countLabel(headerMaps, 'header mapping', 'header mappings')] : []),
        ],
        x: c2,
        y: responseTop + i * (RESPONSE_NODE_HEIGHT + ROW_GAP),
        target: { kind: 'integrationResponse', key },
      })
      edges.push({
        id: `integration->${id}`,
        source: 'integration',
        target: id,
        sourceHandle: 'bottom',
        targetHandle: 'right',
        label: isDefault ? 'default' : (ir.selectionPattern ?? key),
      })
      const mrId = methodResponseIds.get(ir.statusCode)
      if (mrId) {
        edges.push({
          id: `${id}->${mrId}`,
          source: id,
          target: mrId,
          sourceHandle: 'left',
          targetHandle: 'right',
          label: `→ ${ir.statusCode}`,
        })
      }
    })
    if (irs.length === 0) {
      nodes.push({
        id: 'integrationResponses',
        kind: 'integrationResponse',
        title: 'Integration responses',
        lines: ['None: every response ends in a 500'],
        x: c2,
        y: responseTop,
        target: { kind: 'integration' },
      })
      edges.push({
        id: 'integration->integrationResponses',
        source: 'integration',
        target: 'integrationResponses',
        sourceHandle: 'bottom',
        targetHandle: 'right',
      })
    }
  }

  const responseRows = Math.max(
    1,
    statusCodes.length,
    integration && !isProxy ? Object.keys(integration.integrationResponses).length : 1,
  )
  const responseBottom = responseTop + responseRows * (RESPONSE_NODE_HEIGHT + ROW_GAP)

  nodes.push({
    id: 'client',
    kind: 'client',
    title: 'Client',
    lines: [`${method.httpMethod} request`],
    x: c0,
    y: (REQUEST_ROW_HEIGHT + responseTop) / 2,
  })
  edges.push(
    {
      id: 'client->methodRequest',
      source: 'client',
      target: 'methodRequest',
      sourceHandle: 'right',
      targetHandle: 'left',
    },
    {
      id: 'methodRequest->integrationRequest',
      source: 'methodRequest',
      target: 'integrationRequest',
      sourceHandle: 'right',
      targetHandle: 'left',
    },
    {
      id: 'integrationRequest->integration',
      source: 'integrationRequest',
      target: 'integration',
      sourceHandle: 'right',
      targetHandle: 'left',
      ...(noIntegration ? { dashed: true } : {}),
    },
  )
  for (const code of statusCodes) {
    edges.push({
      id: `mr:${code}->client`,
      source: `mr:${code}`,
      target: 'client',
      sourceHandle: 'left',
      targetHandle: 'right',
    })
  }

  const applicable = gatewayResponsesForMethod(api, method)
  const customised = applicable.filter((g) => api.gatewayResponses[g.type] !== undefined).length
  nodes.push({
    id: 'gatewayResponses',
    kind: 'gatewayResponses',
    title: 'Gateway responses',
    lines: [
      `${applicable.length} can occur on this method`,
      customised > 0 ? `${customised} customised` : 'All AWS defaults',
    ],
    x: c0,
    y: responseBottom + 10,
    target: { kind: 'gatewayResponses' },
  })
  edges.push({
    id: 'gatewayResponses->client',
    source: 'gatewayResponses',
    target: 'client',
    sourceHandle: 'top',
    targetHandle: 'bottom',
    dashed: true,
    label: 'errors',
  })
  return { nodes, edges }
}
