import { useState } from 'react'
import { type InspectorTarget, selectionStore, useSelection } from '../../state/selectionStore'
import { useProject } from '../../state/useProjectStore'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { Icon } from '../../ui/Icon'
import { Pane } from '../../ui/Pane'
import { useCreateRestApi } from '../designer/DesignerCentre'
import { useResourceProblems } from '../designer/problems/useResourceProblems'
import { useDesignerActions } from '../designer/useDesignerActions'
import { useSelectedApi } from '../designer/useSelectedApi'
import styles from './ExplorerPane.module.css'
import { ResourceTreeList } from './ResourceTreeList'

const SECTIONS: { label: string; target: InspectorTarget; count?: (p: SectionCounts) => number }[] = [
  { label: 'Stages', target: { kind: 'stages' }, count: (c) => c.stages },
  { label: 'Deployments', target: { kind: 'deployments' }, count: (c) => c.deployments },
  { label: 'Gateway responses', target: { kind: 'gatewayResponses' }, count: (c) => c.gatewayResponses },
  { label: 'Models', target: { kind: 'models' }, count: (c) => c.models },
  { label: 'Authorizers', target: { kind: 'authorizers' }, count: (c) => c.authorizers },
  { label: 'Request validators', target: { kind: 'requestValidators' }, count: (c) => c.requestValidators },
  { label: 'Settings', target: { kind: 'api' } },
  { label: 'Lambda functions', target: { kind: 'functions' }, count: (c) => c.functions },
]

interface SectionCounts {
  stages: number
  deployments: number
  gatewayResponses: number
  models: number
  authorizers: number
  requestValidators: number
  functions: number
}

/** The left pane: API picker, the resource tree as a keyboard-operable list, and the API's other screens. */
export function ExplorerPane() {
  const project = useProject()
  const api = useSelectedApi()
  const target = useSelection((s) => s.target)
  const [filter, setFilter] = useState('')
  const createApi = useCreateRestApi()
  const problems = useResourceProblems(project, api?.id ?? '')
  const actions = useDesignerActions(api?.id ?? '')

  if (!api) {
    return (
      <Pane title="API explorer">
        <EmptyState compact title="No APIs yet">
          Create a REST API to start designing.
          <div style={{ marginTop: 8 }}>
            <Button size="sm" variant="primary" icon="plus" onClick={() => createApi('My API')}>
              Create REST API
            </Button>
          </div>
        </EmptyState>
      </Pane>
    )
  }
  const counts: SectionCounts = {
    stages: project.stages.filter((s) => s.apiId === api.id).length,
    deployments: project.deployments.filter((d) => d.apiId === api.id).length,
    gatewayResponses: Object.keys(api.gatewayResponses).length,
    models: Object.keys(api.models).length,
    authorizers: Object.keys(api.authorizers).length,
    requestValidators: Object.keys(api.requestValidators).length,
    functions: project.functions.length,
  }
  return (
    <Pane
      title="API explorer"
      actions={
        <Button
          variant="ghost"
          size="sm"
          icon="plus"
          label="Create REST API"
          onClick={() => createApi(`API ${project.restApis.length + 1}`)}
        />
      }
    >
      <div className={styles.picker}>
        <label className={styles.pickerLabel} htmlFor="explorer-api">
          API
        </label>
        <select
          id="explorer-api"
          className={styles.select}
          value={api.id}
          onChange={(e) => selectionStore.getState().selectApi(e.target.value)}
        >
          {project.restApis.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.id})
            </option>
          ))}
        </select>
      </div>
      <section className={styles.section} aria-labelledby="explorer-resources">
        <div className={styles.sectionHeader}>
          <h3 id="explorer-resources" className={styles.sectionTitle}>
            Resources
          </h3>
          <Button
            size="sm"
            variant="ghost"
            icon="plus"
            label="Create resource"
            shortcut="N"
            onClick={() => actions.createChild(selectionStore.getState().resourceId ?? api.rootResourceId)}
          />
        </div>
        <div className={styles.filter}>
          <Icon name="search" size={13} className={styles.filterIcon} />
          <input
            type="search"
            aria-label="Filter resources by path"
            placeholder="Filter by path"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            className={styles.filterInput}
          />
        </div>
        <ResourceTreeList api={api} filter={filter} problems={problems} />
      </section>
      <nav className={styles.nav} aria-label="API settings">
        {SECTIONS.map((s) => {
          const current = target.kind === s.target.kind
          return (
            <button
              key={s.label}
              type="button"
              className={`${styles.navItem} ${current ? styles.current : ''}`}
              aria-current={current ? 'page' : undefined}
              onClick={() => selectionStore.getState().inspect(s.target)}
            >
              <span>{s.label}</span>
              {s.count && <span className={styles.count}>{s.count(counts)}</span>}
            </button>
          )
        })}
      </nav>
    </Pane>
  )
}
