import { deflateRawSync, deflateSync, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { zlibStreamCodec } from './zlibStreamCodec'

const text = new TextEncoder().encode(
  JSON.stringify(
    { name: 'Pets', items: Array.from({ length: 400 }, (_, i) => ({ id: i, path: `/pets/${i}` })) },
    null,
    2,
  ),
)
const MAX = 1024 * 1024

describe('zlibStreamCodec', () => {
  it('round-trips bytes, and writes the zlib format another implementation reads', async () => {
    const packed = await zlibStreamCodec.deflate(text)
    expect(packed.length).toBeLessThan(text.length / 5)
    expect(packed[0]).toBe(0x78) // zlib header: deflate, 32 KiB window
    expect(new Uint8Array(inflateSync(packed))).toEqual(text)
    expect(await zlibStreamCodec.inflate(packed, MAX)).toEqual({ ok: true, bytes: text })
  })

  it('reads what node:zlib writes', async () => {
    expect(await zlibStreamCodec.inflate(new Uint8Array(deflateSync(text)), MAX)).toEqual({
      ok: true,
      bytes: text,
    })
  })

  it('says truncated when the data stops early, wherever it stops', async () => {
    const packed = await zlibStreamCodec.deflate(text)
    for (const length of [0, 1, 2, 10, Math.floor(packed.length / 2), packed.length - 1]) {
      const outcome = await zlibStreamCodec.inflate(packed.subarray(0, length), MAX)
      expect(outcome, `cut at ${length} of ${packed.length}`).toMatchObject({
        ok: false,
        problem: 'truncated',
      })
    }
  })

  it('refuses a changed byte (the Adler-32 check catches what still decompresses)', async () => {
    const packed = await zlibStreamCodec.deflate(text)
    const details = new Set<string>()
    for (let i = 2; i < packed.length; i += 3) {
      const damaged = packed.slice()
      damaged[i]! ^= 0x20
      const outcome = await zlibStreamCodec.inflate(damaged, MAX)
      // A change may make the stream end early or never end: either way it is not a success.
      expect(outcome.ok, `byte ${i} changed`).toBe(false)
      if (!outcome.ok && outcome.problem === 'corrupt') details.add(outcome.detail)
    }
    expect(details).toContain('incorrect data check')
  })

  it('says corrupt for data that is not zlib at all (raw deflate has no zlib header)', async () => {
    const outcome = await zlibStreamCodec.inflate(new Uint8Array(deflateRawSync(text)), MAX)
    expect(outcome).toMatchObject({ ok: false, problem: 'corrupt' })
  })

  it('stops unpacking past the limit (a few bytes that unpack to megabytes)', async () => {
    const bomb = new Uint8Array(deflateSync(new Uint8Array(8 * 1024 * 1024)))
    expect(bomb.length).toBeLessThan(10_000)
    expect(await zlibStreamCodec.inflate(bomb, MAX)).toMatchObject({ ok: false, problem: 'too-large' })
    expect(await zlibStreamCodec.inflate(bomb, 8 * 1024 * 1024)).toMatchObject({ ok: true })
  })
})
