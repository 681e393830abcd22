import type { ReactNode } from 'react'
import { LAYOUT_LIMITS } from '../../state/layoutStore'
import { ResizeHandle } from '../../ui/ResizeHandle'
import { layoutStore, useLayout } from './layout'
import styles from './Shell.module.css'

/** The regions of the studio. Each feature fills one from `src/app/App.tsx`. */
export interface ShellSlots {
  /** The top bar (see `HeaderBar`). */
  header: ReactNode
  /** Banners under the header: storage warnings, import errors, command errors. */
  notices?: ReactNode
  /** Left pane: the project's APIs (resource explorer). */
  explorer: ReactNode
  /** Centre: the canvas or method flow. */
  canvas: ReactNode
  /** Right pane: the inspector for the selection. */
  inspector: ReactNode
  /** Bottom dock under the canvas: the console. */
  dock: ReactNode
  /** The thin bar at the very bottom. */
  statusBar?: ReactNode
}

export const REGION_IDS = {
  explorer: 'gw-explorer',
  canvas: 'gw-canvas',
  inspector: 'gw-inspector',
  dock: 'gw-dock',
} as const

/**
 * The studio layout: header, notices, then explorer | canvas over dock | inspector, and a
 * status bar. Side panes and the dock resize (pointer or arrow keys on the splitters), hide
 * (Ctrl+B, Ctrl+J, header toggles) and remember both across reloads.
 */
export function Shell({ header, notices, explorer, canvas, inspector, dock, statusBar }: ShellSlots) {
  const layout = useLayout((s) => s)
  const set = layoutStore.getState().set
  return (
    <div className={styles.studio}>
      <a className={styles.skip} href={`#${REGION_IDS.canvas}`}>
        Skip to canvas
      </a>
      {header}
      <div className={styles.notices}>{notices}</div>
      <div className={styles.body}>
        {layout.explorerVisible && (
          <>
            <div id={REGION_IDS.explorer} className={styles.side} style={{ width: layout.explorerWidth }}>
              {explorer}
            </div>
            <ResizeHandle
              orientation="vertical"
              label="Resize explorer"
              controls={REGION_IDS.explorer}
              value={layout.explorerWidth}
              {...LAYOUT_LIMITS.explorerWidth}
              direction={1}
              onChange={(explorerWidth) => set({ explorerWidth })}
            />
          </>
        )}
        <div className={styles.center}>
          <main id={REGION_IDS.canvas} className={styles.canvas} tabIndex={-1}>
            {canvas}
          </main>
          {layout.dockVisible && (
            <>
              <ResizeHandle
                orientation="horizontal"
                label="Resize console"
                controls={REGION_IDS.dock}
                value={layout.dockHeight}
                {...LAYOUT_LIMITS.dockHeight}
                direction={-1}
                onChange={(dockHeight) => set({ dockHeight })}
              />
              <div id={REGION_IDS.dock} className={styles.dock} style={{ height: layout.dockHeight }}>
                {dock}
              </div>
            </>
          )}
        </div>
        {layout.inspectorVisible && (
          <>
            <ResizeHandle
              orientation="vertical"
              label="Resize inspector"
              controls={REGION_IDS.inspector}
              value={layout.inspectorWidth}
              {...LAYOUT_LIMITS.inspectorWidth}
              direction={-1}
              onChange={(inspectorWidth) => set({ inspectorWidth })}
            />
            <div id={REGION_IDS.inspector} className={styles.side} style={{ width: layout.inspectorWidth }}>
              {inspector}
            </div>
          </>
        )}
      </div>
      {statusBar}
    </div>
  )
}
