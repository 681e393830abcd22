import { useEffect, useId, useRef, useState } from 'react'
import { useProject } from '../../state/useProjectStore'
import { Banner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatBytes } from '../import-export/importProgressView'
import { Sheet } from '../import-export/Sheet'
import { useCopyText } from '../import-export/useCopyText'
import { useExportProject } from '../projects/useExportProject'
import styles from './ShareLinkPanel.module.css'
import {
  type ByteCodec,
  makeShareLink,
  SHARE_LINK_MAX_LENGTH,
  SHARE_LINK_WARN_LENGTH,
  type ShareLink,
} from './shareLink'

const count = new Intl.NumberFormat('en-US')

type LinkState =
  | { kind: 'making'; previous?: ShareLink }
  | { kind: 'made'; link: ShareLink }
  | { kind: 'failed'; message: string }

/** Selects the whole link, keeping its start (the studio's address) in view rather than its end. */
function selectFromStart(field: HTMLTextAreaElement): void {
  field.setSelectionRange(0, field.value.length, 'backward')
  field.scrollTop = 0
}

/** The studio's own address, where a share link leads: origin and base path, no query, no fragment. */
function studioAddress(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href
}

/**
 * "Share link…": the open project as a link to copy, its size, what travelling in a link means,
 * and a warning (or no link) when it is too long to travel safely. The link follows the
 * project: edits made while the panel is open make a new one.
 */
export function ShareLinkPanel({ codec, onClose }: { codec: ByteCodec; onClose(): void }) {
  const project = useProject()
  const [state, setState] = useState<LinkState>({ kind: 'making' })
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const selectedOnce = useRef(false)
  const { copy, state: copyState } = useCopyText()
  const exportProject = useExportProject()
  const fieldId = useId()

  useEffect(() => {
    let current = true
    setState((s) => ({ kind: 'making', ...(s.kind === 'made' ? { previous: s.link } : {}) }))
    makeShareLink(project, studioAddress(), codec).then(
      (link) => current && setState({ kind: 'made', link }),
      (error: unknown) =>
        current &&
        setState({
          kind: 'failed',
          message: `This browser could not compress the project (${error instanceof Error ? error.message : String(error)}).`,
        }),
    )
    return () => {
      current = false
    }
  }, [project, codec])

  const link = state.kind === 'made' ? state.link : state.kind === 'making' ? state.previous : undefined
  const url = link && link.fits !== 'no' ? link.url : undefined

  // The first link made is selected, ready for Ctrl+C; later ones (after edits) leave focus alone.
  useEffect(() => {
    if (!url || selectedOnce.current) return
    selectedOnce.current = true
    const field = fieldRef.current
    if (!field) return
    field.focus()
    selectFromStart(field)
  }, [url])

  const exportButton = (
    <Button size="sm" icon="download" onClick={exportProject}>
      Export project file
    </Button>
  )

  return (
    <Sheet
      title="Share link"
      subtitle={`Anyone who opens it gets a copy of “${project.name}” in their own browser.`}
      width={560}
      onClose={onClose}
      testId="share-link-panel"
      footer={
        <>
          <span className={styles.size} data-testid="share-link-size" aria-live="polite">
            {state.kind === 'making' && !link
              ? 'Making the link…'
              : link
                ? `${count.format(link.length)} characters · project file ${formatBytes(link.projectBytes)}`
                : ''}
          </span>
          <span className={styles.spacer} />
          <Button
            variant="primary"
            icon={copyState === 'copied' ? 'check' : 'copy'}
            disabled={!url || state.kind !== 'made'}
            onClick={() => url && copy(url)}
          >
            {copyState === 'copied' ? 'Copied' : copyState === 'failed' ? 'Copy failed' : 'Copy link'}
          </Button>
        </>
      }
    >
      <div className={styles.layout}>
        <p className={styles.privacy}>
          The whole project travels inside the link, after the “#”, which browsers do not send to any server
          when the link is opened; anyone who has the link can open the project, its API key values and
          function code included.
        </p>
        {state.kind === 'failed' ? (
          <Banner tone="error" title="No link was made.">
            {state.message} Export the project file to share it instead.
          </Banner>
        ) : link?.fits === 'no' ? (
          <Banner tone="error" title="No link: this project is too big for one." actions={exportButton}>
            Its link would be {count.format(link.length)} characters long, and Chromium refuses links over{' '}
            {count.format(SHARE_LINK_MAX_LENGTH)} characters. Export the project file and send that instead.
          </Banner>
        ) : (
          <>
            <div className={styles.field}>
              <label htmlFor={fieldId} className={styles.label}>
                Link
              </label>
              <textarea
                ref={fieldRef}
                id={fieldId}
                className={`${styles.link} ${state.kind === 'making' ? styles.pending : ''}`}
                value={url ?? ''}
                placeholder="Making the link…"
                readOnly
                rows={4}
                spellCheck={false}
                aria-busy={state.kind === 'making'}
                onFocus={(e) => selectFromStart(e.currentTarget)}
              />
            </div>
            {link?.fits === 'long' && (
              <Banner tone="warning" title="This link is long." actions={exportButton}>
                Links over {count.format(SHARE_LINK_WARN_LENGTH)} characters get cut: Chromium’s address bar
                shows no more than that, and Slack cuts messages at 40,000 characters. A cut link does not
                open. If it may travel through such a tool, export the project file and send that instead.
              </Banner>
            )}
          </>
        )}
      </div>
    </Sheet>
  )
}
