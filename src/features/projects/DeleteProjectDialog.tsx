import { ConfirmDialog } from '../../ui/ConfirmDialog'

export interface DeleteProjectDialogProps {
  open: boolean
  name: string
  onConfirm: () => void
  onCancel: () => void
}

/** Asks before deleting a project: the one edit undo cannot bring back. */
export function DeleteProjectDialog({ open, name, onConfirm, onCancel }: DeleteProjectDialogProps) {
  return (
    <ConfirmDialog
      open={open}
      title={`Delete “${name}”?`}
      confirmLabel="Delete project"
      destructive
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      The project, its APIs, stages and functions are removed from this browser. This cannot be undone —
      export the project file first if you may want it back.
    </ConfirmDialog>
  )
}
