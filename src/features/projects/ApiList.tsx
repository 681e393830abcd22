import { useState } from 'react'
import { useProject } from '../../state/useProjectStore'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { Icon } from '../../ui/Icon'
import { Pane } from '../../ui/Pane'
import styles from './ApiList.module.css'
import { CreateApiForm } from './CreateApiForm'

/** The left pane: the project's REST and HTTP APIs, and a way to create one. */
export function ApiList() {
  const project = useProject()
  const [creating, setCreating] = useState(false)
  const apis = [
    ...project.restApis.map((a) => ({
      id: a.id,
      name: a.name,
      kind: 'REST',
      count: Object.keys(a.resources).length,
    })),
    ...project.httpApis.map((a) => ({
      id: a.id,
      name: a.name,
      kind: 'HTTP',
      count: Object.keys(a.routes).length,
    })),
  ]
  return (
    <Pane
      title="APIs"
      actions={
        <Button
          variant="ghost"
          size="sm"
          icon="plus"
          label="Create REST API"
          onClick={() => setCreating(true)}
        />
      }
    >
      {creating && (
        <div className={styles.formWrap}>
          <CreateApiForm onDone={() => setCreating(false)} />
        </div>
      )}
      {apis.length === 0 && !creating ? (
        <EmptyState
          compact
          title="No APIs yet"
          actions={
            <Button size="sm" icon="plus" onClick={() => setCreating(true)}>
              Create REST API
            </Button>
          }
        >
          Create a REST API to start designing.
        </EmptyState>
      ) : (
        <ul className={styles.list} aria-label="APIs in this project">
          {apis.map((api) => (
            <li key={api.id} className={styles.item}>
              <Icon name="api" className={styles.icon} />
              <span className={styles.text}>
                <span className={styles.name}>{api.name}</span>
                <span className={styles.meta}>
                  {api.id} · {api.count} {api.kind === 'REST' ? 'resources' : 'routes'}
                </span>
              </span>
              <span className={styles.kind}>{api.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </Pane>
  )
}
