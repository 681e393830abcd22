import { type ChangeEvent, type ReactNode, useRef } from 'react'
import { PROJECT_FILE_EXTENSION } from '../../core/model/projectFile'
import { useWorkspaceStoreApi } from '../../state/useWorkspaceStore'

/**
 * A hidden file input and the function that opens it. The chosen `.gatewright.json` file is
 * imported as a new project; a bad file leaves everything as it was and sets `importError`.
 */
export function useImportProjectFile(): { choose: () => void; input: ReactNode } {
  const ref = useRef<HTMLInputElement>(null)
  const workspace = useWorkspaceStoreApi()
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    await workspace.getState().importProjectFile(await file.text(), file.name)
  }
  const input = (
    <input
      ref={ref}
      type="file"
      accept={`${PROJECT_FILE_EXTENSION},.json,application/json`}
      hidden
      aria-hidden="true"
      tabIndex={-1}
      data-testid="import-project-file"
      onChange={onChange}
    />
  )
  return { choose: () => ref.current?.click(), input }
}
