import { useMemo, useState } from 'react'
import { deleteDeployment } from '../../../core/model/commands'
import type { Project } from '../../../core/model/project'
import type { RestApi } from '../../../core/model/rest/RestApi'
import { Button } from '../../../ui/Button'
import { type ApiChange, diffRestApis } from '../deployments/diffRestApis'
import { FieldError, FormHeader, keep, Section, SelectProp } from '../fields/fields'
import { useTryEdit } from '../fields/useTryEdit'
import diffStyles from './DeploymentsForm.module.css'
import styles from './forms.module.css'

const WORKING = '*working*'

/** Deployment history, newest first, and the differences between any two (or the working copy). */
export function DeploymentsForm({ project, api }: { project: Project; api: RestApi }) {
  const tryEdit = useTryEdit()
  const deployments = project.deployments
    .filter((d) => d.apiId === api.id)
    .slice()
    .sort((a, b) =>
      a.createdDate < b.createdDate ? 1 : a.createdDate > b.createdDate ? -1 : b.id.localeCompare(a.id),
    )
  const [from, setFrom] = useState(deployments[1]?.id ?? deployments[0]?.id ?? '')
  const [to, setTo] = useState(deployments[1] ? (deployments[0]?.id ?? WORKING) : WORKING)
  const [error, setError] = useState<string | undefined>(undefined)
  const snapshot = (id: string): RestApi | undefined => {
    if (id === WORKING) return api
    const d = deployments.find((x) => x.id === id)
    return d?.snapshot.kind === 'rest' ? d.snapshot.api : undefined
  }
  const a = snapshot(from)
  const b = snapshot(to)
  const changes = useMemo(() => (a && b ? diffRestApis(a, b) : []), [a, b])
  const options = [
    ...deployments.map((d) => ({
      value: d.id,
      label: `${d.id} · ${d.createdDate.slice(0, 16).replace('T', ' ')}${d.description ? ` · ${d.description}` : ''}`,
    })),
    { value: WORKING, label: 'Working copy (not deployed)' },
  ]
  return (
    <div className={styles.form}>
      <FormHeader title="Deployment history" subtitle={<span>{api.name}</span>} />
      <Section title={`Deployments (${deployments.length})`}>
        {deployments.length === 0 ? (
          <p className={styles.muted}>Nothing deployed yet. Deploy from Stages.</p>
        ) : (
          <ul className={styles.list}>
            {deployments.map((d) => {
              const on = project.stages
                .filter((s) => s.apiId === api.id && s.deploymentId === d.id)
                .map((s) => s.stageName)
              return (
                <li key={d.id} className={styles.listItem}>
                  <div
                    style={{
                      display: 'flex',
                      flexDirection: 'column',
                      minWidth: 0,
                      flex: 1,
                      padding: '4px 0',
                    }}
                  >
                    <span>
                      <code className={styles.mono}>{d.id}</code> ·{' '}
                      {d.createdDate.slice(0, 19).replace('T', ' ')} UTC
                    </span>
                    <span className={styles.muted}>{d.description ?? 'No description'}</span>
                  </div>
                  {on.map((s) => (
                    <span key={s} className={`${styles.pill} ${styles.pillAccent}`}>
                      {s}
                    </span>
                  ))}
                  {on.length === 0 && (
                    <Button
                      size="sm"
                      variant="ghost"
                      icon="trash"
                      label={`Delete deployment ${d.id}`}
                      onClick={() =>
                        setError(tryEdit(deleteDeployment, { apiId: api.id, deploymentId: d.id }))
                      }
                    />
                  )}
                </li>
              )
            })}
          </ul>
        )}
        {error && <FieldError>{error}</FieldError>}
      </Section>
      {deployments.length > 0 && (
        <Section title="Compare">
          <div className={styles.row}>
            <SelectProp label="From" value={from} options={options} onChange={keep(setFrom)} />
            <SelectProp label="To" value={to} options={options} onChange={keep(setTo)} />
          </div>
          <ChangeList changes={changes} />
        </Section>
      )}
    </div>
  )
}

function ChangeList({ changes }: { changes: ApiChange[] }) {
  if (changes.length === 0) return <p className={styles.muted}>No differences.</p>
  return (
    <ul className={diffStyles.changes} aria-label="Differences">
      {changes.map((c) => (
        <li key={`${c.kind} ${c.subject} ${c.field ?? ''}`} className={diffStyles[c.kind]}>
          <span className={diffStyles.sign} aria-hidden>
            {c.kind === 'added' ? '+' : c.kind === 'removed' ? '−' : '~'}
          </span>
          <span className={diffStyles.subject}>
            {c.subject}
            {c.field && <span className={diffStyles.field}> {c.field}</span>}
            <span className={diffStyles.kindLabel}> {c.kind}</span>
          </span>
          {c.kind === 'changed' && (
            <span className={diffStyles.values}>
              <del>{c.before ?? '(not set)'}</del>
              <ins>{c.after ?? '(not set)'}</ins>
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}
