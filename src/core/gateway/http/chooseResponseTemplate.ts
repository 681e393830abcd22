import { mediaType } from './headers'

/** The template for the first Accept type; else `application/json`; else the first one (our choice). */
export function chooseResponseTemplate(
  templates: Readonly<Record<string, string>>,
  accept: string | undefined,
): [string, string] | undefined {
  const entries = Object.entries(templates)
  if (entries.length === 0) return undefined
  const first = mediaType(accept?.split(',')[0])
  return (
    (first ? entries.find(([k]) => k.toLowerCase() === first) : undefined) ??
    entries.find(([k]) => k.toLowerCase() === 'application/json') ??
    entries[0]
  )
}
