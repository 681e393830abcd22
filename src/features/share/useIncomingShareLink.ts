import { useEffect, useState } from 'react'
import { type ByteCodec, isShareFragment, readShareFragment, type SharedProject } from './shareLink'

/** Takes the share fragment out of the address bar, so a reload does not ask again. */
export function forgetShareFragment(): void {
  if (!isShareFragment(window.location.hash)) return
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${window.location.search}`,
  )
}

/**
 * The shared project in the page's address (`#share=…`), read when the studio starts and when
 * the fragment changes (a link pasted into the address bar of an open studio). `null` while
 * there is none or it is being read: reading never holds up the studio. A link that cannot be
 * read is taken out of the address bar at once; a good one stays until the person answers.
 */
export function useIncomingShareLink(codec: ByteCodec): [SharedProject | null, () => void] {
  const [incoming, setIncoming] = useState<SharedProject | null>(null)
  useEffect(() => {
    let reading = 0
    const read = () => {
      const hash = window.location.hash
      if (!isShareFragment(hash)) return
      const id = ++reading
      readShareFragment(hash, codec)
        .catch(
          (error: unknown): SharedProject => ({
            ok: false,
            error: {
              problem: 'corrupt',
              message: `The link could not be read (${error instanceof Error ? error.message : String(error)}).`,
            },
          }),
        )
        .then((result) => {
          if (id !== reading || window.location.hash !== hash) return
          if (!result.ok) forgetShareFragment()
          setIncoming(result)
        })
    }
    read()
    window.addEventListener('hashchange', read)
    return () => {
      reading++
      window.removeEventListener('hashchange', read)
    }
  }, [codec])
  const done = () => {
    forgetShareFragment()
    setIncoming(null)
  }
  return [incoming, done]
}
