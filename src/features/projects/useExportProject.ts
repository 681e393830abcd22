import { useWorkspaceStoreApi } from '../../state/useWorkspaceStore'
import { downloadFile } from './downloadFile'

/** Downloads the open project as `<name>.gatewright.json`. */
export function useExportProject(): () => void {
  const workspace = useWorkspaceStoreApi()
  return () => {
    const file = workspace.getState().exportProject()
    if (file) downloadFile(file.fileName, file.text)
  }
}
