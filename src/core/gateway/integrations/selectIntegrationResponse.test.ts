import { describe, expect, it } from 'vitest'
import { integrationResponse, mockIntegration } from '../../../testing/builders'
import { javaRegexMatches, selectIntegrationResponse } from './selectIntegrationResponse'

describe('selection patterns', () => {
  it('match the whole input, like Java Pattern.matches', () => {
    expect(javaRegexMatches('Invalid.*', 'Invalid input')).toBe(true)
    expect(javaRegexMatches('Invalid', 'Invalid input')).toBe(false)
    expect(javaRegexMatches('4\\d{2}', '404')).toBe(true)
    expect(javaRegexMatches('.*', 'a\nb')).toBe(false)
    expect(javaRegexMatches('(\\n|.)*', 'a\nb')).toBe(true)
  })
  const integration = mockIntegration({
    integrationResponses: {
      default: integrationResponse('200'),
      '4\\d{2}': integrationResponse('400', { selectionPattern: '4\\d{2}' }),
    },
  })
  it('picks the matching response, else the default', () => {
    expect(selectIntegrationResponse(integration, '404').response?.statusCode).toBe('400')
    expect(selectIntegrationResponse(integration, '500').response?.statusCode).toBe('200')
    expect(selectIntegrationResponse(integration, undefined).response?.statusCode).toBe('200')
  })
  it('finds nothing without a default', () => {
    const only = mockIntegration({
      integrationResponses: { x: integrationResponse('400', { selectionPattern: '4\\d{2}' }) },
    })
    expect(selectIntegrationResponse(only, '200').response).toBeUndefined()
  })
})
