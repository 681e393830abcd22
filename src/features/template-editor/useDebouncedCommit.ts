import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * Local text for an editor bound to a model value: edits show at once and are committed after
 * `delay` ms of quiet (and when the editor goes away); when the model changes from elsewhere
 * (undo, another pane) the text follows it.
 */
export function useDebouncedCommit(value: string, commit: (text: string) => void, delay = 300) {
  const [text, setText] = useState(value)
  const committed = useRef(value)
  const pending = useRef<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const commitRef = useRef(commit)
  commitRef.current = commit
  // The model value as of this render: an editor change equal to it is an echo of an outside
  // change (undo), not an edit, and must not be committed (that would clear the redo history).
  const latest = useRef(value)
  latest.current = value

  useEffect(() => {
    if (value !== committed.current && pending.current === null) {
      committed.current = value
      setText(value)
    }
  }, [value])

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const next = pending.current
    pending.current = null
    if (next !== null && next !== committed.current) {
      committed.current = next
      commitRef.current(next)
    }
  }, [])

  useEffect(() => flush, [flush])

  // A click anywhere (Undo in the header, another field, Deploy) first commits what was typed,
  // so the click acts on the latest text even within the quiet period.
  useEffect(() => {
    const onPointerDown = () => {
      if (pending.current !== null) flush()
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    return () => document.removeEventListener('pointerdown', onPointerDown, true)
  }, [flush])

  const onChange = useCallback(
    (next: string) => {
      setText(next)
      if (next === latest.current) {
        pending.current = null
        committed.current = next
        if (timer.current) clearTimeout(timer.current)
        timer.current = null
        return
      }
      pending.current = next
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, delay)
    },
    [delay, flush],
  )
  return { text, onChange, flush }
}
