import { describe, expect, it } from 'vitest'
import { invokeUrl } from './invokeUrl'

describe('invokeUrl', () => {
  it('builds the execute-api URL of a stage in the project region', () => {
    expect(invokeUrl({ settings: { region: 'eu-west-1', accountId: '1' } }, 'a1b2c3d4e5', 'prod')).toBe(
      'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod',
    )
  })

  it('lower-cases the API id as the host name is case-insensitive', () => {
    expect(invokeUrl({ settings: { region: 'us-east-1', accountId: '1' } }, 'ABC', 'dev')).toBe(
      'https://abc.execute-api.us-east-1.amazonaws.com/dev',
    )
  })
})
