import { Button } from '../../ui/Button'
import { layoutStore, useLayout } from './layout'
import { shortcutLabel } from './platform'
import { REGION_IDS } from './Shell'

/** Show/hide the explorer, console dock and inspector. */
export function LayoutToggles() {
  const explorer = useLayout((s) => s.explorerVisible)
  const dock = useLayout((s) => s.dockVisible)
  const inspector = useLayout((s) => s.inspectorVisible)
  const toggle = layoutStore.getState().toggle
  return (
    <>
      <Button
        variant="header"
        icon="panelLeft"
        label={explorer ? 'Hide explorer' : 'Show explorer'}
        shortcut={shortcutLabel('Ctrl+B')}
        aria-pressed={explorer}
        aria-controls={REGION_IDS.explorer}
        onClick={() => toggle('explorer')}
      />
      <Button
        variant="header"
        icon="panelBottom"
        label={dock ? 'Hide console' : 'Show console'}
        shortcut={shortcutLabel('Ctrl+J')}
        aria-pressed={dock}
        aria-controls={REGION_IDS.dock}
        onClick={() => toggle('dock')}
      />
      <Button
        variant="header"
        icon="panelRight"
        label={inspector ? 'Hide inspector' : 'Show inspector'}
        aria-pressed={inspector}
        aria-controls={REGION_IDS.inspector}
        onClick={() => toggle('inspector')}
      />
    </>
  )
}
