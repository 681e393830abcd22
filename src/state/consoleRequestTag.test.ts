import { describe, expect, it } from 'vitest'
import { consoleTagOf, taggedUrl } from './consoleRequestTag'

describe('console request tags', () => {
  it('puts the tag in the fragment, replacing one typed', () => {
    expect(taggedUrl('https://a.execute-api.us-east-1.amazonaws.com/dev/pets?x=1', 't1')).toBe(
      'https://a.execute-api.us-east-1.amazonaws.com/dev/pets?x=1#gatewright-console=t1',
    )
    expect(taggedUrl('https://a.example/dev#top', 't2')).toBe('https://a.example/dev#gatewright-console=t2')
  })

  it('reads the tag back, and nothing from other fragments', () => {
    expect(consoleTagOf('#gatewright-console=t1')).toBe('t1')
    expect(consoleTagOf('gatewright-console=t1')).toBe('t1')
    expect(new URL(taggedUrl('https://a.example/p', 'abc')).hash).toBe('#gatewright-console=abc')
    expect(['', '#top', '#gatewright-console=', 'gatewright-consolex=1'].map(consoleTagOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })
})
