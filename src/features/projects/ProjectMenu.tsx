import { useState } from 'react'
import { PROJECT_FILE_EXTENSION } from '../../core/model/projectFile'
import { useProject } from '../../state/useProjectStore'
import { useWorkspace, useWorkspaceStoreApi } from '../../state/useWorkspaceStore'
import { Icon } from '../../ui/Icon'
import { Menu, type MenuEntry } from '../../ui/Menu'
import { ShareLinkPanel } from '../share/ShareLinkPanel'
import type { ByteCodec } from '../share/shareLink'
import { DeleteProjectDialog } from './DeleteProjectDialog'
import styles from './ProjectMenu.module.css'
import { ProjectNameEditor } from './ProjectNameEditor'
import { useExportProject } from './useExportProject'
import { useImportProjectFile } from './useImportProjectFile'

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

function edited(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : `Edited ${dateFormat.format(date)}`
}

/**
 * The project switcher in the header: the open project's name, and a menu to switch to,
 * create, rename, duplicate, export, import, share (`shareCodec`: the compression share links
 * use) or delete projects.
 */
export function ProjectMenu({ shareCodec }: { shareCodec: ByteCodec }) {
  const project = useProject()
  const projects = useWorkspace((s) => s.projects)
  const workspace = useWorkspaceStoreApi()
  const exportProject = useExportProject()
  const importFile = useImportProjectFile()
  const [renaming, setRenaming] = useState(false)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [sharing, setSharing] = useState(false)
  const actions = workspace.getState()

  const entries: MenuEntry[] = [
    { kind: 'group', id: 'projects', label: 'Projects' },
    ...projects.map(
      (p): MenuEntry => ({
        id: `open-${p.id}`,
        label: p.name,
        description: edited(p.updatedAt),
        checked: p.id === project.id,
        onSelect: () => void actions.openProject(p.id),
      }),
    ),
    { kind: 'separator', id: 'sep-1' },
    { id: 'new', label: 'New project', icon: 'plus', onSelect: () => void actions.createProject() },
    { id: 'rename', label: 'Rename…', icon: 'pencil', onSelect: () => setRenaming(true) },
    { id: 'duplicate', label: 'Duplicate', icon: 'copy', onSelect: () => void actions.duplicateProject() },
    { kind: 'separator', id: 'sep-2' },
    {
      id: 'export',
      label: 'Export project file',
      description: `Download ${PROJECT_FILE_EXTENSION}`,
      icon: 'download',
      onSelect: exportProject,
    },
    {
      id: 'import',
      label: 'Import project file…',
      description: 'Opens it as a new project',
      icon: 'upload',
      onSelect: importFile.choose,
    },
    {
      id: 'share',
      label: 'Share link…',
      description: 'The whole project inside a link',
      onSelect: () => setSharing(true),
    },
    { kind: 'separator', id: 'sep-3' },
    {
      id: 'delete',
      label: 'Delete project…',
      icon: 'trash',
      danger: true,
      onSelect: () => setConfirmDelete(true),
    },
  ]

  return (
    <>
      {renaming ? (
        <ProjectNameEditor name={project.name} onDone={() => setRenaming(false)} />
      ) : (
        <Menu
          label="Project"
          entries={entries}
          trigger={(props) => (
            <button
              type="button"
              className={styles.trigger}
              aria-label={`Project: ${project.name}`}
              title="Switch, create, rename, export, share or delete projects (double-click to rename)"
              onDoubleClick={() => setRenaming(true)}
              {...props}
            >
              <Icon name="folder" className={styles.icon} />
              <span className={styles.name} data-testid="project-name">
                {project.name}
              </span>
              <Icon name="chevronDown" size={14} className={styles.icon} />
            </button>
          )}
        />
      )}
      {importFile.input}
      {sharing && <ShareLinkPanel codec={shareCodec} onClose={() => setSharing(false)} />}
      <DeleteProjectDialog
        open={confirmDelete}
        name={project.name}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false)
          void actions.deleteProject(project.id)
        }}
      />
    </>
  )
}
