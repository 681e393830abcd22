// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { isEditableTarget } from './isEditableTarget'

function element(html: string): HTMLElement {
  const host = document.createElement('div')
  host.innerHTML = html
  document.body.append(host)
  return host.querySelector('[data-target]') as HTMLElement
}

describe('isEditableTarget', () => {
  it('is true for text fields, text areas and contenteditable', () => {
    expect(isEditableTarget(element('<input data-target>'))).toBe(true)
    expect(isEditableTarget(element('<input type="search" data-target>'))).toBe(true)
    expect(isEditableTarget(element('<textarea data-target></textarea>'))).toBe(true)
    expect(isEditableTarget(element('<div contenteditable="true" data-target></div>'))).toBe(true)
  })

  it('is true inside a Monaco editor', () => {
    expect(
      isEditableTarget(element('<div class="monaco-editor"><div><span data-target></span></div></div>')),
    ).toBe(true)
  })

  it('is false for buttons, checkboxes, selects and plain elements (their edits undo with the model)', () => {
    expect(isEditableTarget(element('<select data-target><option>a</option></select>'))).toBe(false)
    expect(isEditableTarget(element('<button data-target>x</button>'))).toBe(false)
    expect(isEditableTarget(element('<input type="checkbox" data-target>'))).toBe(false)
    expect(isEditableTarget(element('<div tabindex="-1" data-target></div>'))).toBe(false)
    expect(isEditableTarget(null)).toBe(false)
  })
})
