// OpenAPI 3.0 / Swagger 2.0 import and export with API Gateway's x-amazon-apigateway-* extensions.

export type {
  ExportFlavour,
  ExportFormat,
  ExportOmission,
  ExportOptions,
  ExportResult,
  ExtensionSet,
} from './ExportOptions'
export { ExportError } from './ExportOptions'
export { exportOpenApi } from './exportOpenApi'
export type { ImportProgress } from './ImportContext'
export type { ImportIssue } from './ImportIssue'
export type { ImportMode, ImportOptions, ImportResult, OpenApiFlavour } from './importOpenApi'
export { checkOpenApi, detectApiType, importOpenApi } from './importOpenApi'
