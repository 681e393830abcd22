import { useState } from 'react'
import { deleteStage, deploy, updateStage } from '../../../core/model/commands'
import { STAGE_NAME } from '../../../core/model/commands/deploy/stage'
import type { Stage } from '../../../core/model/deploy/Stage'
import type { Project } from '../../../core/model/project'
import type { RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { TextField } from '../../../ui/TextField'
import { diffRestApis } from '../deployments/diffRestApis'
import {
  CheckboxProp,
  FieldError,
  FormHeader,
  keep,
  Note,
  Section,
  SelectProp,
  TextProp,
} from '../fields/fields'
import { KeyValueEditor } from '../fields/KeyValueEditor'
import { useTryEdit } from '../fields/useTryEdit'
import { percentage } from '../validation/fieldRules'
import styles from './forms.module.css'

const VARIABLE_NAME = (v: string) =>
  /^[A-Za-z0-9_]{1,64}$/.test(v) ? undefined : 'Stage variable names are 1–64 letters, digits or underscores.'
const VARIABLE_VALUE = (v: string) =>
  /^[A-Za-z0-9\-._~:/?#&=,]{0,512}$/.test(v)
    ? undefined
    : 'Values are at most 512 characters of letters, digits and - . _ ~ : / ? # & = ,'

/** How many changes the working copy has that the stage's deployment does not. */
export function undeployedChanges(project: Project, api: RestApi, stage: Stage): number {
  const deployment = project.deployments.find((d) => d.id === stage.deploymentId)
  if (deployment?.snapshot.kind !== 'rest') return -1
  return diffRestApis(deployment.snapshot.api, api).length
}

/** Stages of the API: deploy (with a description), stage variables, canary, and the invoke URL. */
export function StagesForm({
  project,
  api,
  stageName,
}: {
  project: Project
  api: RestApi
  stageName?: string
}) {
  const stages = project.stages.filter((s) => s.apiId === api.id)
  const stage = stages.find((s) => s.stageName === stageName) ?? stages[0]
  return (
    <div className={styles.form}>
      <FormHeader title="Stages" subtitle={<span>{api.name}</span>} />
      <DeploySection project={project} api={api} stages={stages} defaultStage={stage?.stageName} />
      {stages.length > 0 && (
        <Section title={`Stages (${stages.length})`}>
          <ul className={styles.list}>
            {stages.map((s) => {
              const pending = undeployedChanges(project, api, s)
              return (
                <li
                  key={s.stageName}
                  className={`${styles.listItem} ${s === stage ? styles.listItemSelected : ''}`}
                >
                  <button
                    type="button"
                    className={styles.listButton}
                    aria-current={s === stage ? 'true' : undefined}
                    onClick={() =>
                      selectionStore.getState().inspect({ kind: 'stages', stageName: s.stageName })
                    }
                  >
                    <strong>{s.stageName}</strong>
                    {s.canarySettings && (
                      <span className={`${styles.pill} ${styles.pillAccent}`}>canary</span>
                    )}
                    <span className={styles.meta}>
                      {pending === -1 ? (
                        <span className={`${styles.pill} ${styles.pillWarning}`}>not deployed</span>
                      ) : pending > 0 ? (
                        <span className={`${styles.pill} ${styles.pillWarning}`}>
                          {pending} undeployed change{pending === 1 ? '' : 's'}
                        </span>
                      ) : (
                        <span className={styles.pill}>up to date</span>
                      )}
                    </span>
                  </button>
                </li>
              )
            })}
          </ul>
        </Section>
      )}
      {stage && <StageDetails key={stage.stageName} project={project} api={api} stage={stage} />}
    </div>
  )
}

function DeploySection({
  project,
  api,
  stages,
  defaultStage,
}: {
  project: Project
  api: RestApi
  stages: Stage[]
  defaultStage: string | undefined
}) {
  const tryEdit = useTryEdit()
  const [target, setTarget] = useState(defaultStage ?? '*new*')
  const [newName, setNewName] = useState(stages.length === 0 ? 'dev' : '')
  const [description, setDescription] = useState('')
  const [result, setResult] = useState<{ ok: boolean; text: string; deploymentId?: string } | undefined>(
    undefined,
  )
  // A success about a deployment that undo took away would mislead: show it only while it exists.
  const message =
    result?.deploymentId && !project.deployments.some((d) => d.id === result.deploymentId)
      ? undefined
      : result
  const creating = target === '*new*'
  const nameProblem =
    creating && !STAGE_NAME.test(newName)
      ? 'Stage names use letters, digits, - and _ (at most 128).'
      : undefined
  const stageName = creating ? newName : target
  const submit = () => {
    if (nameProblem) return
    let id = ''
    const error = tryEdit(deploy, ({ ids, nowIso }) => {
      id = ids.shortId(6).toLowerCase()
      return {
        apiId: api.id,
        deploymentId: id,
        createdDate: nowIso,
        stageName,
        ...(description.trim() === '' ? {} : { description: description.trim() }),
      }
    })
    setResult(
      error
        ? { ok: false, text: error }
        : { ok: true, text: `Deployed to ${stageName} (deployment ${id}).`, deploymentId: id },
    )
    if (!error) {
      setDescription('')
      setTarget(stageName)
      selectionStore.getState().inspect({ kind: 'stages', stageName })
    }
  }
  return (
    <Section title="Deploy API">
      <form
        className={styles.body}
        style={{ padding: 0 }}
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <SelectProp
          label="Stage"
          value={target}
          options={[
            ...stages.map((s) => ({ value: s.stageName, label: s.stageName })),
            { value: '*new*', label: 'New stage…' },
          ]}
          onChange={keep(setTarget)}
        />
        {creating && (
          <TextField
            label="Stage name"
            value={newName}
            monospace
            error={newName === '' ? null : (nameProblem ?? null)}
            onChange={(e) => setNewName(e.target.value)}
          />
        )}
        <TextField
          label="Deployment description"
          value={description}
          placeholder="What changed"
          onChange={(e) => setDescription(e.target.value)}
        />
        <div className={styles.actions}>
          <Button
            type="submit"
            variant="primary"
            disabled={creating && (newName === '' || nameProblem !== undefined)}
          >
            Deploy
          </Button>
          {message &&
            (message.ok ? (
              <span role="status" className={styles.muted}>
                {message.text}
              </span>
            ) : (
              <FieldError>{message.text}</FieldError>
            ))}
        </div>
        <span className={styles.muted}>
          {project.deployments.filter((d) => d.apiId === api.id).length} deployment(s) so far. A deployment is
          a frozen copy: later edits reach a stage only when you deploy again.
        </span>
      </form>
    </Section>
  )
}

function StageDetails({ project, api, stage }: { project: Project; api: RestApi; stage: Stage }) {
  const tryEdit = useTryEdit()
  const deployments = project.deployments.filter((d) => d.apiId === api.id)
  const patch = (p: Parameters<typeof updateStage.apply>[1]['patch'], field: string) =>
    tryEdit(
      updateStage,
      ({ nowIso }) => ({ apiId: api.id, stageName: stage.stageName, patch: p, lastUpdatedDate: nowIso }),
      `stage:${api.id}:${stage.stageName}:${field}`,
    )
  const deploymentOptions = deployments.map((d) => ({
    value: d.id,
    label: `${d.id} · ${d.createdDate.slice(0, 16).replace('T', ' ')}${d.description ? ` · ${d.description}` : ''}`,
  }))
  const canary = stage.canarySettings
  return (
    <>
      <Section title={`Stage ${stage.stageName}`}>
        <div className={styles.muted}>
          Invoke URL:{' '}
          <code className={styles.mono}>
            https://{api.id}.execute-api.{project.settings.region}.amazonaws.com/{stage.stageName}
          </code>
        </div>
        <TextProp
          label="Stage description"
          value={stage.description ?? ''}
          optional
          onCommit={(v) => patch({ description: v === '' ? null : v }, 'description')}
        />
        {deploymentOptions.length > 0 && (
          <SelectProp
            label="Deployment"
            hint="The frozen copy of the API this stage serves."
            value={stage.deploymentId ?? ''}
            options={[...(stage.deploymentId ? [] : [{ value: '', label: 'None' }]), ...deploymentOptions]}
            onChange={(v) => patch({ deploymentId: v }, 'deployment')}
          />
        )}
      </Section>
      <Section title="Stage variables">
        <KeyValueEditor
          label="Stage variables"
          entries={Object.entries(stage.variables)}
          keyLabel="Name"
          valueLabel="Value"
          keyRules={[VARIABLE_NAME]}
          valueRules={[VARIABLE_VALUE]}
          newValue=""
          onCommit={(e) => patch({ variables: Object.fromEntries(e) }, 'variables')}
          addLabel="Add stage variable"
          emptyText="No stage variables. Templates read them as $stageVariables.name."
        />
      </Section>
      <Section title="Canary" defaultOpen={canary !== undefined} changed={canary !== undefined}>
        {deployments.length === 0 ? (
          <Note>Deploy at least once to set up a canary.</Note>
        ) : (
          <>
            <CheckboxProp
              label="Canary deployment"
              hint="Send a share of requests to another deployment, with its own stage variable overrides."
              checked={canary !== undefined}
              onChange={(on) =>
                patch(
                  {
                    canarySettings: on
                      ? {
                          deploymentId: stage.deploymentId ?? deployments[deployments.length - 1]!.id,
                          percentTraffic: 10,
                          stageVariableOverrides: {},
                        }
                      : null,
                  },
                  'canary',
                )
              }
            />
            {canary && (
              <>
                <TextProp
                  label="Requests directed to the canary (%)"
                  value={String(canary.percentTraffic)}
                  rules={[percentage]}
                  onCommit={(v) =>
                    patch({ canarySettings: { ...canary, percentTraffic: Number(v) } }, 'canary-percent')
                  }
                />
                <SelectProp
                  label="Canary deployment"
                  value={canary.deploymentId}
                  options={deploymentOptions}
                  onChange={(v) =>
                    patch({ canarySettings: { ...canary, deploymentId: v } }, 'canary-deployment')
                  }
                />
                <KeyValueEditor
                  label="Canary stage variable overrides"
                  entries={Object.entries(canary.stageVariableOverrides)}
                  keyLabel="Name"
                  valueLabel="Value"
                  keyRules={[VARIABLE_NAME]}
                  valueRules={[VARIABLE_VALUE]}
                  newValue=""
                  onCommit={(e) =>
                    patch(
                      { canarySettings: { ...canary, stageVariableOverrides: Object.fromEntries(e) } },
                      'canary-vars',
                    )
                  }
                  addLabel="Add override"
                  emptyText="The canary uses the stage's variables."
                />
                <div className={styles.actions}>
                  <Button
                    size="sm"
                    onClick={() =>
                      patch({ deploymentId: canary.deploymentId, canarySettings: null }, 'canary-promote')
                    }
                  >
                    Promote canary
                  </Button>
                </div>
              </>
            )}
          </>
        )}
      </Section>
      <Section title="Delete stage" defaultOpen={false}>
        <Button
          size="sm"
          variant="danger"
          icon="trash"
          onClick={() => {
            const error = tryEdit(deleteStage, { apiId: api.id, stageName: stage.stageName })
            if (!error) selectionStore.getState().inspect({ kind: 'stages' })
          }}
        >
          Delete stage {stage.stageName}
        </Button>
      </Section>
    </>
  )
}
