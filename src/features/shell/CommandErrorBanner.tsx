import { useProjectStore } from '../../state/useProjectStore'
import { Banner } from '../../ui/Banner'

/** Shows why the last edit was refused (a `CommandError`); the project is unchanged. */
export function CommandErrorBanner() {
  const error = useProjectStore((s) => s.lastError)
  const clear = useProjectStore((s) => s.clearError)
  if (!error) return null
  return (
    <Banner tone="error" title={`${error.label}:`} onDismiss={clear}>
      {error.message}
    </Banner>
  )
}
