import { describe, expect, it } from 'vitest'
import {
  createLayoutStore,
  DEFAULT_LAYOUT,
  LAYOUT_STORAGE_KEY,
  type LayoutStorage,
  parseStoredLayout,
} from './layoutStore'

function memoryStorage(
  initial: Record<string, string> = {},
): LayoutStorage & { data: Record<string, string> } {
  const data = { ...initial }
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v
    },
  }
}

describe('layoutStore', () => {
  it('starts from the defaults and remembers changes', () => {
    const storage = memoryStorage()
    const store = createLayoutStore(storage)
    expect(store.getState().explorerWidth).toBe(DEFAULT_LAYOUT.explorerWidth)
    store.getState().set({ explorerWidth: 300 })
    store.getState().toggle('dock')
    const again = createLayoutStore(storage)
    expect(again.getState().explorerWidth).toBe(300)
    expect(again.getState().dockVisible).toBe(false)
  })

  it('ignores broken or out-of-range stored values', () => {
    expect(parseStoredLayout('not json')).toEqual(DEFAULT_LAYOUT)
    expect(parseStoredLayout(null)).toEqual(DEFAULT_LAYOUT)
    const layout = parseStoredLayout(
      JSON.stringify({ explorerWidth: 5, dockHeight: 'big', inspectorWidth: 9999 }),
    )
    expect(layout.explorerWidth).toBe(180)
    expect(layout.dockHeight).toBe(DEFAULT_LAYOUT.dockHeight)
    expect(layout.inspectorWidth).toBe(640)
  })

  it('keeps working when storage throws', () => {
    const storage: LayoutStorage = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('full')
      },
    }
    const store = createLayoutStore(storage)
    store.getState().set({ dockHeight: 150 })
    expect(store.getState().dockHeight).toBe(150)
    expect(LAYOUT_STORAGE_KEY).toBe('gatewright.layout.v1')
  })
})
