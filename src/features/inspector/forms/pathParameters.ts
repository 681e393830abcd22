/**
 * The path parameters a resource path declares, as method request parameter names:
 * `/pets/{petId}/toys/{proxy+}` → `method.request.path.petId`, `method.request.path.proxy`.
 * AWS derives them from the `{name}` segments and marks them all required.
 */
export function pathParameters(path: string): string[] {
  const out: string[] = []
  for (const segment of path.split('/')) {
    const m = /^\{([^{}+]+)\+?\}$/.exec(segment)
    if (m?.[1] && !out.includes(`method.request.path.${m[1]}`)) out.push(`method.request.path.${m[1]}`)
  }
  return out
}
