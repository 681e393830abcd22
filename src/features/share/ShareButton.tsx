import { useState } from 'react'
import { Button } from '../../ui/Button'
import { ShareLinkPanel } from './ShareLinkPanel'
import type { ByteCodec } from './shareLink'

/** The header's Share button: the same link panel as the project menu's "Share link…". */
export function ShareButton({ codec }: { codec: ByteCodec }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        variant="header"
        icon="link"
        aria-expanded={open}
        title="Share the project by link"
        onClick={() => setOpen((o) => !o)}
      >
        Share
      </Button>
      {open && <ShareLinkPanel codec={codec} onClose={() => setOpen(false)} />}
    </>
  )
}
