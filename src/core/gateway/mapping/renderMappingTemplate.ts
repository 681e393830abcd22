import { compileMappingTemplate, type MappingRenderOptions } from './compileMappingTemplate'
import type { MappingInput } from './MappingInput'
import type { MappingResult } from './MappingResult'

/** Compiles and renders a mapping template in one call (compile once and reuse when you can). */
export function renderMappingTemplate(
  template: string,
  input: MappingInput,
  options: MappingRenderOptions = {},
): MappingResult {
  const compileOptions = options.limits ? { limits: options.limits } : {}
  return compileMappingTemplate(template, compileOptions).render(input, options)
}
