import { useRef, useState } from 'react'
import { projectNameProblem, renameProject } from '../../core/model/commands/project/renameProject'
import { useDispatch } from '../../state/useProjectStore'
import styles from './ProjectMenu.module.css'

export interface ProjectNameEditorProps {
  name: string
  onDone: () => void
}

/** The project name as a text field in the header: Enter or leaving it renames, Escape cancels. */
export function ProjectNameEditor({ name, onDone }: ProjectNameEditorProps) {
  const dispatch = useDispatch()
  const [value, setValue] = useState(name)
  const [touched, setTouched] = useState(false)
  const finished = useRef(false)
  const finish = () => {
    finished.current = true
    onDone()
  }
  const problem = touched ? projectNameProblem(value) : null

  const commit = () => {
    if (finished.current) return true
    if (projectNameProblem(value)) {
      setTouched(true)
      return false
    }
    dispatch(renameProject, { name: value })
    finish()
    return true
  }

  return (
    <div className={styles.renameWrap}>
      <input
        className={styles.renameInput}
        aria-label="Project name"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'project-name-error' : undefined}
        value={value}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setValue(e.target.value)
          setTouched(true)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            commit()
          } else if (e.key === 'Escape') {
            e.preventDefault()
            finish()
          }
        }}
        onBlur={() => {
          // Leaving the field with an invalid name keeps the old name.
          if (!commit()) finish()
        }}
      />
      {problem && (
        <div id="project-name-error" role="alert" className={styles.renameError}>
          {problem}
        </div>
      )}
    </div>
  )
}
