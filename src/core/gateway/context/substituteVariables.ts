import { type RequestContext, readContextPath } from './RequestContext'

const VARIABLE =
  /\$\{(context|stageVariables)\.([A-Za-z0-9_.-]+)\}|\$(context|stageVariables)\.([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)/g

function print(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'object') return undefined
  return String(value)
}

/**
 * Plain `$context.x` / `$stageVariables.x` substitution (also `${context.x}`), as AWS applies it
 * to gateway-response templates and access-log formats — not the VTL engine. A missing value
 * prints `missing`.
 */
export function substituteVariables(
  text: string,
  ctx: RequestContext,
  stageVariables: Readonly<Record<string, string>>,
  missing = '',
): string {
  return text.replace(
    VARIABLE,
    (_m, braceRoot?: string, bracePath?: string, root?: string, path?: string) => {
      const r = braceRoot ?? root
      const p = (bracePath ?? path)!
      const value = r === 'context' ? readContextPath(ctx, p) : stageVariables[p]
      return print(value) ?? missing
    },
  )
}
