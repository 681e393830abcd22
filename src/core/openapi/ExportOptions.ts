export type ExportFlavour = 'oas30' | 'swagger2'
export type ExportFormat = 'json' | 'yaml'
/** AWS's export extension sets: none, integrations, authorizers, or all API Gateway extensions. */
export type ExtensionSet = 'none' | 'integrations' | 'authorizers' | 'apigateway'

export interface ExportOptions {
  flavour?: ExportFlavour
  format?: ExportFormat
  extensions?: ExtensionSet
  /** Write this stage's invoke URL in `servers` (OpenAPI 3) or `host` + `basePath` (Swagger 2). */
  stageName?: string
}

/** Something the chosen flavour / extension set cannot hold; it stays in the project file. */
export interface ExportOmission {
  what: string
  why: string
}

export interface ExportResult {
  text: string
  document: Record<string, unknown>
  omitted: ExportOmission[]
}

export class ExportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExportError'
  }
}
