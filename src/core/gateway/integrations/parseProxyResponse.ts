import type { HeaderList } from '../../ports/HttpTransport'

const ALLOWED = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded'])

export type ProxyResponse =
  | { ok: true; status: number; headers: HeaderList; body: string; isBase64Encoded: boolean }
  | { ok: false; reason: string }

function headerValue(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined
  if (typeof v === 'object') return JSON.stringify(v)
  return String(v)
}

/**
 * Checks a Lambda proxy (payload 1.0) result as AWS does (recorded): a JSON object with only
 * `statusCode`, `headers`, `multiValueHeaders`, `body`, `isBase64Encoded`; `statusCode` a number
 * or numeric string (200 when missing); `multiValueHeaders` values lists. `headers` and
 * `multiValueHeaders` of one name are merged, multi-value first.
 */
export function parseProxyResponse(payload: string): ProxyResponse {
  let value: unknown
  try {
    value = JSON.parse(payload)
  } catch {
    return { ok: false, reason: 'the function returned something that is not JSON' }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return {
      ok: false,
      reason: `the function returned ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}, not an object`,
    }
  const obj = value as Record<string, unknown>
  const extra = Object.keys(obj).filter((k) => !ALLOWED.has(k))
  if (extra.length > 0) return { ok: false, reason: `unexpected field(s) ${extra.join(', ')}` }
  let status = 200
  if (obj.statusCode !== undefined && obj.statusCode !== null) {
    const n =
      typeof obj.statusCode === 'number'
        ? obj.statusCode
        : typeof obj.statusCode === 'string' && /^\d+$/.test(obj.statusCode.trim())
          ? Number(obj.statusCode)
          : Number.NaN
    if (!Number.isInteger(n) || n < 100 || n > 599)
      return { ok: false, reason: `statusCode ${JSON.stringify(obj.statusCode)} is not a status code` }
    status = n
  }
  const headers: HeaderList = []
  const mvh = obj.multiValueHeaders
  if (mvh !== undefined && mvh !== null) {
    if (typeof mvh !== 'object' || Array.isArray(mvh))
      return { ok: false, reason: 'multiValueHeaders is not an object' }
    for (const [k, list] of Object.entries(mvh as Record<string, unknown>)) {
      if (!Array.isArray(list)) return { ok: false, reason: `multiValueHeaders.${k} is not a list` }
      for (const v of list) {
        const s = headerValue(v)
        if (s !== undefined) headers.push([k, s])
      }
    }
  }
  const h = obj.headers
  if (h !== undefined && h !== null) {
    if (typeof h !== 'object' || Array.isArray(h)) return { ok: false, reason: 'headers is not an object' }
    for (const [k, v] of Object.entries(h as Record<string, unknown>)) {
      const s = headerValue(v)
      if (s !== undefined) headers.push([k, s])
    }
  }
  let body = ''
  if (obj.body !== undefined && obj.body !== null) {
    if (typeof obj.body === 'object') return { ok: false, reason: 'body is not a string' }
    body = String(obj.body)
  }
  return { ok: true, status, headers, body, isBase64Encoded: obj.isBase64Encoded === true }
}
