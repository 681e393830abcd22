import { describe, expect, it } from 'vitest'
import { buildHttpApi, buildMethod, buildModel, buildRestApi } from '../../testing/builders'
import { importedApiSummary } from './importedApiSummary'

describe('importedApiSummary', () => {
  it('counts resources (root included), methods and models of a REST API', () => {
    const api = buildRestApi({
      paths: {
        '/pets': { GET: buildMethod('GET'), POST: buildMethod('POST') },
        '/pets/{id}': { GET: buildMethod('GET') },
      },
      models: { Pet: buildModel('Pet', { type: 'object' }) },
    })
    expect(importedApiSummary({ kind: 'rest', api })).toBe('3 resources · 3 methods · 1 model')
  })

  it('counts routes and integrations of an HTTP API', () => {
    const api = buildHttpApi({ routes: { 'GET /a': {}, 'POST /b': {} } })
    expect(importedApiSummary({ kind: 'http', api })).toBe('2 routes · 0 integrations')
  })
})
