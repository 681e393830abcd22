import { useCallback, useEffect, useRef, useState } from 'react'

/** Copies text to the clipboard and says so for a moment; a refused clipboard says "failed". */
export function useCopyText(): { copy(text: string): void; state: 'idle' | 'copied' | 'failed' } {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const copy = useCallback((text: string) => {
    const show = (next: 'copied' | 'failed') => {
      setState(next)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => setState('idle'), 2000)
    }
    if (!navigator.clipboard) return show('failed')
    navigator.clipboard.writeText(text).then(
      () => show('copied'),
      () => show('failed'),
    )
  }, [])
  return { copy, state }
}
