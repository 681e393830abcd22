import { describe, expect, it } from 'vitest'
import { isForbiddenHeader } from './forbiddenHeaders'

describe('isForbiddenHeader', () => {
  it('knows the headers only the browser sets, in any case', () => {
    expect(
      ['Host', 'content-length', 'Sec-Fetch-Mode', 'Proxy-Authorization', ' Origin '].map(isForbiddenHeader),
    ).toEqual([true, true, true, true, true])
    expect(['Authorization', 'X-Api-Key', 'Accept', 'User-Agent'].map(isForbiddenHeader)).toEqual([
      false,
      false,
      false,
      false,
    ])
  })
})
