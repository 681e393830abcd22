import { Button } from '../../ui/Button'
import { useCopy } from './useCopy'

/** A small "Copy …" button with feedback. */
export function CopyButton({
  text,
  label = 'Copy',
  disabled = false,
}: {
  text: string
  label?: string
  disabled?: boolean
}) {
  const { copy, state } = useCopy()
  return (
    <Button
      size="sm"
      variant="ghost"
      icon={state === 'copied' ? 'check' : 'copy'}
      onClick={() => copy(text)}
      disabled={disabled}
      aria-live="polite"
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
    </Button>
  )
}
