/**
 * `gatewright/vtl`: render API Gateway (REST) mapping templates exactly as AWS does, in Node or
 * the browser — for unit tests of your templates and for CI.
 *
 *   import { compileMappingTemplate, renderMappingTemplate } from 'gatewright/vtl'
 *   const { output } = renderMappingTemplate(`{"id": "$input.params('id')"}`, {
 *     body: '', params: { path: { id: '42' }, querystring: {}, header: {} },
 *     context: {}, stageVariables: {},
 *   })
 *
 * Errors are `MappingTemplateError`s with `line`, `column`, `codeFrame` and `kind`
 * (`syntax`, `runtime`, `limit`, or `payload` for a body that starts like JSON but does not parse).
 */
export type {
  CompiledMappingTemplate,
  MappingContext,
  MappingContextValue,
  MappingInput,
  MappingOverrides,
  MappingParams,
  MappingRenderOptions,
  MappingResult,
  MappingTemplateErrorKind,
} from '../core/gateway/mapping'
export {
  compileMappingTemplate,
  emptyMappingOverrides,
  MappingTemplateError,
  REST_CONTEXT_KEYS,
  renderMappingTemplate,
} from '../core/gateway/mapping'
export type { VtlLimits } from '../core/vtl/VtlLimits'
export type { VtlTraceEvent, VtlTraceValue } from '../core/vtl/VtlTraceEvent'
