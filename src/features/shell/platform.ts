/** True on Apple platforms, where shortcuts use ⌘ instead of Ctrl. */
export const isMac: boolean =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)

/** A shortcut as the user should read it: "Ctrl+Shift+Z" becomes "⌘⇧Z" on a Mac. */
export function shortcutLabel(keys: string): string {
  if (!isMac) return keys
  return keys.replace('Ctrl+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥')
}
