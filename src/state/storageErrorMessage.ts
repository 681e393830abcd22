/** True when the browser refused a write because its storage for this site is full. */
export function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
}

/** A sentence explaining why the browser did not save, for the warning banner. */
export function storageErrorMessage(error: unknown): string {
  if (isQuotaError(error))
    return "The browser's storage for this site is full, so your latest changes are not saved on this computer."
  const detail = error instanceof Error ? error.message : String(error)
  return `The browser did not let Gatewright save to its local storage (${detail || 'no reason given'}).`
}
