import { javaToString } from '../../vtl/java/javaToString'
import { isJavaInteger } from '../../vtl/java/javaTypes'
import { VtlError } from '../../vtl/VtlError'
import { AWS_DIALECT, type VtlLimits } from '../../vtl/VtlLimits'
import { compileTemplate, type VtlTemplate } from '../../vtl/VtlTemplate'
import { buildContextVariable, ContextSubMap, OverrideTracker } from './contextVariable'
import { InputVariable } from './InputVariable'
import { emptyMappingOverrides, type MappingInput, type MappingOverrides } from './MappingInput'
import type { MappingResult } from './MappingResult'
import { MappingTemplateError } from './MappingTemplateError'
import { UtilVariable } from './UtilVariable'

export interface MappingRenderOptions {
  /** Record the evaluation trace in `result.trace` (off by default, and then free). */
  trace?: boolean
  /** Override the safety limits (AWS's: 1000 `#foreach` iterations, 300 KB templates). */
  limits?: Partial<VtlLimits>
}

/** A mapping template compiled once; `render` is pure and can be called any number of times. */
export interface CompiledMappingTemplate {
  readonly source: string
  render(input: MappingInput, options?: MappingRenderOptions): MappingResult
}

const UTIL = new UtilVariable()

/**
 * Compiles an API Gateway mapping template. Throws `MappingTemplateError` (kind `syntax` with
 * line, column and code frame, or `limit` for a template over 300 KB).
 */
export function compileMappingTemplate(
  template: string,
  options: { limits?: Partial<VtlLimits> } = {},
): CompiledMappingTemplate {
  let compiled: VtlTemplate
  try {
    compiled = compileTemplate(
      template,
      options.limits ? { dialect: AWS_DIALECT, limits: options.limits } : { dialect: AWS_DIALECT },
    )
  } catch (e) {
    if (e instanceof VtlError) throw MappingTemplateError.from(e)
    throw e
  }
  const readsInput = compiled.mayRead('input')
  const readsUtil = compiled.mayRead('util')
  const readsContext = compiled.mayRead('context')
  const readsStageVariables = compiled.mayRead('stageVariables')
  return {
    source: template,
    render(input: MappingInput, renderOptions: MappingRenderOptions = {}): MappingResult {
      // build only the variables the template can read ($context is the costly one); only
      // $context can set overrides
      const tracker = readsContext ? new OverrideTracker() : null
      const globals = new Map<string, unknown>()
      if (readsInput) globals.set('input', new InputVariable(input.body, input.params))
      if (readsUtil) globals.set('util', UTIL)
      if (tracker !== null)
        globals.set('context', buildContextVariable(input.context, input.overrides, tracker))
      if (readsStageVariables)
        globals.set('stageVariables', new ContextSubMap(Object.entries(input.stageVariables)))
      let rendered: { output: string; trace?: MappingResult['trace'] }
      try {
        rendered = compiled.renderWith(globals, renderOptions)
      } catch (e) {
        if (e instanceof VtlError) throw MappingTemplateError.from(e)
        throw e
      }
      const { overrides, errors } = collectOverrides(input.overrides, tracker)
      const result: MappingResult = { output: rendered.output, overrides, overrideErrors: errors }
      if (rendered.trace) result.trace = rendered.trace
      return result
    },
  }
}

function overrideValue(v: unknown): string | string[] {
  if (Array.isArray(v)) return v.map((x) => (x === null || x === undefined ? '' : javaToString(x)))
  return v === null || v === undefined ? '' : javaToString(v)
}

function collectOverrides(
  previous: MappingOverrides | undefined,
  tracker: OverrideTracker | null,
): { overrides: MappingOverrides; errors: string[] } {
  const o = emptyMappingOverrides()
  if (previous) {
    Object.assign(o.request.header, previous.request.header)
    Object.assign(o.request.path, previous.request.path)
    Object.assign(o.request.querystring, previous.request.querystring)
    Object.assign(o.response.header, previous.response.header)
    if (previous.response.status !== undefined) o.response.status = previous.response.status
  }
  if (tracker === null) return { overrides: o, errors: [] }
  const errors = [...tracker.errors]
  for (const { path, key, value } of tracker.assigned) {
    switch (path) {
      case 'requestOverride.header':
        o.request.header[key] = overrideValue(value)
        break
      case 'requestOverride.querystring':
        o.request.querystring[key] = overrideValue(value)
        break
      case 'requestOverride.path': {
        const v = overrideValue(value)
        o.request.path[key] = Array.isArray(v) ? v.join(',') : v
        break
      }
      case 'responseOverride.header':
        o.response.header[key] = overrideValue(value)
        break
      case 'responseOverride':
        if (key === 'status') {
          const text = isJavaInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : null
          if (text !== null && /^\d+$/.test(text)) o.response.status = Number(text)
          else errors.push(`responseOverride.status must be a number, got "${javaToString(value)}"`)
        }
        break
    }
  }
  return { overrides: o, errors }
}
