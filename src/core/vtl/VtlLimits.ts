/**
 * Safety limits of a render. AWS's own: `#foreach` at most 1000 iterations, templates at most
 * 300 KB. Ours on top, so that no template can hang a browser tab or a server: a step budget
 * (statements executed, loop iterations and method calls), an output cap, and depth caps for
 * macros (Velocity 1.7's default of 20) and for `#define`/`#evaluate` nesting.
 */
export interface VtlLimits {
  /** Iterations of one `#foreach`; further items are skipped, as Velocity's `maxloops` does. */
  maxForeachIterations: number
  /** Template size in UTF-8 bytes. */
  maxTemplateBytes: number
  /** Statements, iterations and method calls in one render. */
  maxSteps: number
  /** Characters of output (and of any string built along the way). */
  maxOutputChars: number
  /** Nested macro calls (Velocity 1.7: `velocimacro.max.depth` = 20). */
  maxMacroDepth: number
  /** Nested renders of `#define` blocks and `#evaluate`. */
  maxNestedRenders: number
}

export const DEFAULT_VTL_LIMITS: Readonly<VtlLimits> = Object.freeze({
  maxForeachIterations: 1000,
  maxTemplateBytes: 300 * 1024,
  maxSteps: 2_000_000,
  maxOutputChars: 10 * 1024 * 1024,
  maxMacroDepth: 20,
  maxNestedRenders: 50,
})

/** Dialect switches: AWS's API Gateway renders null differently from stock Velocity 1.7. */
export interface VtlDialect {
  /** AWS: a null or unresolved reference prints as nothing. Velocity: prints its source text (`$x`). */
  nullPrintsEmpty: boolean
  /** AWS: null (or an unresolved reference) `==` the empty string. Velocity: not equal. */
  nullEqualsEmptyString: boolean
}

export const VELOCITY_DIALECT: Readonly<VtlDialect> = Object.freeze({
  nullPrintsEmpty: false,
  nullEqualsEmptyString: false,
})

export const AWS_DIALECT: Readonly<VtlDialect> = Object.freeze({
  nullPrintsEmpty: true,
  nullEqualsEmptyString: true,
})
