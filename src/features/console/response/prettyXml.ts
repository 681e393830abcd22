/**
 * Indents an XML document, one element per line where the element has child elements; text-only
 * elements stay on one line. Returns `undefined` when the text does not look like well-nested XML,
 * so the caller shows it raw instead of a mangled "pretty" version.
 */
export function prettyXml(text: string, indent = '  '): string | undefined {
  const source = text.trim()
  if (!source.startsWith('<')) return undefined
  const tokens = source.match(
    /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![^>]*>|<[^>]+>|[^<]+/g,
  )
  if (!tokens || tokens.join('') !== source) return undefined
  const lines: string[] = []
  const stack: string[] = []
  let i = 0
  const pad = () => indent.repeat(stack.length)
  while (i < tokens.length) {
    const t = tokens[i]!
    if (/^<\//.test(t)) {
      const name = /^<\/\s*([^\s>]+)/.exec(t)?.[1]
      if (stack.pop() !== name) return undefined
      lines.push(pad() + t)
      i++
    } else if (/^<[A-Za-z_]/.test(t) && !t.endsWith('/>')) {
      const name = /^<([^\s/>]+)/.exec(t)![1]!
      const text = tokens[i + 1]
      const close = tokens[i + 2]
      // <a>text</a> on one line
      if (text !== undefined && !text.startsWith('<') && close === `</${name}>`) {
        lines.push(pad() + t + text.trim() + close)
        i += 3
        continue
      }
      if (text !== undefined && text === `</${name}>`) {
        lines.push(pad() + t + text)
        i += 2
        continue
      }
      lines.push(pad() + t)
      stack.push(name)
      i++
    } else if (t.startsWith('<')) {
      lines.push(pad() + t)
      i++
    } else {
      if (t.trim() !== '') lines.push(pad() + t.trim())
      i++
    }
  }
  return stack.length === 0 ? lines.join('\n') : undefined
}
