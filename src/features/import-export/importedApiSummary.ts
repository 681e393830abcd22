import type { ImportedApi } from '../../core/model/commands/import/applyImportedApi'
import { plural } from './issueList'

/** What an import brings in, counted: `12 resources · 20 methods · 4 models` (REST) or `5 routes · 3 integrations` (HTTP). */
export function importedApiSummary(imported: ImportedApi): string {
  if (imported.kind === 'rest') {
    const resources = Object.values(imported.api.resources)
    const methods = resources.reduce((n, r) => n + Object.keys(r.methods).length, 0)
    const parts = [
      plural(resources.length, 'resource'),
      plural(methods, 'method'),
      plural(Object.keys(imported.api.models).length, 'model'),
    ]
    const authorizers = Object.keys(imported.api.authorizers).length
    if (authorizers > 0) parts.push(plural(authorizers, 'authorizer'))
    return parts.join(' · ')
  }
  const parts = [
    plural(Object.keys(imported.api.routes).length, 'route'),
    plural(Object.keys(imported.api.integrations).length, 'integration'),
  ]
  const authorizers = Object.keys(imported.api.authorizers).length
  if (authorizers > 0) parts.push(plural(authorizers, 'authorizer'))
  return parts.join(' · ')
}
