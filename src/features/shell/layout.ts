import { useStore } from 'zustand'
import { createLayoutStore, type LayoutState, type LayoutStorage } from '../../state/layoutStore'

function browserStorage(): LayoutStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** The studio's pane layout, remembered in localStorage. */
export const layoutStore = createLayoutStore(browserStorage())

export function useLayout<T>(selector: (state: LayoutState) => T): T {
  return useStore(layoutStore, selector)
}
