import { createOpenApiExportRunner, type OpenApiExportRunner } from './OpenApiExportRunner'
import ExportWorker from './openApiExport.worker?worker'

/** The studio's export runner: a module worker built by Vite, kept warm between exports. */
export function createBrowserOpenApiExportRunner(): OpenApiExportRunner {
  return createOpenApiExportRunner(() => new ExportWorker({ name: 'openapi-export' }))
}
