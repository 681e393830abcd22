import { HttpResponse, http, type RequestHandler } from 'msw'
import {
  checkBrowserCors,
  needsPreflight,
  unsafeRequestHeaders,
} from '../../core/gateway/cors/checkBrowserCors'
import { GatewayEngine, type GatewayEngineOptions } from '../../core/gateway/GatewayEngine'
import type { InvokeRequest } from '../../core/gateway/http/InvokeRequest'
import { type PipelineOutcome, runPipeline } from '../../core/gateway/pipeline'
import type { Project } from '../../core/model/project'
import type { Clock } from '../../core/ports/Clock'
import type { IdSource } from '../../core/ports/IdSource'
import { fromFetchRequest, toFetchResponse } from '../http/fetchBridge'
import { createRequestTraceFeed, type ObservedRequest, type RequestTraceFeed } from './requestTraceFeed'

/** Every `https://{api-id}.execute-api.{region}.amazonaws.com/…` URL. */
export const EXECUTE_API_URL = /^https:\/\/[a-z0-9]+\.execute-api\.[a-z0-9-]+\.amazonaws\.com(?::\d+)?\//i

export interface GatewayHandlersOptions extends Omit<GatewayEngineOptions, 'apiId'> {
  /** The project currently open; read on every request (so edits and deploys apply at once). */
  getProject: () => Project | undefined
  /**
   * The page's origin (`location.origin`) in the browser: requests from it are checked the way a
   * real browser would check CORS, and the verdict goes into the trace. Leave out in Node.
   */
  pageOrigin?: string
  /** `$context.identity.sourceIp` (a page cannot know its public address). Default `127.0.0.1`. */
  sourceIp?: string
}

/**
 * MSW `http` handlers that answer every invoke URL of every deployed stage of the open project
 * through the pipeline. They work with `msw/browser` (`setupWorker`) and `msw/node` (`setupServer`).
 * A host no API of the project answers gets a network error, as an unresolvable host does.
 */
export function createGatewayHandlers(options: GatewayHandlersOptions): {
  handlers: RequestHandler[]
  engine: GatewayEngine
  /** The engine's traces, each with the request as received (see `requestTraceFeed.ts`). */
  traces: RequestTraceFeed
} {
  const { getProject, pageOrigin, sourceIp, ...engineOptions } = options
  let current: Project | undefined
  const engine = new GatewayEngine(() => current!, engineOptions)
  /** Requests being answered, by request id: kept only until their trace has been handed out. */
  const observed = new Map<string, ObservedRequest>()
  const traces = createRequestTraceFeed(engine.traces, (requestId) => observed.get(requestId))
  const handler = http.all(EXECUTE_API_URL, async ({ request }) => {
    current = getProject()
    if (current === undefined) return HttpResponse.error()
    const project = current
    const corsMode = pageOrigin !== undefined && request.mode === 'cors'
    const credentials = request.credentials === 'include'
    const invoke = await fromFetchRequest(request, sourceIp)
    // The fragment never reaches the pipeline (no server sees one); the trace feed passes it on.
    const fragment = new URL(request.url).hash.replace(/^#/, '')
    let requestId: string | undefined
    try {
      const outcome = await engine.invoke(invoke, async (outcome) => {
        requestId = outcome.trace.requestId
        observed.set(requestId, { headers: invoke.headers, body: invoke.body, fragment })
        if (corsMode && pageOrigin !== undefined && new URL(request.url).origin !== pageOrigin)
          await noteBrowserCors(outcome, invoke, { project, pageOrigin, credentials, ...engineOptions })
      })
      if (outcome.kind === 'unresolved') return HttpResponse.error()
      return toFetchResponse(outcome.response, request.method)
    } finally {
      if (requestId !== undefined) observed.delete(requestId)
    }
  })
  return { handlers: [handler], engine, traces }
}

/**
 * Notes in the trace what a real browser at `pageOrigin` would have done with this cross-origin
 * answer (a service worker answers without a preflight and lets the page read everything).
 */
async function noteBrowserCors(
  outcome: PipelineOutcome,
  invoke: InvokeRequest,
  env: { project: Project; pageOrigin: string; credentials: boolean; clock: Clock; ids: IdSource },
): Promise<void> {
  if (outcome.kind !== 'response') return
  const { pageOrigin } = env
  let preflightResponse: { status: number; headers: [string, string][] } | undefined
  if (needsPreflight(invoke.method, invoke.headers)) {
    const unsafe = unsafeRequestHeaders(invoke.headers)
    const preflight: InvokeRequest = {
      ...invoke,
      method: 'OPTIONS',
      body: new Uint8Array(0),
      headers: [
        ['host', invoke.host],
        ['origin', pageOrigin],
        ['access-control-request-method', invoke.method],
        ...(unsafe.length > 0
          ? ([['access-control-request-headers', unsafe.join(',')]] as [string, string][])
          : []),
      ],
    }
    const p = await runPipeline(preflight, { project: env.project, clock: env.clock, ids: env.ids })
    if (p.kind === 'response') preflightResponse = p.response
  }
  const verdict = checkBrowserCors({
    pageOrigin,
    method: invoke.method,
    requestHeaders: invoke.headers,
    credentials: env.credentials,
    ...(preflightResponse ? { preflightResponse } : {}),
    response: outcome.response,
  })
  const t = env.clock.monotonic()
  outcome.trace.events.push({
    stage: 'cors',
    start: t,
    end: t,
    outcome: 'note',
    summary: verdict.allowed
      ? `A browser at ${pageOrigin} would accept this response: ${verdict.reason}.`
      : `A real browser at ${pageOrigin} would block this response (CORS): ${verdict.reason}. The service worker answered anyway.`,
    details: {
      ...verdict,
      pageOrigin,
      ...(preflightResponse ? { preflightStatus: preflightResponse.status } : {}),
    },
  })
}
