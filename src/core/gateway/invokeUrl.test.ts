import { describe, expect, it } from 'vitest'
import { buildProject } from '../../testing/builders'
import { invokeUrl } from './invokeUrl'

describe('invokeUrl', () => {
  it("builds the stage's execute-api URL in the project's region", () => {
    const project = buildProject({ settings: { region: 'eu-west-3', accountId: '123456789012' } })
    expect(invokeUrl(project, 'abc123defg', 'prod')).toBe(
      'https://abc123defg.execute-api.eu-west-3.amazonaws.com/prod/',
    )
  })
})
