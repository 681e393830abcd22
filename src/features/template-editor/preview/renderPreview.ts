import {
  compileMappingTemplate,
  type MappingInput,
  type MappingOverrides,
  MappingTemplateError,
} from '../../../core/gateway/mapping'
import type { EditorMarker } from '../monaco/EditorMarker'

export interface PreviewResult {
  /** The rendered text, byte for byte; absent when the template failed. */
  output?: string
  /** Problems to underline in the template (from the real VTL parser and renderer). */
  markers: EditorMarker[]
  /** The failure as AWS would answer it, when rendering failed. */
  failure?: { kind: MappingTemplateError['kind'] | 'internal'; message: string; aws: string }
  overrides?: MappingOverrides
  overrideErrors: string[]
}

function markerFor(e: MappingTemplateError, severity: 'error' | 'warning' = 'error'): EditorMarker {
  const span = e.span
  const sameLine = span.endLine === span.line
  return {
    message: e.detail,
    severity,
    startLine: span.line,
    startColumn: span.column,
    endLine: span.endLine,
    // A zero-width span still gets one character underlined.
    endColumn: sameLine && span.endColumn <= span.column ? span.column + 1 : span.endColumn,
    source: e.kind === 'syntax' ? 'VTL parser' : 'VTL renderer',
  }
}

/**
 * Compiles and renders a template with the real engine for the live preview: syntax and runtime
 * errors become markers at their line and column, and say what AWS would answer.
 */
export function renderPreview(template: string, input: MappingInput): PreviewResult {
  try {
    const compiled = compileMappingTemplate(template)
    const result = compiled.render(input)
    return {
      output: result.output,
      markers: [],
      overrides: result.overrides,
      overrideErrors: result.overrideErrors,
    }
  } catch (e) {
    if (e instanceof MappingTemplateError) {
      const aws =
        e.kind === 'payload'
          ? `400 {"message": ${JSON.stringify(e.awsMessage ?? e.detail)}}`
          : '500 {"message": "Internal server error"}'
      return {
        markers: e.kind === 'payload' ? [] : [markerFor(e)],
        failure: { kind: e.kind, message: e.message, aws },
        overrideErrors: [],
      }
    }
    return {
      markers: [],
      failure: {
        kind: 'internal',
        message: (e as Error).message,
        aws: '500 {"message": "Internal server error"}',
      },
      overrideErrors: [],
    }
  }
}
