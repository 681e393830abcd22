import type { SourceSpan } from './SourceSpan'

/** A value as the trace records it: its Java type name and how Velocity would print it then. */
export interface VtlTraceValue {
  type: string
  text: string
}

/**
 * One step of an evaluation, recorded only when tracing is on (`render(…, { trace: true })`):
 * each reference printed, each `#set`, each `#if`/`#elseif` condition, each `#foreach` item,
 * each macro call, `#break` and `#stop`. The base for a step-through debugger.
 */
export interface VtlTraceEvent {
  /** Order of the event in the render, from 0. */
  seq: number
  kind: 'reference' | 'set' | 'condition' | 'foreach' | 'iteration' | 'macro' | 'break' | 'stop' | 'limit'
  span: SourceSpan
  /** The source text of the directive or reference (a directive's header only, not its body). */
  source: string
  /** The value printed, assigned, tested or iterated. */
  value?: VtlTraceValue
  /** Kind-specific details: the branch taken, the loop index, the text written, … */
  note?: string
}
