import { createStore, type StoreApi } from 'zustand/vanilla'

/** Sizes (px) and visibility of the studio's panes. */
export interface Layout {
  explorerWidth: number
  inspectorWidth: number
  dockHeight: number
  explorerVisible: boolean
  inspectorVisible: boolean
  dockVisible: boolean
}

export interface LayoutState extends Layout {
  set(patch: Partial<Layout>): void
  toggle(pane: 'explorer' | 'inspector' | 'dock'): void
  reset(): void
}

export const DEFAULT_LAYOUT: Layout = {
  explorerWidth: 264,
  inspectorWidth: 340,
  dockHeight: 280,
  explorerVisible: true,
  inspectorVisible: true,
  dockVisible: true,
}

export const LAYOUT_LIMITS = {
  explorerWidth: { min: 180, max: 560 },
  inspectorWidth: { min: 240, max: 640 },
  dockHeight: { min: 96, max: 720 },
} as const

/** The subset of `Storage` the layout needs (localStorage in the browser). */
export interface LayoutStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

export const LAYOUT_STORAGE_KEY = 'gatewright.layout.v1'

/** Reads a stored layout, keeping only well-formed values within limits. */
export function parseStoredLayout(text: string | null): Layout {
  let raw: unknown
  try {
    raw = text === null ? null : JSON.parse(text)
  } catch {
    raw = null
  }
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  const layout = { ...DEFAULT_LAYOUT }
  for (const [key, { min, max }] of Object.entries(LAYOUT_LIMITS) as [
    keyof typeof LAYOUT_LIMITS,
    { min: number; max: number },
  ][]) {
    const v = stored[key]
    if (typeof v === 'number' && Number.isFinite(v)) layout[key] = Math.round(Math.min(max, Math.max(min, v)))
  }
  for (const key of ['explorerVisible', 'inspectorVisible', 'dockVisible'] as const) {
    const v = stored[key]
    if (typeof v === 'boolean') layout[key] = v
  }
  return layout
}

/**
 * Pane sizes and visibility, remembered across reloads in `storage` (pass `null` to keep them
 * in memory only). Writing fails quietly: a layout is not worth an error message.
 */
export function createLayoutStore(storage: LayoutStorage | null): StoreApi<LayoutState> {
  let initial = DEFAULT_LAYOUT
  try {
    initial = parseStoredLayout(storage?.getItem(LAYOUT_STORAGE_KEY) ?? null)
  } catch {
    // storage unreadable (privacy mode): defaults
  }
  const store = createStore<LayoutState>()((set, get) => ({
    ...initial,
    set: (patch) => set(patch),
    toggle: (pane) => {
      const key = `${pane}Visible` as const
      set({ [key]: !get()[key] } as Partial<Layout>)
    },
    reset: () => set(DEFAULT_LAYOUT),
  }))
  store.subscribe((state) => {
    const { explorerWidth, inspectorWidth, dockHeight, explorerVisible, inspectorVisible, dockVisible } =
      state
    try {
      storage?.setItem(
        LAYOUT_STORAGE_KEY,
        JSON.stringify({
          explorerWidth,
          inspectorWidth,
          dockHeight,
          explorerVisible,
          inspectorVisible,
          dockVisible,
        }),
      )
    } catch {
      // full or unavailable: the layout simply is not remembered
    }
  })
  return store
}
