import { useEffect, useState } from 'react'
import { projectNameProblem, renameProject } from '../../core/model/commands/project/renameProject'
import {
  accountIdProblem,
  regionProblem,
  updateProjectSettings,
} from '../../core/model/commands/project/updateProjectSettings'
import { useDispatch, useProject } from '../../state/useProjectStore'
import { TextField } from '../../ui/TextField'
import styles from './ProjectSettingsPanel.module.css'

/**
 * A text field bound to the project through a command: it validates as the user types and
 * applies each valid value (quick successive keystrokes are one undo step).
 */
function useCommittedField(
  current: string,
  problemOf: (v: string) => string | null,
  apply: (v: string) => void,
) {
  const [value, setValue] = useState(current)
  const [editing, setEditing] = useState(false)
  // Follow the project when it changes from elsewhere (undo, switch), unless the user is typing.
  useEffect(() => {
    if (!editing) setValue(current)
  }, [current, editing])
  const problem = problemOf(value)
  return {
    value,
    error: problem,
    onFocus: () => setEditing(true),
    onBlur: () => {
      setEditing(false)
      setValue(current)
    },
    onChange: (e: { target: { value: string } }) => {
      setValue(e.target.value)
      if (!problemOf(e.target.value)) apply(e.target.value)
    },
  }
}

/** What the inspector shows when nothing is selected: the project's own settings. */
export function ProjectSettingsPanel() {
  const project = useProject()
  const dispatch = useDispatch()
  const name = useCommittedField(project.name, projectNameProblem, (v) =>
    dispatch(renameProject, { name: v }, { mergeKey: 'project.name' }),
  )
  const region = useCommittedField(project.settings.region, regionProblem, (v) =>
    dispatch(updateProjectSettings, { region: v }, { mergeKey: 'project.region' }),
  )
  const account = useCommittedField(project.settings.accountId, accountIdProblem, (v) =>
    dispatch(updateProjectSettings, { accountId: v }, { mergeKey: 'project.accountId' }),
  )
  return (
    <section className={styles.panel} aria-labelledby="project-settings-title">
      <div className={styles.heading}>
        <h3 id="project-settings-title" className={styles.title}>
          Project settings
        </h3>
        <p className={styles.lead}>For every API in this project.</p>
      </div>
      <TextField label="Project name" {...name} />
      <TextField label="Region" hint="The AWS region in invoke URLs and ARNs." monospace {...region} />
      <TextField
        label="Account ID"
        hint="The 12-digit account in ARNs."
        monospace
        inputMode="numeric"
        {...account}
      />
      <dl className={styles.facts}>
        <dt>Schema version</dt>
        <dd>{project.schemaVersion}</dd>
        <dt>Created</dt>
        <dd>{new Date(project.createdAt).toLocaleString()}</dd>
        <dt>Last edited</dt>
        <dd>{new Date(project.updatedAt).toLocaleString()}</dd>
        <dt>Project ID</dt>
        <dd>
          <code>{project.id}</code>
        </dd>
      </dl>
    </section>
  )
}
