/**
 * Loads Monaco from the local bundle (never a CDN) and teaches it Gatewright's languages.
 * Imported only by the lazily loaded `CodeEditor`, so none of this is in the first load.
 */
import { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/javascript/register'
// YAML (the export preview): registered here, its Monarch tokenizer loads when a YAML document opens.
import 'monaco-editor/languages/definitions/yaml/register'
import draft04MetaSchema from 'ajv-draft-04/dist/refs/json-schema-draft-04.json'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker'
import { jsonDefaults } from 'monaco-editor/languages/features/json/register'
import { vtlCompletions } from '../vtl/vtlCompletion'
import { vtlHoverAt } from '../vtl/vtlHover'
import { VTL_LANGUAGE_ID, vtlLanguageConfiguration, vtlMonarchLanguage } from '../vtl/vtlLanguage'
import { MODEL_SCHEMA_PATH_SUFFIX } from './modelSchemaPath'
import { defineGatewrightThemes } from './themes'

/** Per editor model: what completion may offer beyond the built-ins (stage variable names). */
const vtlContexts = new Map<string, { stageVariables: readonly string[]; substitutionOnly: boolean }>()

export function setVtlContext(
  modelUri: string,
  stageVariables: readonly string[],
  substitutionOnly = false,
): void {
  vtlContexts.set(modelUri, { stageVariables, substitutionOnly })
}

let done = false

export function setupMonaco(): typeof monaco {
  if (done) return monaco
  done = true
  self.MonacoEnvironment = {
    getWorker(_id: string, label: string) {
      return label === 'json' ? new JsonWorker() : new EditorWorker()
    },
  }
  loader.config({ monaco })

  monaco.languages.register({
    id: VTL_LANGUAGE_ID,
    aliases: ['Velocity', 'VTL'],
    extensions: ['.vtl', '.vm'],
  })
  monaco.languages.setLanguageConfiguration(VTL_LANGUAGE_ID, vtlLanguageConfiguration)
  monaco.languages.setMonarchTokensProvider(VTL_LANGUAGE_ID, vtlMonarchLanguage)

  const kinds = monaco.languages.CompletionItemKind
  const kindOf = {
    variable: kinds.Variable,
    property: kinds.Property,
    method: kinds.Method,
    object: kinds.Module,
    directive: kinds.Keyword,
    stageVariable: kinds.Constant,
  } as const
  monaco.languages.registerCompletionItemProvider(VTL_LANGUAGE_ID, {
    triggerCharacters: ['$', '.', '#', '{'],
    provideCompletionItems(model, position) {
      const linePrefix = model.getLineContent(position.lineNumber).slice(0, position.column - 1)
      const ctx = vtlContexts.get(model.uri.toString())
      const result = vtlCompletions(linePrefix, {
        text: model.getValue(),
        ...(ctx ? { stageVariables: ctx.stageVariables, substitutionOnly: ctx.substitutionOnly } : {}),
      })
      if (!result) return { suggestions: [] }
      const range = new monaco.Range(
        position.lineNumber,
        result.from + 1,
        position.lineNumber,
        position.column,
      )
      return {
        suggestions: result.items.map((item, i) => ({
          label: item.label,
          kind: kindOf[item.kind],
          detail: item.detail,
          documentation: { value: item.documentation },
          insertText: item.insertText,
          ...(item.snippet
            ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet }
            : {}),
          sortText: String(i).padStart(3, '0'),
          range,
        })),
      }
    },
  })
  monaco.languages.registerHoverProvider(VTL_LANGUAGE_ID, {
    provideHover(model, position) {
      const hover = vtlHoverAt(model.getLineContent(position.lineNumber), position.column - 1)
      if (!hover) return null
      return {
        range: new monaco.Range(position.lineNumber, hover.start + 1, position.lineNumber, hover.end + 1),
        contents: [{ value: hover.markdown }],
      }
    },
  })

  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [
      {
        uri: 'http://json-schema.org/draft-04/schema#',
        fileMatch: [`*${MODEL_SCHEMA_PATH_SUFFIX}`],
        schema: draft04MetaSchema,
      },
    ],
  })

  defineGatewrightThemes(monaco)
  return monaco
}
