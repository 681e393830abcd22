import { describe, expect, it } from 'vitest'
import { hexDump } from './hexDump'

describe('hexDump', () => {
  it('prints offset, hex in two groups of eight, and printable ASCII', () => {
    const bytes = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x41,
    ])
    expect(hexDump(bytes)).toBe(
      [
        '00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|',
        '00000010  41                                                |A|',
      ].join('\n'),
    )
  })

  it('stops at maxBytes', () => {
    expect(hexDump(new Uint8Array(100), 32).split('\n')).toHaveLength(2)
  })
})
