// Public surface of the mapping-template bindings (see README.md).
export type { CompiledMappingTemplate, MappingRenderOptions } from './compileMappingTemplate'
export { compileMappingTemplate } from './compileMappingTemplate'
export { REST_CONTEXT_IDENTITY_KEYS, REST_CONTEXT_KEYS } from './contextVariable'
export { HIDDEN_HEADERS } from './InputVariable'
export type {
  MappingContext,
  MappingContextValue,
  MappingInput,
  MappingOverrides,
  MappingParams,
} from './MappingInput'
export { emptyMappingOverrides } from './MappingInput'
export type { MappingResult } from './MappingResult'
export type { MappingTemplateErrorKind } from './MappingTemplateError'
export { MappingTemplateError } from './MappingTemplateError'
export { renderMappingTemplate } from './renderMappingTemplate'
