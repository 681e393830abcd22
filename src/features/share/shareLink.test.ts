import { readFileSync } from 'node:fs'
import { deflateRawSync, deflateSync, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Project } from '../../core/model/project'
import { serializeProject } from '../../core/model/projectFile'
import { findResourceByPath } from '../../core/model/rest/paths'
import { importOpenApi } from '../../core/openapi'
import { buildFunction, buildProject, corpusPath } from '../../testing/builders'
import { SequentialIds } from '../../testing/fakes'
import {
  type ByteCodec,
  isShareFragment,
  makeShareLink,
  readShareFragment,
  SHARE_LINK_MAX_LENGTH,
  SHARE_LINK_WARN_LENGTH,
  type ShareLink,
} from './shareLink'

/**
 * The codec port over node:zlib: an implementation independent of the studio's
 * CompressionStream one (`adapters/compression`), so these tests also pin the format itself.
 */
const nodeZlib: ByteCodec = {
  deflate: async (bytes) => new Uint8Array(deflateSync(bytes)),
  inflate: async (bytes, maxBytes) => {
    try {
      return { ok: true, bytes: new Uint8Array(inflateSync(bytes, { maxOutputLength: maxBytes })) }
    } catch (e) {
      const error = e as NodeJS.ErrnoException
      if (error.code === 'ERR_BUFFER_TOO_LARGE')
        return { ok: false, problem: 'too-large', detail: error.message }
      if (error.code === 'Z_BUF_ERROR') return { ok: false, problem: 'truncated', detail: error.message }
      return { ok: false, problem: 'corrupt', detail: error.message }
    }
  },
}

const PAGE = 'https://studio.example/gatewright/'

/** A realistic project: AWS's SimpleCalc example (resources, mapping templates, models) imported. */
function calculatorProject(): Project {
  const spec = readFileSync(corpusPath('openapi/awsdocs-simplecalc-vtl.swagger.json'), 'utf8')
  const imported = importOpenApi(
    buildProject({ name: 'Calculator — ünïcode ✓' }),
    spec,
    {},
    new SequentialIds(),
  )
  expect(imported.project.restApis).toHaveLength(1)
  return imported.project
}

function linkOf(link: ShareLink): string {
  if (link.fits === 'no') throw new Error('no link was made')
  return link.url
}

/** The fragment of a link, as `location.hash` gives it. */
const hashOf = (url: string) => url.slice(url.indexOf('#'))

/** A link to `text` compressed as given, bypassing makeShareLink (for documents it would never write). */
const linkTo = (text: string, pack = deflateSync) =>
  `#share=1.${Buffer.from(pack(Buffer.from(text))).toString('base64url')}`

async function errorOf(hash: string) {
  const read = await readShareFragment(hash, nodeZlib)
  if (read.ok) throw new Error('expected the link to be refused')
  return read.error
}

describe('share links', () => {
  it('round-trips a project: the same project file text comes back', async () => {
    const project = calculatorProject()
    const link = await makeShareLink(project, PAGE, nodeZlib)
    const url = linkOf(link)
    expect(url).toMatch(/^https:\/\/studio\.example\/gatewright\/#share=1\.[A-Za-z0-9_-]+$/)
    expect(link).toMatchObject({ fits: 'yes', length: url.length })
    expect(link.projectBytes).toBe(new TextEncoder().encode(serializeProject(project)).length)
    // Compressed, the link is several times smaller than the file.
    expect(url.length).toBeLessThan(link.projectBytes / 3)

    const read = await readShareFragment(hashOf(url), nodeZlib)
    if (!read.ok) throw new Error(read.error.message)
    expect(read.project).toEqual(project)
    expect(read.text).toBe(serializeProject(project))
    expect(read.migrations).toEqual([])
    const op = findResourceByPath(read.project.restApis[0]!, '/{a}/{b}/{op}')
    expect(op?.methods.GET?.integration?.requestTemplates['application/json']).toContain(
      `"op" : "$input.params('op')"`,
    )
  })

  it('replaces a fragment already in the page address', async () => {
    const link = await makeShareLink(buildProject(), `${PAGE}#share=1.old`, nodeZlib)
    expect(linkOf(link).startsWith(`${PAGE}#share=1.`)).toBe(true)
    expect(linkOf(link)).not.toContain('old')
  })

  it('recognises share fragments only', () => {
    expect(isShareFragment('#share=1.eJw')).toBe(true)
    expect(isShareFragment('#share=')).toBe(true)
    expect(isShareFragment('')).toBe(false)
    expect(isShareFragment('#shared=1.x')).toBe(false)
    expect(isShareFragment('#/resources')).toBe(false)
  })

  it('says a truncated link is incomplete, wherever it was cut', async () => {
    const url = linkOf(await makeShareLink(calculatorProject(), PAGE, nodeZlib))
    const hash = hashOf(url)
    const payloadStart = '#share=1.'.length
    for (const cut of [payloadStart + 10, Math.floor(hash.length / 2), hash.length - 1, hash.length - 3]) {
      const error = await errorOf(hash.slice(0, cut))
      expect(error.problem, `cut at ${cut} of ${hash.length}`).toBe('truncated')
      expect(error.message).toMatch(
        /^The link is incomplete: .*ask for the whole link, or for the project file\.$/,
      )
    }
    expect(await errorOf('#share=1.')).toMatchObject({ problem: 'truncated' })
    expect(await errorOf('#share=1')).toMatchObject({ problem: 'truncated' })
  })

  it('says a damaged link is damaged: a changed character, or one share links never hold', async () => {
    const hash = hashOf(linkOf(await makeShareLink(calculatorProject(), PAGE, nodeZlib)))
    const at = Math.floor(hash.length * 0.6)
    const changed = `${hash.slice(0, at)}${hash[at] === 'A' ? 'B' : 'A'}${hash.slice(at + 1)}`
    const error = await errorOf(changed)
    expect(error.problem).toBe('corrupt')
    expect(error.message).toMatch(/^The link is damaged: its data does not unpack \(.+\)\./)

    const escaped = `${hash.slice(0, at)}%20${hash.slice(at + 3)}`
    expect(await errorOf(escaped)).toEqual({
      problem: 'corrupt',
      message: expect.stringContaining(`has "%" at character ${at - '#share=1.'.length + 1}`),
    })
  })

  it('refuses a link format it does not know, and fragments that are not share links', async () => {
    expect(await errorOf('#share=2.eJwDAAAAAAE')).toEqual({
      problem: 'newer-format',
      message: expect.stringMatching(/newer Gatewright \(share link format 2\); this studio reads format 1/),
    })
    expect(await errorOf('#share=0.eJwDAAAAAAE')).toMatchObject({ problem: 'malformed' })
    expect(await errorOf('#share=v1.eJwDAAAAAAE')).toMatchObject({ problem: 'malformed' })
    expect(await errorOf('#share=')).toMatchObject({ problem: 'malformed' })
    expect(await errorOf('#other')).toMatchObject({ problem: 'malformed' })
  })

  it('refuses a project from a newer schema version, with the project file’s own message', async () => {
    const future = { ...JSON.parse(serializeProject(buildProject())), schemaVersion: 2 }
    const error = await errorOf(linkTo(JSON.stringify(future)))
    expect(error.problem).toBe('newer-version')
    expect(error.message).toMatch(
      /schema version 2, but this version of Gatewright reads up to schema version 1/,
    )
  })

  it('refuses data that is not a project: not zlib, not text, not JSON, the wrong shape', async () => {
    const raw = linkTo(serializeProject(buildProject()), deflateRawSync)
    expect(await errorOf(raw)).toMatchObject({ problem: 'corrupt' })
    const binary = `#share=1.${Buffer.from(deflateSync(Buffer.from([0xff, 0xfe, 0x00]))).toString('base64url')}`
    expect(await errorOf(binary)).toMatchObject({
      problem: 'not-a-project',
      message: expect.stringMatching(/not text/),
    })
    expect(await errorOf(linkTo('{"schemaVersion": 1, "name": '))).toMatchObject({
      problem: 'not-a-project',
      message: 'The link’s data is not a project: it is not JSON.',
    })
    expect(await errorOf(linkTo(JSON.stringify({ schemaVersion: 1, name: 'No lists' })))).toMatchObject({
      problem: 'not-a-project',
      message: expect.stringMatching(/^The link’s data is not a project Gatewright can open: id: missing/),
    })
  })

  it('stops at a link that unpacks to far more than any project (64 MB)', async () => {
    const bomb = `#share=1.${Buffer.from(deflateSync(Buffer.alloc(65 * 1024 * 1024, 32))).toString('base64url')}`
    expect(bomb.length).toBeLessThan(200_000)
    expect(await errorOf(bomb)).toMatchObject({
      problem: 'too-large',
      message: expect.stringMatching(/64 MB/),
    })
  })

  it('warns above 32 KiB and makes no link above 2 MiB', async () => {
    // Random-looking text barely compresses, so the link grows with the description.
    const withNoise = (bytes: number) => {
      const project = buildProject()
      let seed = 7
      const noise = Array.from({ length: bytes }, () => {
        // xorshift32: deterministic, and random enough that deflate cannot shrink it much.
        seed ^= seed << 13
        seed ^= seed >>> 17
        seed ^= seed << 5
        return String.fromCharCode(33 + ((seed >>> 0) % 90))
      }).join('')
      return { ...project, functions: [buildFunction('noise', noise)] }
    }
    const small = await makeShareLink(withNoise(1000), PAGE, nodeZlib)
    expect(small.fits).toBe('yes')
    const long = await makeShareLink(withNoise(40_000), PAGE, nodeZlib)
    expect(long.fits).toBe('long')
    expect(long.length).toBeGreaterThan(SHARE_LINK_WARN_LENGTH)
    const tooLong = await makeShareLink(withNoise(2_000_000), PAGE, nodeZlib)
    expect(tooLong.fits).toBe('no')
    expect('url' in tooLong).toBe(false)
    expect(tooLong.length).toBeGreaterThan(SHARE_LINK_MAX_LENGTH)
  })
})
