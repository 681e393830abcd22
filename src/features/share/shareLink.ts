import type { Project } from '../../core/model/project'
import { parseProjectFile, serializeProject } from '../../core/model/projectFile'
import { decodeBase64Url, encodeBase64Url } from './base64url'

/**
 * Share links: a whole project inside a URL fragment, `<page>#share=<version>.<payload>`.
 * Format 1: the payload is base64url (no padding) of the project file's text (exactly what
 * "Export project file" writes) compressed in the zlib format (RFC 1950, CompressionStream's
 * `'deflate'`). zlib rather than raw deflate because its Adler-32 checksum catches a damaged
 * link: with raw deflate most single-byte changes still decompress, into a different project.
 *
 * Pure: the compression is the caller's (`ByteCodec`; the studio passes CompressionStream's).
 */

export const SHARE_FRAGMENT_PREFIX = '#share='
export const SHARE_LINK_FORMAT = 1
/**
 * Longer links get a warning. Chromium's address bar shows at most 32 KiB of a URL
 * (`kMaxURLDisplayChars`), so a link copied from there is cut, and Slack cuts messages at
 * 40,000 characters.
 */
export const SHARE_LINK_WARN_LENGTH = 32 * 1024
/** No link over this: Chromium drops longer URLs (`kMaxURLChars`, 2 MiB). */
export const SHARE_LINK_MAX_LENGTH = 2 * 1024 * 1024
/**
 * The most project text a link may unpack to. Compressed JSON grows about 10–30 times, so a
 * link at the 2 MiB limit stays well under this; a link crafted to unpack to gigabytes does not.
 */
export const SHARED_PROJECT_MAX_BYTES = 64 * 1024 * 1024

export type InflateOutcome =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: 'truncated' | 'corrupt' | 'too-large'; detail: string }

/** zlib-format (RFC 1950) compression, from the platform. */
export interface ByteCodec {
  deflate(bytes: Uint8Array): Promise<Uint8Array>
  /** Never rejects: a stream that ends early, fails its checksum or unpacks past `maxBytes` says so. */
  inflate(bytes: Uint8Array, maxBytes: number): Promise<InflateOutcome>
}

export type ShareLink =
  | { fits: 'yes' | 'long'; url: string; length: number; projectBytes: number }
  | { fits: 'no'; length: number; projectBytes: number }

/** `page`: the studio's address (any fragment is dropped). */
export async function makeShareLink(project: Project, page: string, codec: ByteCodec): Promise<ShareLink> {
  const text = new TextEncoder().encode(serializeProject(project))
  const payload = encodeBase64Url(await codec.deflate(text))
  const url = `${page.split('#')[0]}${SHARE_FRAGMENT_PREFIX}${SHARE_LINK_FORMAT}.${payload}`
  const sizes = { length: url.length, projectBytes: text.length }
  if (url.length > SHARE_LINK_MAX_LENGTH) return { fits: 'no', ...sizes }
  return { fits: url.length > SHARE_LINK_WARN_LENGTH ? 'long' : 'yes', url, ...sizes }
}

/** Whether `hash` (`location.hash`) holds a share link, good or bad. */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_FRAGMENT_PREFIX)
}

export type ShareLinkProblem =
  | 'malformed'
  | 'newer-format'
  | 'truncated'
  | 'corrupt'
  | 'too-large'
  | 'not-a-project'
  | 'newer-version'

export interface ShareLinkError {
  problem: ShareLinkProblem
  /** What is wrong, in a sentence or two a person can act on. */
  message: string
}

export type SharedProject =
  | { ok: true; project: Project; text: string; migrations: string[] }
  | { ok: false; error: ShareLinkError }

/**
 * Reads the project out of a share fragment, through the project file's own checks (JSON,
 * migrations, newer-version refusal, shape). Never throws.
 */
export async function readShareFragment(hash: string, codec: ByteCodec): Promise<SharedProject> {
  if (!isShareFragment(hash)) return fail('malformed', 'This address has no shared project in it.')
  const rest = hash.slice(SHARE_FRAGMENT_PREFIX.length)
  const dot = rest.indexOf('.')
  const version = dot === -1 ? rest : rest.slice(0, dot)
  if (!/^\d+$/.test(version)) {
    return fail(
      'malformed',
      'The link is not a Gatewright share link: after “#share=” it should have a format number, a dot and the project’s data.',
    )
  }
  if (Number(version) > SHARE_LINK_FORMAT) {
    return fail(
      'newer-format',
      `The link was made by a newer Gatewright (share link format ${Number(version)}); this studio reads format ${SHARE_LINK_FORMAT}. Ask for the project file, or open the link in the studio that made it.`,
    )
  }
  if (Number(version) !== SHARE_LINK_FORMAT) {
    return fail('malformed', `The link has share link format ${version}, which no Gatewright has written.`)
  }
  const payload = dot === -1 ? '' : rest.slice(dot + 1)
  if (payload === '') return fail('truncated', truncatedMessage('it ends before the project’s data.'))

  const decoded = decodeBase64Url(payload)
  if (!decoded.ok) {
    if (decoded.problem === 'length') return fail('truncated', truncatedMessage('its data ends mid-byte.'))
    const char = payload[decoded.index] ?? ''
    return fail(
      'corrupt',
      `The link is damaged: its data has ${JSON.stringify(char)} at character ${decoded.index + 1}, which share links never contain. Something changed the link on its way (some mail and chat tools rewrite links).`,
    )
  }
  const inflated = await codec.inflate(decoded.bytes, SHARED_PROJECT_MAX_BYTES)
  if (!inflated.ok) return fail(inflated.problem, inflateMessage(inflated))

  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes)
  } catch {
    return fail('not-a-project', 'The link’s data is not text, so it holds no project.')
  }
  const parsed = parseProjectFile(text)
  if (!parsed.ok) {
    const { problem, message } = parsed.error
    if (problem === 'newer-version') return fail('newer-version', message)
    if (problem === 'not-json')
      return fail('not-a-project', 'The link’s data is not a project: it is not JSON.')
    return fail('not-a-project', `The link’s data is not a project Gatewright can open: ${message}`)
  }
  return { ok: true, project: parsed.project, text, migrations: parsed.migrations }
}

function inflateMessage(outcome: Extract<InflateOutcome, { ok: false }>): string {
  switch (outcome.problem) {
    case 'truncated':
      return truncatedMessage('its data stops before the end of the project.')
    case 'corrupt':
      return `The link is damaged: its data does not unpack (${outcome.detail}). Something changed the link on its way; ask for it again, or for the project file.`
    case 'too-large':
      return `The link unpacks to more than ${SHARED_PROJECT_MAX_BYTES / 1024 / 1024} MB, more than any project a share link is made for, so it was not opened.`
  }
}

function truncatedMessage(why: string): string {
  return `The link is incomplete: ${why} Long links are often cut by chat tools, mail clients and address bars; ask for the whole link, or for the project file.`
}

function fail(problem: ShareLinkProblem, message: string): SharedProject {
  return { ok: false, error: { problem, message } }
}
