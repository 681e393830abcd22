import { DIRECTIVES, lookupMember, ROOT_VARIABLES, type VtlMember } from './vtlReference'

export interface VtlCompletionItem {
  label: string
  kind: 'variable' | 'property' | 'method' | 'object' | 'directive' | 'stageVariable'
  /** Text inserted; a snippet (with `${1}` tab stops) when `snippet` is true. */
  insertText: string
  snippet: boolean
  detail: string
  documentation: string
}

export interface VtlCompletionResult {
  /** 0-based offset in the line where the replaced word starts. */
  from: number
  items: VtlCompletionItem[]
}

export interface VtlCompletionContext {
  /** Names of the stage variables of the stage the preview uses (or of every stage). */
  stageVariables?: readonly string[]
  /** The whole template, to offer the variables it `#set`s and loops over. */
  text?: string
  /**
   * A text that is not run by the VTL engine but only has `$context.*` / `$stageVariables.*`
   * substituted (gateway-response templates): no directives, no `$input` / `$util`, no
   * template variables are offered.
   */
  substitutionOnly?: boolean
}

const SUBSTITUTED_ROOTS = new Set(['context', 'stageVariables'])

const REFERENCE_AT_END = /\$!?\{?((?:[A-Za-z_][\w-]*\.)*)([A-Za-z_][\w-]*)?$/
const DIRECTIVE_AT_END = /#\{?([A-Za-z]*)$/

/** Variables a template declares with `#set($x …)`, `#foreach($x in …)` or `#macro(name $x)`. */
export function declaredVariables(text: string): string[] {
  const names = new Set<string>()
  for (const m of text.matchAll(/#(?:set|foreach)\s*\(\s*\$!?\{?([A-Za-z_]\w*)/g)) names.add(m[1]!)
  for (const m of text.matchAll(/#(?:macro|define)\s*\([^)]*\)/g)) {
    for (const v of m[0].matchAll(/\$([A-Za-z_]\w*)/g)) names.add(v[1]!)
  }
  for (const root of ROOT_VARIABLES) names.delete(root.name)
  return [...names].sort()
}

function memberItem(m: VtlMember): VtlCompletionItem {
  return {
    label: m.name,
    kind: m.kind,
    insertText: m.kind === 'method' ? (m.insert ?? `${m.name}()`) : m.name,
    snippet: m.kind === 'method',
    detail: m.signature ?? (m.kind === 'object' ? 'object' : 'property'),
    documentation: m.doc,
  }
}

/**
 * Completion for a VTL mapping template at the end of `linePrefix` (the line's text up to
 * the cursor): `$` offers `$input`, `$util`, `$context`, `$stageVariables` and the
 * template's own variables; `$input.` and the like offer members; `#` offers directives.
 */
export function vtlCompletions(
  linePrefix: string,
  ctx: VtlCompletionContext = {},
): VtlCompletionResult | null {
  const directive = DIRECTIVE_AT_END.exec(linePrefix)
  if (directive && ctx.substitutionOnly) return null
  if (directive) {
    const typed = directive[1]!.toLowerCase()
    return {
      from: linePrefix.length - directive[0].length,
      items: DIRECTIVES.filter((d) => d.name.startsWith(typed)).map((d) => ({
        label: `#${d.name}`,
        kind: 'directive',
        insertText: d.snippet,
        snippet: true,
        detail: 'directive',
        documentation: d.doc,
      })),
    }
  }
  const ref = REFERENCE_AT_END.exec(linePrefix)
  if (!ref) return null
  const chain = ref[1]!.split('.').filter((s) => s !== '')
  const partial = ref[2] ?? ''
  const from = linePrefix.length - partial.length
  const lowerPartial = partial.toLowerCase()
  const matches = (label: string) => label.toLowerCase().startsWith(lowerPartial)

  let items: VtlCompletionItem[]
  if (chain.length === 0) {
    const roots = ctx.substitutionOnly
      ? ROOT_VARIABLES.filter((v) => SUBSTITUTED_ROOTS.has(v.name))
      : ROOT_VARIABLES
    items = [
      ...roots.map((v) => ({ ...memberItem(v), kind: 'variable' as const, detail: `$${v.name}` })),
      ...(ctx.substitutionOnly ? [] : declaredVariables(ctx.text ?? '')).map((name) => ({
        label: name,
        kind: 'variable' as const,
        insertText: name,
        snippet: false,
        detail: 'template variable',
        documentation: 'Declared in this template.',
      })),
    ]
  } else if (chain.length === 1 && chain[0] === 'stageVariables') {
    items = (ctx.stageVariables ?? []).map((name) => ({
      label: name,
      kind: 'stageVariable',
      insertText: name,
      snippet: false,
      detail: 'stage variable',
      documentation: `Stage variable \`${name}\`; \`""\` on a stage that does not define it.`,
    }))
  } else if (ctx.substitutionOnly && !SUBSTITUTED_ROOTS.has(chain[0]!)) {
    items = []
  } else {
    const parent = lookupMember(chain)
    items = (parent?.members ?? []).map(memberItem)
  }
  const filtered = items.filter((i) => matches(i.label))
  return filtered.length > 0 ? { from, items: filtered } : null
}
