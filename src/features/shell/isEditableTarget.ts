/**
 * True when a key press belongs to a text field (input, textarea, contenteditable — Monaco
 * included): the studio then leaves Ctrl+Z and single-key shortcuts to the field. Selects,
 * checkboxes and buttons have no undo of their own, so Ctrl+Z there undoes the model edit
 * they just made.
 */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement) return true
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'file', 'color'].includes(target.type)
  }
  return target.closest('.monaco-editor') !== null
}
