import { useState } from 'react'
import { formatRequestTime } from '../../../core/gateway/context/formatRequestTime'
import { updateFunction } from '../../../core/model/commands'
import type { Project } from '../../../core/model/project'
import type { LambdaInvocationResult } from '../../../core/ports/LambdaRuntime'
import { useDispatch } from '../../../state/useProjectStore'
import { Button } from '../../../ui/Button'
import { useLambdaRuntime } from '../function/LambdaRuntimeContext'
import { sampleProxyEvent } from '../function/sampleProxyEvent'
import { LazyCodeEditor } from '../monaco/LazyCodeEditor'
import { useDebouncedCommit } from '../useDebouncedCommit'
import styles from './Dock.module.css'
import { DockHeader } from './MappingTemplateEditor'

const events = new Map<string, string>()

function defaultEvent(project: Project): string {
  const api = project.restApis[0]
  const now = Date.now()
  return JSON.stringify(
    sampleProxyEvent({
      httpMethod: 'GET',
      resource: '/pets/{petId}',
      path: '/pets/1',
      pathParameters: { petId: '1' },
      query: { verbose: 'true' },
      apiId: api?.id ?? 'abc123defg',
      stage: project.stages.find((s) => s.apiId === api?.id)?.stageName ?? 'dev',
      accountId: project.settings.accountId,
      region: project.settings.region,
      body: null,
      requestTimeEpoch: now,
      requestTime: formatRequestTime(now),
    }),
    null,
    2,
  )
}

/** A Lambda function's code, a sample proxy event, and Run: the result and the console output. */
export function FunctionEditor({ project, name }: { project: Project; name: string }) {
  const dispatch = useDispatch()
  const runtime = useLambdaRuntime()
  const fn = project.functions.find((f) => f.name === name)
  const { text, onChange, flush } = useDebouncedCommit(fn?.code ?? '', (code) =>
    dispatch(updateFunction, { name, patch: { code } }, { mergeKey: `function-code:${name}` }),
  )
  const [event, setEvent] = useState(() => events.get(name) ?? defaultEvent(project))
  // What the event editor shows from outside (first open, Reset); typing only updates `event`.
  const [eventDoc, setEventDoc] = useState(event)
  const [running, setRunning] = useState(false)
  const [result, setResult] = useState<
    LambdaInvocationResult | { kind: 'bad-event'; message: string } | null
  >(null)
  if (!fn) return <div className={styles.empty}>This function no longer exists.</div>

  const run = async () => {
    flush()
    try {
      JSON.parse(event)
    } catch (e) {
      setResult({ kind: 'bad-event', message: `The event is not JSON: ${(e as Error).message}` })
      return
    }
    if (!runtime) return
    setRunning(true)
    try {
      const r = await runtime.invoke({
        fn: { ...fn, code: text },
        payload: event,
        requestId: crypto.randomUUID(),
        functionArn: `arn:aws:lambda:${project.settings.region}:${project.settings.accountId}:function:${fn.name}`,
        region: project.settings.region,
        callerTimeoutMs: fn.timeout * 1000 + 1000,
      })
      setResult(r)
    } finally {
      setRunning(false)
    }
  }
  return (
    <>
      <DockHeader title="Lambda function" subtitle={`${fn.name} · ${fn.runtime} · ${fn.handler}`}>
        <Button
          size="sm"
          variant="primary"
          onClick={run}
          disabled={running || !runtime}
          shortcut="Ctrl+Enter"
          title={runtime ? undefined : 'No sandbox available in this window'}
        >
          {running ? 'Running…' : 'Run'}
        </Button>
      </DockHeader>
      <div className={styles.columns}>
        <section className={styles.column} aria-label="Function code">
          <div className={styles.columnHeader}>
            <span>{fn.handler.split('.')[0]}.mjs</span>
          </div>
          <div className={styles.editor}>
            <LazyCodeEditor
              path={`functions/${fn.name}/index.mjs`}
              language="javascript"
              value={fn.code}
              onChange={onChange}
              onBlur={flush}
              onRun={run}
              ariaLabel={`Code of ${fn.name}`}
            />
          </div>
        </section>
        <section className={styles.column} aria-label="Test event">
          <div className={styles.columnHeader}>
            <span>Event (Lambda proxy)</span>
            <button
              type="button"
              className={styles.tab}
              onClick={() => {
                const fresh = defaultEvent(project)
                events.delete(name)
                setEvent(fresh)
                setEventDoc(fresh)
              }}
            >
              Reset
            </button>
          </div>
          <div className={styles.editor}>
            <LazyCodeEditor
              path={`functions/${fn.name}/event.json`}
              language="json"
              value={eventDoc}
              onChange={(v) => {
                events.set(name, v)
                setEvent(v)
              }}
              onRun={run}
              ariaLabel="Test event"
              compact
            />
          </div>
        </section>
        <section className={styles.column} aria-label="Result">
          <div className={styles.columnHeader}>
            <span>Result</span>
            {result && result.kind !== 'bad-event' && 'durationMs' in result && (
              <span className={styles.badge}>{result.durationMs.toFixed(0)} ms</span>
            )}
          </div>
          <RunResult result={result} />
        </section>
      </div>
    </>
  )
}

function pretty(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2)
  } catch {
    return payload
  }
}

function RunResult({
  result,
}: {
  result: LambdaInvocationResult | { kind: 'bad-event'; message: string } | null
}) {
  if (!result)
    return <div className={styles.empty}>Press Run (Ctrl+Enter) to invoke the function with the event.</div>
  if (result.kind === 'bad-event')
    return (
      <div className={styles.errorBox} role="alert">
        {result.message}
      </div>
    )
  const logs = 'logs' in result ? result.logs : []
  return (
    <>
      {result.kind === 'success' && (
        <>
          <div className={`${styles.status} ${styles.ok}`} data-testid="run-status">
            Succeeded
          </div>
          <pre className={styles.output} data-testid="run-output">
            {pretty(result.payload)}
          </pre>
        </>
      )}
      {(result.kind === 'function-error' || result.kind === 'init-error') && (
        <div className={styles.errorBox} role="alert" data-testid="run-status">
          <strong>
            {result.errorType}: {result.errorMessage}
          </strong>
          {result.kind === 'function-error' && result.stackTrace.length > 0 && (
            <pre>{result.stackTrace.join('\n')}</pre>
          )}
        </div>
      )}
      {result.kind === 'caller-timeout' && (
        <div className={styles.errorBox} role="alert" data-testid="run-status">
          The function did not answer in time.
        </div>
      )}
      <pre className={styles.logs} title="Console output" data-testid="run-logs">
        {logs.length > 0 ? logs.join('\n') : 'No console output.'}
      </pre>
    </>
  )
}
