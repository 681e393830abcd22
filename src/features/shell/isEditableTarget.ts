/**
 * True when a key press belongs to a text field (input, textarea, contenteditable — Monaco
 * included): the studio then leaves Ctrl+Z and single-key shortcuts to the field.
 */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'file', 'color'].includes(target.type)
  }
  return target.closest('.monaco-editor') !== null
}
