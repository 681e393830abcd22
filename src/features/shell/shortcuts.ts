/**
 * The keyboard shortcuts the shortcut sheet lists. Features add their own entries here when
 * they handle a key (keep `keys` in the "Ctrl+Shift+Z" form; it shows as ⌘⇧Z on a Mac).
 */
export interface ShortcutEntry {
  keys: string
  action: string
  group: 'Project' | 'Layout' | 'Help'
}

export const shortcuts: readonly ShortcutEntry[] = [
  { group: 'Project', keys: 'Ctrl+Z', action: 'Undo the last model edit' },
  { group: 'Project', keys: 'Ctrl+Shift+Z', action: 'Redo' },
  { group: 'Project', keys: 'Ctrl+S', action: 'Save now (changes also save automatically)' },
  { group: 'Layout', keys: 'Ctrl+B', action: 'Show or hide the explorer' },
  { group: 'Layout', keys: 'Ctrl+J', action: 'Show or hide the console' },
  { group: 'Layout', keys: 'Arrow keys', action: 'Resize the focused splitter (Shift: bigger steps)' },
  { group: 'Help', keys: '?', action: 'Show this list' },
]
