import type { RequestContext } from '../../../core/gateway/context/RequestContext'
import { substituteVariables } from '../../../core/gateway/context/substituteVariables'
import { GATEWAY_RESPONSE_CATALOG } from '../../../core/gateway/responses/gatewayResponseCatalog'
import type { GatewayResponseType, RestApi } from '../../../core/model/rest/RestApi'
import type { EditorMarker } from '../monaco/EditorMarker'
import { CONTEXT_MEMBERS } from '../vtl/vtlReference'
import { sampleRequestContext } from './previewInput'

export interface GatewayResponsePreviewTarget {
  api: RestApi
  type: GatewayResponseType
  region: string
  accountId: string
  /** The stage whose variables the preview uses; absent when the API has no stage yet. */
  stageName?: string | undefined
  stageVariables: Readonly<Record<string, string>>
  nowMs: number
}

export interface GatewayResponsePreview {
  /** The body the emulator would send, rendered by its own substitution (not VTL). */
  output: string
  /** What will not work as the author may expect: directives and variables that are sent as text or print nothing. */
  markers: EditorMarker[]
}

/** The `$context` of a request that failed with `type`: the catalog's message, a sample request. */
function sampleContext(t: GatewayResponsePreviewTarget): RequestContext {
  const message = GATEWAY_RESPONSE_CATALOG[t.type].defaultMessage
  const stageName = t.stageName ?? 'test-invoke-stage'
  return {
    ...sampleRequestContext({
      apiId: t.api.id,
      region: t.region,
      accountId: t.accountId,
      stageName,
      nowMs: t.nowMs,
      httpMethod: 'GET',
      path: `/${stageName}/`,
      resourceId: null,
      resourcePath: null,
      userAgent: 'Gatewright preview',
    }),
    error: {
      message,
      messageString: JSON.stringify(message),
      responseType: t.type,
      validationErrorString: '',
    },
  }
}

/** Velocity 1.7's directives. */
const DIRECTIVE = /^(?:set|if|elseif|else|end|foreach|break|stop|include|parse|evaluate|define|macro)$/
const CONTEXT_NAMES = new Set(CONTEXT_MEMBERS.map((m) => m.name))
/** `#name` or `#{name}` (a VTL directive) and `$name`, `$!name`, `${name}`, `$!{name}` references. */
const TOKEN = /#\{?([A-Za-z]+)\}?|\$!?\{?([A-Za-z][\w-]*)((?:\.[A-Za-z0-9_-]+)*)\}?/g
const SOURCE = 'Gateway response template'

/**
 * Renders a gateway-response template the way API Gateway (and the emulator) does — plain
 * `$context.*` / `$stageVariables.*` substitution, no VTL engine — against a sample failed
 * request of this response type, and marks what the author may expect to work but does not:
 * VTL directives and `$input` / `$util` references (sent as text), `$!` and unknown `$context`
 * variables.
 */
export function previewGatewayResponse(
  template: string,
  t: GatewayResponsePreviewTarget,
): GatewayResponsePreview {
  const output = substituteVariables(template, sampleContext(t), t.stageVariables)
  const markers: EditorMarker[] = []
  const lines = template.split('\n')
  lines.forEach((line, i) => {
    for (const m of line.matchAll(TOKEN)) {
      const at = m.index ?? 0
      const mark = (message: string, length = m[0].length) =>
        markers.push({
          message,
          severity: 'warning',
          startLine: i + 1,
          startColumn: at + 1,
          endLine: i + 1,
          endColumn: at + 1 + length,
          source: SOURCE,
        })
      const directive = m[1]
      if (directive !== undefined) {
        if (DIRECTIVE.test(directive)) {
          mark(
            `#${directive} is not run: gateway response templates are not VTL, only $context and $stageVariables are substituted. It is sent as text.`,
          )
        }
        continue
      }
      const root = m[2]!
      const path = (m[3] ?? '').slice(1)
      if (root === 'context') {
        if (m[0].startsWith('$!')) {
          mark('$!context is not substituted here (no quiet references outside VTL); write $context.')
          continue
        }
        const first = path.split('.')[0] ?? ''
        if (first === '') mark('$context needs a variable name, e.g. $context.error.messageString.')
        else if (!CONTEXT_NAMES.has(first))
          mark(`$context.${first} is not a $context variable: it prints nothing.`)
        continue
      }
      if (root === 'stageVariables') {
        if (m[0].startsWith('$!')) mark('$!stageVariables is not substituted here; write $stageVariables.')
        else if (path === '') mark('$stageVariables needs a variable name, e.g. $stageVariables.env.')
        else if (t.stageVariables[path] === undefined)
          mark(
            t.stageName === undefined
              ? `Stage variable ${path}: the API has no stage yet; where it is not set it prints nothing.`
              : `Stage variable ${path} is not set on stage ${t.stageName}: it prints nothing there.`,
          )
        continue
      }
      mark(
        `$${root} is not available in gateway response templates (only $context and $stageVariables): it is sent as text.`,
      )
    }
  })
  return { output, markers }
}
