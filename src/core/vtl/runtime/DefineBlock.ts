import { VtlHostObject } from '../java/javaTypes'
import { BREAK_SIGNAL, type RenderState, VtlRuntimeFailure } from './RenderState'

/** The value of `$name` after `#define($name)…#end`: renders the block each time it is printed. */
export class DefineBlock extends VtlHostObject {
  readonly javaClassName = 'org.apache.velocity.runtime.directive.Block$Reference'

  constructor(
    private readonly body: (st: RenderState) => void,
    private readonly state: RenderState,
    private readonly start: number,
    private readonly end: number,
  ) {
    super()
  }

  /** Renders the block into the state's output. */
  render(st: RenderState): void {
    if (++st.nestedRenders > st.limits.maxNestedRenders) {
      throw new VtlRuntimeFailure(
        'limit',
        'VTL_NESTING_LIMIT',
        `#define blocks and #evaluate nest more than ${st.limits.maxNestedRenders} deep (does a block print itself?)`,
        this.start,
        this.end,
      )
    }
    try {
      this.body(st)
    } catch (e) {
      if (e !== BREAK_SIGNAL) throw e
    } finally {
      st.nestedRenders--
    }
  }

  /** `toString()`: the block rendered to a string (used by `+` and string interpolation). */
  override toJavaString(): string {
    const st = this.state
    const saved = st.out
    st.out = ''
    try {
      this.render(st)
      return st.out
    } finally {
      st.out = saved
    }
  }
}
