import type { Expr, TemplateNode } from './ast'

/**
 * The root names a template refers to (`$input.path(…)` → `input`), or null when it cannot be
 * known in advance (`#evaluate` renders text that may name anything). Lets a host skip
 * building variables a template never reads.
 */
export function referencedNames(nodes: readonly TemplateNode[]): Set<string> | null {
  const names = new Set<string>()
  let dynamic = false
  const expr = (e: Expr): void => {
    switch (e.type) {
      case 'reference':
        names.add(e.name)
        for (const p of e.parts) {
          if (p.kind === 'method') p.args.forEach(expr)
          else if (p.kind === 'index') expr(p.index)
        }
        return
      case 'string':
        if (e.template) block(e.template)
        return
      case 'list':
        e.items.forEach(expr)
        return
      case 'range':
        expr(e.from)
        expr(e.to)
        return
      case 'map':
        for (const [k, v] of e.entries) {
          expr(k)
          expr(v)
        }
        return
      case 'binary':
        expr(e.left)
        expr(e.right)
        return
      case 'not':
        expr(e.operand)
        return
      case 'paren':
        expr(e.inner)
        return
    }
  }
  const block = (list: readonly TemplateNode[]): void => {
    for (const n of list) {
      switch (n.type) {
        case 'print':
          expr(n.ref)
          break
        case 'set':
          expr(n.target)
          expr(n.value)
          break
        case 'if':
          for (const b of n.branches) {
            expr(b.condition)
            block(b.body)
          }
          if (n.elseBody) block(n.elseBody)
          break
        case 'foreach':
          expr(n.iterable)
          block(n.body)
          break
        case 'define':
        case 'macro':
          block(n.body)
          break
        case 'macroCall':
          n.args.forEach(expr)
          break
        case 'evaluate':
          dynamic = true
          break
      }
    }
  }
  block(nodes)
  return dynamic ? null : names
}
