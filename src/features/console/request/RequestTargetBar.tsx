import { memo, useCallback, useEffect, useMemo, useState } from 'react'
import { deploy } from '../../../core/model/commands/deploy/deploy'
import type { Deployment } from '../../../core/model/deploy/Stage'
import { HTTP_METHODS, type RestApi } from '../../../core/model/rest/RestApi'
import type { RequestDraft } from '../../../state/consoleStore'
import { useDispatch, useProject } from '../../../state/useProjectStore'
import { Button } from '../../../ui/Button'
import { useConsole, useConsoleStoreApi } from '../ConsoleContext'
import type { BuiltRequest } from './buildRequest'
import { hasUndeployedChanges, type MethodTarget, stageTarget } from './methodTargets'
import styles from './RequestTargetBar.module.css'
import { stagesOf, targetsFor, withMethod } from './retarget'

const VERBS = HTTP_METHODS.filter((m) => m !== 'ANY')

/**
 * The first row of the console: API, stage (with "undeployed changes" and Deploy), the method
 * to call, the URL that will be fetched (editable: typing makes it a raw URL), and Send.
 */
export function RequestTargetBar({ built, onSend }: { built: BuiltRequest; onSend: () => void }) {
  const project = useProject()
  const dispatch = useDispatch()
  const store = useConsoleStoreApi()
  const draft = useConsole((s) => s.draft)
  const sending = useConsole((s) => s.sending)
  const update = (patch: Partial<RequestDraft>) => store.getState().updateDraft(patch)
  const [deployError, setDeployError] = useState<string>()

  const api = project.restApis.find((a) => a.id === draft.apiId)
  const stages = draft.apiId === undefined ? [] : stagesOf(project, draft.apiId)
  const target =
    draft.apiId && draft.stageName ? stageTarget(project, draft.apiId, draft.stageName) : undefined
  const targets = useMemo(
    () => (draft.apiId === undefined ? [] : targetsFor(project, draft.apiId, draft.stageName)),
    [project, draft.apiId, draft.stageName],
  )
  const stale = useUndeployedChanges(api, target ? (target.deployment ?? null) : undefined)

  const runDeploy = () => {
    if (!api) return
    const stageName = draft.stageName ?? 'dev'
    const result = dispatch(deploy, ({ ids, nowIso }) => ({
      apiId: api.id,
      deploymentId: ids.shortId(6),
      createdDate: nowIso,
      stageName,
      description: 'Deployed from the console',
    }))
    if (result.ok) {
      setDeployError(undefined)
      if (draft.stageName === undefined) update({ stageName })
    } else setDeployError(result.error.message)
  }

  const chooseMethod = useCallback(
    (t: MethodTarget) => store.getState().setDraft(withMethod(store.getState().draft, t)),
    [store],
  )
  const url = draft.rawUrl ?? (built.ok ? built.request.url : '')
  const selectedTarget = `${draft.resourceId ?? ''} ${draft.methodKey ?? ''}`
  const isAny = draft.rawUrl === undefined && draft.methodKey === 'ANY'

  return (
    <div className={styles.bar}>
      <div className={styles.row}>
        <label className={styles.field}>
          <span className={styles.label}>API</span>
          <select
            className={styles.select}
            value={draft.apiId ?? ''}
            onChange={(e) => {
              const { stageName: _s, resourceId: _r, methodKey: _m, rawUrl: _u, ...rest } = draft
              store.getState().setDraft({ ...rest, apiId: e.target.value })
            }}
            disabled={project.restApis.length === 0}
          >
            {project.restApis.length === 0 && <option value="">No REST APIs</option>}
            {project.restApis.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span className={styles.label}>Stage</span>
          <select
            className={styles.select}
            value={draft.stageName ?? ''}
            onChange={(e) => {
              const { rawUrl: _u, ...rest } = draft
              store.getState().setDraft({ ...rest, stageName: e.target.value })
            }}
            disabled={stages.length === 0}
          >
            {stages.length === 0 && <option value="">No stages</option>}
            {stages.map((s) => (
              <option key={s.stageName} value={s.stageName}>
                {s.deploymentId === undefined ? `${s.stageName} (not deployed)` : s.stageName}
              </option>
            ))}
          </select>
        </label>
        {api && (stages.length === 0 || stale) && (
          <span className={styles.deploy}>
            <span className={styles.badge} title="The stage serves the API as it was when last deployed">
              {stages.length === 0
                ? 'Not deployed'
                : target?.deployment
                  ? 'Undeployed changes'
                  : 'Stage not deployed'}
            </span>
            <Button size="sm" icon="upload" onClick={runDeploy}>
              {`Deploy to ${draft.stageName ?? 'dev'}`}
            </Button>
          </span>
        )}
        <div className={`${styles.field} ${styles.grow}`}>
          <span className={styles.label} aria-hidden="true">
            Resource and method
          </span>
          <MethodSelect targets={targets} value={selectedTarget} onChoose={chooseMethod} />
        </div>
      </div>
      {deployError && (
        <p className={styles.error} role="alert">
          Deploy failed: {deployError}
        </p>
      )}
      <div className={styles.row}>
        {isAny || draft.rawUrl !== undefined ? (
          <select
            className={`${styles.select} ${styles.verb}`}
            aria-label={isAny ? 'Method for ANY' : 'HTTP method'}
            value={draft.method}
            onChange={(e) => update({ method: e.target.value })}
          >
            {VERBS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        ) : (
          <span className={styles.verbFixed} data-method={draft.method}>
            {draft.method}
          </span>
        )}
        <input
          className={styles.url}
          aria-label="Request URL"
          value={url}
          spellCheck={false}
          placeholder="https://{api-id}.execute-api.{region}.amazonaws.com/{stage}/…"
          onChange={(e) => update({ rawUrl: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault()
              onSend()
            }
          }}
        />
        {draft.rawUrl !== undefined && (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              const { rawUrl: _u, ...rest } = draft
              store.getState().setDraft(rest)
            }}
            title="Build the URL from the API, stage and method again"
          >
            Use method
          </Button>
        )}
        {sending ? (
          <Button variant="secondary" icon="close" onClick={() => store.getState().cancel()} shortcut="Esc">
            Cancel
          </Button>
        ) : (
          <Button
            variant="primary"
            onClick={onSend}
            disabled={!built.ok}
            title={built.ok ? undefined : built.error}
            shortcut="Ctrl+Enter"
          >
            Send
          </Button>
        )}
      </div>
    </div>
  )
}

/** Wait this long after the last edit before comparing the API with its deployment (large APIs take tens of ms). */
const UNDEPLOYED_CHECK_DELAY_MS = 300

/**
 * Whether the stage serves an older copy of the API. `deployment` is `null` for a stage never
 * deployed and `undefined` when there is no stage. Re-checked a moment after edits stop, so
 * typing in the designer never waits for the comparison.
 */
function useUndeployedChanges(api: RestApi | undefined, deployment: Deployment | null | undefined): boolean {
  const [stale, setStale] = useState(false)
  const [checkedDeployment, setCheckedDeployment] = useState<Deployment | null | undefined>(undefined)
  useEffect(() => {
    if (!api || deployment === undefined) {
      setStale(false)
      return
    }
    const check = () => {
      setStale(hasUndeployedChanges(api, deployment ?? undefined))
      setCheckedDeployment(deployment)
    }
    // A new deployment (Deploy was just pressed) is checked at once; edits after a pause.
    if (deployment !== checkedDeployment) {
      check()
      return
    }
    const timer = setTimeout(check, UNDEPLOYED_CHECK_DELAY_MS)
    return () => clearTimeout(timer)
  }, [api, deployment, checkedDeployment])
  return stale
}

/** The method picker; memoised, since a large API has thousands of options and the form re-renders as you type. */
const MethodSelect = memo(function MethodSelect({
  targets,
  value,
  onChoose,
}: {
  targets: readonly MethodTarget[]
  value: string
  onChoose: (target: MethodTarget) => void
}) {
  return (
    <select
      className={styles.select}
      aria-label="Resource and method"
      value={value}
      onChange={(e) => {
        const t = targets.find((x) => `${x.resourceId} ${x.methodKey}` === e.target.value)
        if (t) onChoose(t)
      }}
      disabled={targets.length === 0}
    >
      {targets.length === 0 && <option value=" ">No methods</option>}
      {targets.map((t) => (
        <option key={`${t.resourceId} ${t.methodKey}`} value={`${t.resourceId} ${t.methodKey}`}>
          {`${t.methodKey} ${t.path}`}
        </option>
      ))}
    </select>
  )
})
