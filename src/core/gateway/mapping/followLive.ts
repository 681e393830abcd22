import type { Step } from './jsonPath'

/**
 * Follows the rest of a definite path (`steps` from `from` on) through Java values already
 * handed to the template (Maps and lists), so a change the template made to them is seen;
 * `{ value }` at the end, or null when a step does not match.
 */
export function followLive(value: unknown, steps: readonly Step[], from: number): { value: unknown } | null {
  let v = value
  for (let k = from; k < steps.length; k++) {
    const step = steps[k]!
    if (step.kind === 'prop') {
      if (!(v instanceof Map) || !v.has(step.names[0]!)) return null
      v = v.get(step.names[0]!)
    } else if (step.kind === 'index') {
      if (!Array.isArray(v)) return null
      const i = step.indexes[0]!
      const at = i < 0 ? v.length + i : i
      if (at < 0 || at >= v.length) return null
      v = v[at]
    } else return null
  }
  return { value: v }
}
