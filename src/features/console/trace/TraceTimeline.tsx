import { useState } from 'react'
import type { RequestTrace } from '../../../core/gateway/trace/RequestTrace'
import type { HttpMethod } from '../../../core/model/rest/RestApi'
import { type InspectorTarget, selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { Icon } from '../../../ui/Icon'
import { formatDuration } from '../response/bodyView'
import styles from './TraceTimeline.module.css'
import { type TraceSection, type TraceStep, traceSpan, traceSteps } from './traceSteps'

/** The inspector screen that shows the part of the method a step ran. */
function inspectorTargetFor(step: TraceStep, trace: RequestTrace): InspectorTarget | undefined {
  const value = (label: string) => {
    const s = step.sections.find((x) => x.label === label)
    return s?.kind === 'value' ? s.value : undefined
  }
  switch (step.stage) {
    case 'route':
    case 'method-request':
      return { kind: 'methodRequest' }
    case 'integration-request':
      return { kind: 'integrationRequest' }
    case 'integration':
      return { kind: 'integration' }
    case 'integration-response': {
      const key = value('Matched integration response')
      return key ? { kind: 'integrationResponse', key } : { kind: 'integration' }
    }
    case 'gateway-response':
      return trace.gatewayResponseType
        ? { kind: 'gatewayResponses', responseType: trace.gatewayResponseType }
        : { kind: 'gatewayResponses' }
    default:
      return undefined
  }
}

function Section({ section }: { section: TraceSection }) {
  if (section.kind === 'value')
    return (
      <div className={styles.value}>
        <dt>{section.label}</dt>
        <dd>{section.value}</dd>
      </div>
    )
  if (section.kind === 'list')
    return (
      <div className={styles.block}>
        <dt>{section.label}</dt>
        <dd>
          <ul className={styles.list}>
            {section.items.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: items may repeat; order is identity
              <li key={i}>{item}</li>
            ))}
          </ul>
        </dd>
      </div>
    )
  if (section.kind === 'pairs')
    return (
      <div className={styles.block}>
        <dt>{section.label}</dt>
        <dd>
          <table className={styles.pairs}>
            <tbody>
              {section.rows.map(([k, v], i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: repeated names are allowed; order is identity
                <tr key={`${i}-${k}`}>
                  <th scope="row">{k}</th>
                  <td>{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </dd>
      </div>
    )
  return (
    <div className={styles.block}>
      <dt>{section.label}</dt>
      <dd>
        <pre className={styles.pre}>{section.text === '' ? '(empty)' : section.text}</pre>
      </dd>
    </div>
  )
}

/**
 * The trace as a timeline of API Gateway's stages, each with its duration and, opened, its
 * input and output: the mapped integration request, each template and its output, the
 * integration's answer, which integration response matched and why, the gateway response.
 */
export function TraceTimeline({ trace }: { trace: RequestTrace }) {
  const steps = traceSteps(trace)
  const span = traceSpan(trace) || 1
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () => new Set(steps.filter((s) => s.failed).map((s) => s.key)),
  )
  const toggle = (key: string) => {
    const next = new Set(open)
    if (next.has(key)) next.delete(key)
    else next.add(key)
    setOpen(next)
  }
  const allOpen = steps.length > 0 && steps.every((s) => open.has(s.key))
  const showInFlow = (step: TraceStep) => {
    const target = inspectorTargetFor(step, trace)
    if (!trace.apiId || !target) return
    const sel = selectionStore.getState()
    sel.selectApi(trace.apiId)
    if (trace.resourceId && trace.httpMethod)
      sel.selectMethod(trace.resourceId, trace.httpMethod as HttpMethod, true)
    sel.inspect(target)
  }

  return (
    <div className={styles.trace}>
      <div className={styles.toolbar}>
        <span className={styles.meta}>
          Request id <code>{trace.requestId}</code>
          {trace.latencyMs !== undefined && ` · pipeline ${formatDuration(trace.latencyMs)}`}
          {trace.integrationLatencyMs !== undefined &&
            ` · integration ${formatDuration(trace.integrationLatencyMs)}`}
        </span>
        {steps.length > 0 && (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => setOpen(allOpen ? new Set() : new Set(steps.map((s) => s.key)))}
          >
            {allOpen ? 'Collapse all' : 'Expand all'}
          </Button>
        )}
      </div>
      {trace.notEmulated.length > 0 && (
        <ul className={styles.notEmulated} aria-label="Not emulated">
          {trace.notEmulated.map((n) => (
            <li key={n}>
              <Icon name="alert" size={14} /> {n}
            </li>
          ))}
        </ul>
      )}
      <ol className={styles.steps} aria-label="Pipeline stages">
        {steps.map((step) => {
          const expanded = open.has(step.key)
          const canShow = trace.apiId !== undefined && inspectorTargetFor(step, trace) !== undefined
          return (
            <li
              key={step.key}
              className={styles.step}
              data-outcome={step.outcome}
              data-failed={step.failed || undefined}
              data-stage={step.stage}
            >
              <button
                type="button"
                className={styles.head}
                aria-expanded={expanded}
                onClick={() => toggle(step.key)}
              >
                <Icon name={expanded ? 'chevronDown' : 'chevronRight'} size={14} className={styles.chevron} />
                <span className={styles.dot} aria-hidden="true" />
                <span className={styles.title}>{step.title}</span>
                <span className={styles.summary}>{step.summary}</span>
                <span className={styles.track} aria-hidden="true">
                  <span
                    className={styles.bar}
                    style={{
                      left: `${(step.offsetMs / span) * 100}%`,
                      width: `max(2px, ${(step.durationMs / span) * 100}%)`,
                    }}
                  />
                </span>
                <span className={styles.duration}>
                  {step.outcome === 'note' ? '' : formatDuration(step.durationMs)}
                </span>
              </button>
              {expanded && (
                <div className={styles.details}>
                  {step.sections.length === 0 ? (
                    <p className={styles.none}>Nothing more recorded for this stage.</p>
                  ) : (
                    <dl className={styles.sections}>
                      {step.sections.map((s) => (
                        <Section key={s.label} section={s} />
                      ))}
                    </dl>
                  )}
                  {canShow && (
                    <Button size="sm" variant="ghost" onClick={() => showInFlow(step)}>
                      Show in method flow
                    </Button>
                  )}
                </div>
              )}
            </li>
          )
        })}
      </ol>
      {trace.functionLogs.length > 0 && (
        <section className={styles.extra} aria-label="Lambda function logs">
          <h3>Lambda function logs</h3>
          <pre className={styles.pre}>{trace.functionLogs.join('\n')}</pre>
        </section>
      )}
      {trace.accessLogLine !== undefined && (
        <section className={styles.extra} aria-label="Access log">
          <h3>Access log line</h3>
          <pre className={styles.pre}>{trace.accessLogLine}</pre>
        </section>
      )}
    </div>
  )
}
