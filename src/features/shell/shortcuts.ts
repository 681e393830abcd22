/**
 * The keyboard shortcuts the shortcut sheet lists. Features add their own entries here when
 * they handle a key (keep `keys` in the "Ctrl+Shift+Z" form; it shows as ⌘⇧Z on a Mac).
 */
export interface ShortcutEntry {
  keys: string
  action: string
  group: 'Project' | 'Navigate' | 'Resource tree' | 'Console' | 'Layout' | 'Help'
}

export const shortcuts: readonly ShortcutEntry[] = [
  { group: 'Project', keys: 'Ctrl+Z', action: 'Undo the last model edit' },
  { group: 'Project', keys: 'Ctrl+Shift+Z', action: 'Redo' },
  { group: 'Project', keys: 'Ctrl+S', action: 'Save now (changes also save automatically)' },
  { group: 'Navigate', keys: 'Ctrl+K', action: 'Go to a resource, method or API screen' },
  { group: 'Navigate', keys: '/', action: 'Search a path on the canvas' },
  {
    group: 'Resource tree',
    keys: 'Arrow keys',
    action: 'Move; Left/Right fold and unfold (canvas and list)',
  },
  { group: 'Resource tree', keys: 'Enter', action: "Open the selected method's flow" },
  { group: 'Resource tree', keys: 'N', action: 'Create a child resource' },
  { group: 'Resource tree', keys: 'M', action: 'Create a method' },
  { group: 'Resource tree', keys: 'F2', action: 'Rename the resource' },
  { group: 'Resource tree', keys: 'Delete', action: 'Delete (asks first; undoable)' },
  { group: 'Resource tree', keys: 'Shift+F10', action: 'Open the context menu' },
  { group: 'Console', keys: 'Ctrl+Enter', action: 'Send the request' },
  { group: 'Console', keys: 'Escape', action: 'Cancel the request in flight' },
  { group: 'Layout', keys: 'Ctrl+B', action: 'Show or hide the explorer' },
  { group: 'Layout', keys: 'Ctrl+J', action: 'Show or hide the console' },
  { group: 'Layout', keys: 'Arrow keys', action: 'Resize the focused splitter (Shift: bigger steps)' },
  { group: 'Help', keys: '?', action: 'Show this list' },
]
