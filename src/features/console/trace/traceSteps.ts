import type { PipelineStageName, RequestTrace, TraceEvent } from '../../../core/gateway/trace/RequestTrace'

/** One part of a step's input or output, ready to show. */
export type TraceSection =
  | { kind: 'value'; label: string; value: string }
  | { kind: 'text'; label: string; text: string }
  | { kind: 'pairs'; label: string; rows: [string, string][] }
  | { kind: 'list'; label: string; items: string[] }

/** A pipeline stage as the timeline shows it. */
export interface TraceStep {
  key: string
  stage: PipelineStageName
  title: string
  outcome: TraceEvent['outcome']
  summary: string
  /** ms from the first event's start. */
  offsetMs: number
  durationMs: number
  /** The stage ended the request with an error (a gateway response follows) or is the gateway response. */
  failed: boolean
  sections: TraceSection[]
}

/** API Gateway's names for the stages (the console's and the docs' words). */
export const STAGE_TITLES: Record<PipelineStageName, string> = {
  resolve: 'API and stage',
  route: 'Resource and method',
  'access-control': 'Authorization, API keys, throttling',
  'method-request': 'Method request validation',
  'integration-request': 'Integration request',
  integration: 'Integration',
  'integration-response': 'Integration response',
  'method-response': 'Method response',
  'gateway-response': 'Gateway response',
  cors: 'Browser CORS check',
}

/** Labels for the detail keys the pipeline records; other keys are shown as they are named. */
const LABELS: Record<string, string> = {
  apiId: 'API id',
  stage: 'Stage',
  deploymentId: 'Deployment',
  isCanary: 'Canary request',
  stageVariables: 'Stage variables',
  path: 'Path',
  resourceId: 'Resource id',
  resourcePath: 'Resource path',
  method: 'HTTP method',
  pathParameters: 'Path parameters',
  integrationType: 'Integration type',
  uri: 'Endpoint URI',
  headers: 'Headers',
  body: 'Body',
  templateContentType: 'Template content type',
  template: 'Mapping template',
  templateOutput: 'Template output',
  overrides: 'Overrides ($context.requestOverride / responseOverride)',
  statusCode: 'Status code',
  selectedResponse: 'Matched integration response',
  why: 'Why',
  input: 'Selection input',
  mappedHeaders: 'Mapped headers',
  responseOverride: 'Response override',
  responseType: 'Gateway response type',
  status: 'Status',
  message: '$context.error.message',
  contentType: 'Content type',
  passthroughBehavior: 'Request body passthrough',
  templates: 'Mapping templates defined',
  validator: 'Request validator',
  missing: 'Missing parameters',
  errors: 'Validation errors',
  model: 'Model',
  pageOrigin: 'Page origin',
  allowed: 'Allowed',
  reason: 'Reason',
  preflightStatus: 'Preflight status',
}

/** Per stage: clearer names for generic keys, and the order that reads best (template before its output). */
const STAGE_LABELS: Partial<Record<PipelineStageName, Record<string, string>>> = {
  'integration-request': {
    uri: 'Endpoint request URI',
    method: 'Endpoint HTTP method',
    headers: 'Endpoint request headers',
    body: 'Endpoint request body after transformations',
  },
  'gateway-response': { body: 'Response body' },
}

const STAGE_ORDER: Partial<Record<PipelineStageName, string[]>> = {
  'integration-request': [
    'integrationType',
    'templateContentType',
    'template',
    'body',
    'uri',
    'method',
    'headers',
  ],
  'integration-response': [
    'selectedResponse',
    'why',
    'input',
    'statusCode',
    'mappedHeaders',
    'templateContentType',
  ],
}

/** Keys whose text is code or a payload: always shown as a block. */
const BLOCK_KEYS = new Set(['template', 'templateOutput', 'body', 'detail'])

function label(key: string, stage?: PipelineStageName): string {
  return (
    (stage && STAGE_LABELS[stage]?.[key]) ??
    LABELS[key] ??
    key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())
  )
}

/** True for `{}`, `[]` and objects whose every value is deep-empty (e.g. unused overrides). */
function deepEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0
  if (value !== null && typeof value === 'object') return Object.values(value).every(deepEmpty)
  return false
}

function isPairList(value: unknown): value is [string, string][] {
  return (
    Array.isArray(value) &&
    value.every(
      (p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string',
    )
  )
}

function isStringMap(value: unknown): value is Record<string, string | number | boolean | null> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
  )
}

function section(key: string, value: unknown, stage?: PipelineStageName): TraceSection | undefined {
  const name = label(key, stage)
  if (value === undefined) return undefined
  if (value === null) return { kind: 'value', label: name, value: 'none' }
  if (typeof value === 'string') {
    if (BLOCK_KEYS.has(key) || value.includes('\n') || value.length > 120)
      return { kind: 'text', label: name, text: value }
    return { kind: 'value', label: name, value: value === '' ? '(empty)' : value }
  }
  if (typeof value === 'number' || typeof value === 'boolean')
    return { kind: 'value', label: name, value: String(value) }
  if (deepEmpty(value)) return { kind: 'value', label: name, value: 'none' }
  if (isPairList(value)) return { kind: 'pairs', label: name, rows: value }
  if (isStringMap(value))
    return {
      kind: 'pairs',
      label: name,
      rows: Object.entries(value).map(([k, v]) => [k, v === null ? 'null' : String(v)]),
    }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return value.some((v) => v.length > 40)
      ? { kind: 'list', label: name, items: value }
      : { kind: 'value', label: name, value: value.join(', ') }
  return { kind: 'text', label: name, text: JSON.stringify(value, null, 2) }
}

/**
 * Overrides that did nothing are noise, and so are a MOCK's endpoint fields (it has no endpoint);
 * other empty maps say "none".
 */
function sectionsOf(details: Record<string, unknown>, stage?: PipelineStageName): TraceSection[] {
  const order = (stage && STAGE_ORDER[stage]) ?? []
  const rank = (key: string) => {
    const i = order.indexOf(key)
    return i < 0 ? order.length : i
  }
  const entries = Object.entries(details)
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => rank(a.entry[0]) - rank(b.entry[0]) || a.i - b.i)
    .map(({ entry }) => entry)
  const mock = details.integrationType === 'MOCK'
  const out: TraceSection[] = []
  for (const [key, value] of entries) {
    if ((key === 'overrides' || key === 'responseOverride') && deepEmpty(value)) continue
    if (mock && (key === 'uri' || key === 'method' || key === 'headers')) continue
    const s = section(key, value, stage)
    if (s) out.push(s)
  }
  return out
}

/** The trace's events as timeline steps, with their details ready to display. */
export function traceSteps(trace: Pick<RequestTrace, 'events'>): TraceStep[] {
  const events = trace.events
  if (events.length === 0) return []
  const t0 = Math.min(...events.map((e) => e.start))
  const hasGatewayResponse = events.some((e) => e.stage === 'gateway-response')
  return events.map((e, i) => ({
    key: `${i}-${e.stage}`,
    stage: e.stage,
    title: STAGE_TITLES[e.stage] ?? e.stage,
    outcome: e.outcome,
    summary: e.summary,
    offsetMs: e.start - t0,
    durationMs: Math.max(0, e.end - e.start),
    failed: e.stage === 'gateway-response' || (hasGatewayResponse && e.outcome === 'respond'),
    sections: sectionsOf(e.details, e.stage),
  }))
}

/** The total span of the trace's events (ms). */
export function traceSpan(trace: Pick<RequestTrace, 'events'>): number {
  if (trace.events.length === 0) return 0
  return Math.max(...trace.events.map((e) => e.end)) - Math.min(...trace.events.map((e) => e.start))
}
