import { redoLabel, undoLabel } from '../../state/projectStore'
import { useProjectStore } from '../../state/useProjectStore'
import { Button } from '../../ui/Button'
import { shortcutLabel } from './platform'

/** Undo and redo of model edits; the tooltip names the step ("Undo Rename project"). */
export function UndoRedoButtons() {
  const undo = useProjectStore(undoLabel)
  const redo = useProjectStore(redoLabel)
  const doUndo = useProjectStore((s) => s.undo)
  const doRedo = useProjectStore((s) => s.redo)
  return (
    <>
      <Button
        variant="header"
        icon="undo"
        label={undo ?? 'Undo'}
        shortcut={shortcutLabel('Ctrl+Z')}
        disabled={undo === null}
        onClick={doUndo}
      />
      <Button
        variant="header"
        icon="redo"
        label={redo ?? 'Redo'}
        shortcut={shortcutLabel('Ctrl+Shift+Z')}
        disabled={redo === null}
        onClick={doRedo}
      />
    </>
  )
}
