import type { VtlTraceEvent } from '../../vtl/VtlTraceEvent'
import type { MappingOverrides } from './MappingInput'

/** What rendering a mapping template produced. */
export interface MappingResult {
  /** The rendered text, byte for byte what AWS would send on. */
  output: string
  /**
   * All `$context` overrides in force after this template: those given in `input.overrides`
   * plus those this template set. The pipeline applies them after rendering.
   */
  overrides: MappingOverrides
  /**
   * Override assignments AWS refuses, one human-readable line each — an override set a second
   * time ("overrides are final": AWS answers 5XX), or a status that is not a number. Empty when
   * all is well; when not, the pipeline answers 500 `{"message": "Internal server error"}`.
   */
  overrideErrors: string[]
  /** The evaluation trace, only when `render(input, { trace: true })` asked for it. */
  trace?: VtlTraceEvent[]
}
