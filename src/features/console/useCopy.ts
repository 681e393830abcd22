import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * Copies text to the clipboard; `copied` is true for a moment afterwards so the button can
 * say "Copied". A refused clipboard (no permission) reports `failed` instead of failing silently.
 */
export function useCopy(): { copy: (text: string) => void; state: 'idle' | 'copied' | 'failed' } {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const copy = useCallback((text: string) => {
    const done = (s: 'copied' | 'failed') => {
      setState(s)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => setState('idle'), 1600)
    }
    if (!navigator.clipboard) {
      done('failed')
      return
    }
    navigator.clipboard.writeText(text).then(
      () => done('copied'),
      () => done('failed'),
    )
  }, [])
  return { copy, state }
}
