const SECRET_HEADERS = new Set(['authorization', 'x-api-key', 'x-amz-security-token'])

function truncate(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)} [TRUNCATED]` : text
}

/** A secret as AWS logs it: asterisks and the last 6 characters. */
export function maskSecret(value: string): string {
  if (value.length <= 6) return value
  return `${'*'.repeat(value.length - 6)}${value.slice(-6)}`
}

/** A map printed Java-style as AWS's logs do: `{a=1, b=2}`, cut near 1,000 characters. */
export function javaMap(
  map: Readonly<Record<string, string | readonly string[]>>,
  maskSecrets = false,
): string {
  const parts: string[] = []
  for (const [k, v] of Object.entries(map)) {
    const value = Array.isArray(v) ? v.join(',') : (v as string)
    parts.push(`${k}=${maskSecrets && SECRET_HEADERS.has(k.toLowerCase()) ? maskSecret(value) : value}`)
  }
  return truncate(`{${parts.join(', ')}}`, 998)
}

/** A body as AWS logs it: raw text, cut at 1,000 characters; `[Binary Data]` for binary payloads. */
export function logBody(text: string, binary = false): string {
  return binary ? '[Binary Data]' : truncate(text, 1000)
}
