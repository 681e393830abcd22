import type { SentRequest } from '../../../state/consoleStore'

/** A string as one shell word: single quotes, with `'` written as `'\''`. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`
}

const bodyOf = (r: SentRequest) => (r.method === 'GET' || r.method === 'HEAD' ? '' : r.body)
const isBinary = (r: SentRequest) => r.bodyEncoding === 'base64' && bodyOf(r) !== ''
/** A shell pipeline start that writes a binary body's bytes (kept as base64) to stdin. */
const decodeToStdin = (r: SentRequest) => `printf %s ${shellQuote(r.body)} | base64 -d | `

/**
 * The request as a curl command (the exact bytes: `--data-raw`, no `@file` interpretation; a
 * binary body is decoded from base64 and piped in with `--data-binary @-`).
 */
export function toCurl(r: SentRequest): string {
  const parts: string[] = [isBinary(r) ? `${decodeToStdin(r)}curl` : 'curl']
  if (r.method === 'HEAD') parts.push('--head')
  else if (r.method !== 'GET' || bodyOf(r) !== '') parts.push(`-X ${r.method}`)
  parts.push(shellQuote(r.url))
  for (const [n, v] of r.headers) parts.push(`-H ${shellQuote(`${n}: ${v}`)}`)
  const body = bodyOf(r)
  if (isBinary(r)) parts.push('--data-binary @-')
  else if (body !== '') parts.push(`--data-raw ${shellQuote(body)}`)
  return parts.join(' \\\n  ')
}

/** The request as JavaScript `fetch` (runs in the devtools console of the studio's tab). */
export function toFetch(r: SentRequest): string {
  const lines: string[] = [`const response = await fetch(${JSON.stringify(r.url)}, {`]
  lines.push(`  method: ${JSON.stringify(r.method)},`)
  if (r.headers.length > 0) {
    lines.push('  headers: {')
    for (const [n, v] of r.headers) lines.push(`    ${JSON.stringify(n)}: ${JSON.stringify(v)},`)
    lines.push('  },')
  }
  const body = bodyOf(r)
  if (isBinary(r))
    lines.push(`  body: Uint8Array.from(atob(${JSON.stringify(body)}), (c) => c.charCodeAt(0)),`)
  else if (body !== '') lines.push(`  body: ${jsBody(body)},`)
  lines.push('})')
  lines.push('console.log(response.status, await response.text())')
  return lines.join('\n')
}

/** A compact JSON body as `JSON.stringify({...})` (same bytes), anything else as a string literal. */
function jsBody(body: string): string {
  try {
    const value: unknown = JSON.parse(body)
    if (value !== null && typeof value === 'object' && JSON.stringify(value) === body) {
      const pretty = JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')
      return `JSON.stringify(${pretty})`
    }
  } catch {
    // not JSON
  }
  return JSON.stringify(body)
}

/** The request as an HTTPie command (`--raw` sends the body exactly; a binary body comes on stdin). */
export function toHttpie(r: SentRequest): string {
  const parts: string[] = [isBinary(r) ? `${decodeToStdin(r)}http` : 'http']
  const body = bodyOf(r)
  if (body !== '' && !isBinary(r)) parts.push(`--raw ${shellQuote(body)}`)
  parts.push(r.method, shellQuote(r.url))
  for (const [n, v] of r.headers) parts.push(shellQuote(`${n}:${v}`))
  return parts.join(' ')
}

export const SNIPPETS = [
  { id: 'curl', label: 'curl', render: toCurl },
  { id: 'fetch', label: 'JavaScript fetch', render: toFetch },
  { id: 'httpie', label: 'HTTPie', render: toHttpie },
] as const

export type SnippetId = (typeof SNIPPETS)[number]['id']
