import type { HeaderList } from '../../ports/HttpTransport'
import { getHeader } from '../http/headers'

/** Headers the browser sets itself: never part of a preflight's `Access-Control-Request-Headers`. */
const BROWSER_OWNED =
  /^(accept-charset|accept-encoding|access-control-request-.*|connection|content-length|cookie|date|dnt|expect|host|keep-alive|origin|referer|te|trailer|transfer-encoding|upgrade|via|user-agent|sec-.*|proxy-.*)$/i
const SIMPLE_CONTENT_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
])

/** The request headers a page script set that are not CORS-safelisted (they need a preflight). */
export function unsafeRequestHeaders(headers: HeaderList): string[] {
  const out: string[] = []
  for (const [name, value] of headers) {
    const n = name.toLowerCase()
    if (BROWSER_OWNED.test(n)) continue
    if (n === 'accept' || n === 'accept-language' || n === 'content-language') continue
    if (n === 'content-type' && SIMPLE_CONTENT_TYPES.has(value.split(';')[0]!.trim().toLowerCase())) continue
    if (!out.includes(n)) out.push(n)
  }
  return out.sort()
}

/** Whether a request needs a preflight (Fetch standard): a non-simple method or an unsafe header. */
export function needsPreflight(method: string, headers: HeaderList): boolean {
  return !['GET', 'HEAD', 'POST'].includes(method.toUpperCase()) || unsafeRequestHeaders(headers).length > 0
}

function originAllowed(allow: string | undefined, origin: string, credentials: boolean): boolean {
  if (allow === undefined) return false
  const v = allow.trim()
  return (v === '*' && !credentials) || v === origin
}

function listAllows(list: string | undefined, item: string, credentials: boolean): boolean {
  if (list === undefined) return false
  const items = list.split(',').map((s) => s.trim().toLowerCase())
  return items.includes(item.toLowerCase()) || (!credentials && items.includes('*'))
}

export interface CorsVerdict {
  /** Whether a real browser would have handed this response to the page. */
  allowed: boolean
  /** A plain explanation, naming the header that is missing or wrong. */
  reason: string
  preflight: boolean
}

/**
 * What a real browser would have done with this cross-origin request — a service worker answers
 * without any preflight or CORS check, so the emulator checks on the page's behalf: the preflight
 * (when the request needs one) and the actual response's `Access-Control-Allow-Origin`.
 */
export function checkBrowserCors(input: {
  pageOrigin: string
  method: string
  requestHeaders: HeaderList
  credentials: boolean
  preflightResponse?: { status: number; headers: HeaderList }
  response: { status: number; headers: HeaderList }
}): CorsVerdict {
  const { pageOrigin: origin, credentials } = input
  const preflight = needsPreflight(input.method, input.requestHeaders)
  if (preflight) {
    const p = input.preflightResponse
    if (p === undefined)
      return { allowed: false, preflight, reason: 'the preflight (OPTIONS) request got no answer' }
    if (p.status < 200 || p.status > 299)
      return {
        allowed: false,
        preflight,
        reason: `the preflight (OPTIONS) answered ${p.status}, not a 2xx status`,
      }
    const acao = getHeader(p.headers, 'access-control-allow-origin')
    if (!originAllowed(acao, origin, credentials))
      return {
        allowed: false,
        preflight,
        reason: `the preflight response's Access-Control-Allow-Origin is ${acao === undefined ? 'missing' : `"${acao}"`}, not "${origin}"${credentials ? '' : ' or "*"'}`,
      }
    const m = input.method.toUpperCase()
    if (
      !['GET', 'HEAD', 'POST'].includes(m) &&
      !listAllows(getHeader(p.headers, 'access-control-allow-methods'), m, credentials)
    )
      return {
        allowed: false,
        preflight,
        reason: `the preflight response's Access-Control-Allow-Methods does not list ${m}`,
      }
    const allowHeaders = getHeader(p.headers, 'access-control-allow-headers')
    for (const h of unsafeRequestHeaders(input.requestHeaders)) {
      if (!listAllows(allowHeaders, h, credentials))
        return {
          allowed: false,
          preflight,
          reason: `the preflight response's Access-Control-Allow-Headers does not list ${h}`,
        }
    }
  }
  const acao = getHeader(input.response.headers, 'access-control-allow-origin')
  if (!originAllowed(acao, origin, credentials))
    return {
      allowed: false,
      preflight,
      reason: `the response's Access-Control-Allow-Origin is ${acao === undefined ? 'missing' : `"${acao}"`}, not "${origin}"${credentials ? '' : ' or "*"'}`,
    }
  return {
    allowed: true,
    preflight,
    reason: preflight
      ? 'the preflight and the response allow this origin'
      : 'the response allows this origin',
  }
}
