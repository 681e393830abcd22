import { HttpResponse, http, type RequestHandler } from 'msw'
import {
  checkBrowserCors,
  needsPreflight,
  unsafeRequestHeaders,
} from '../../core/gateway/cors/checkBrowserCors'
import { GatewayEngine, type GatewayEngineOptions } from '../../core/gateway/GatewayEngine'
import type { InvokeRequest } from '../../core/gateway/http/InvokeRequest'
import { runPipeline } from '../../core/gateway/pipeline'
import type { Project } from '../../core/model/project'
import { fromFetchRequest, toFetchResponse } from '../http/fetchBridge'

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
} {
  const { getProject, pageOrigin, sourceIp, ...engineOptions } = options
  let current: Project | undefined
  const engine = new GatewayEngine(() => current!, engineOptions)
  const handler = http.all(EXECUTE_API_URL, async ({ request }) => {
    current = getProject()
    if (current === undefined) return HttpResponse.error()
    const preflightCopy = pageOrigin !== undefined ? request.clone() : undefined
    const invoke = await fromFetchRequest(request, sourceIp)
    const project = current
    const outcome = await engine.invoke(invoke, async (outcome) => {
      if (
        outcome.kind !== 'response' ||
        pageOrigin === undefined ||
        preflightCopy === undefined ||
        preflightCopy.mode !== 'cors'
      )
        return
      const targetOrigin = new URL(request.url).origin
      if (targetOrigin !== pageOrigin) {
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
          const p = await runPipeline(preflight, {
            project,
            clock: engineOptions.clock,
            ids: engineOptions.ids,
          })
          if (p.kind === 'response') preflightResponse = p.response
        }
        const verdict = checkBrowserCors({
          pageOrigin,
          method: invoke.method,
          requestHeaders: invoke.headers,
          credentials: preflightCopy.credentials === 'include',
          ...(preflightResponse ? { preflightResponse } : {}),
          response: outcome.response,
        })
        const t = engineOptions.clock.monotonic()
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
    })
    if (outcome.kind === 'unresolved') return HttpResponse.error()
    return toFetchResponse(outcome.response, request.method)
  })
  return { handlers: [handler], engine }
}
