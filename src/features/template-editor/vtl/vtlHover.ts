import { lookupMember } from './vtlReference'

export interface VtlHover {
  /** 0-based start and end (exclusive) offsets in the line of the hovered word. */
  start: number
  end: number
  /** Markdown: the reference in code, then its documentation. */
  markdown: string
}

/**
 * Documentation for the reference under `column` (0-based) in `line`, e.g. hovering
 * `sourceIp` in `$context.identity.sourceIp` documents `$context.identity.sourceIp`.
 */
export function vtlHoverAt(line: string, column: number): VtlHover | null {
  for (const m of line.matchAll(/\$!?\{?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g)) {
    const refStart = m.index + m[0].length - m[1]!.length
    const names = m[1]!.split('.')
    let offset = refStart
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!
      const start = offset
      const end = offset + name.length
      offset = end + 1
      if (column < start || column >= end) continue
      const path = names.slice(0, i + 1)
      if (path[0] === 'stageVariables' && path.length === 2) {
        return {
          start,
          end,
          markdown: `\`$stageVariables.${name}\`\n\nStage variable; \`""\` on a stage that does not define it.`,
        }
      }
      const member = lookupMember(path)
      if (!member) return null
      const shown = `$${path.join('.')}${member.kind === 'method' ? `(…)` : ''}`
      const signature = member.signature ? `\n\n\`${member.signature}\`` : ''
      return { start, end, markdown: `\`${shown}\`${signature}\n\n${member.doc}` }
    }
  }
  return null
}
