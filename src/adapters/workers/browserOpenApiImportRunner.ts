import { createOpenApiImportRunner, type OpenApiImportRunner } from './OpenApiImportRunner'
import ImportWorker from './openApiImport.worker?worker'

/** The studio's import runner: each import in a dedicated module worker built by Vite. */
export function createBrowserOpenApiImportRunner(): OpenApiImportRunner {
  return createOpenApiImportRunner(() => new ImportWorker({ name: 'openapi-import' }))
}
