import { useState } from 'react'
import type { HistoryEntry } from '../../../state/consoleStore'
import { EmptyState } from '../../../ui/EmptyState'
import { Icon } from '../../../ui/Icon'
import { CodePanel } from '../code/CodePanel'
import { Tabs } from '../Tabs'
import { LogPanel } from '../trace/LogPanel'
import { TraceTimeline } from '../trace/TraceTimeline'
import { BodyPanel } from './BodyPanel'
import { formatDuration, formatSize } from './bodyView'
import { HeadersPanel } from './HeadersPanel'
import styles from './ResponseView.module.css'
import { StatusChip } from './StatusChip'

type ResponseTab = 'body' | 'headers' | 'trace' | 'log' | 'code'

/** The CORS verdict the emulator noted, when a real browser would have refused the response. */
function corsWarning(entry: HistoryEntry): string | undefined {
  const note = entry.trace?.events.find((e) => e.stage === 'cors')
  return note && note.details.allowed === false ? note.summary : undefined
}

/** One response: status, time, size, then Body, Headers, Trace, Log and Code. */
export function ResponseView({ entry }: { entry: HistoryEntry }) {
  const [tab, setTab] = useState<ResponseTab>('body')
  const { response, trace } = entry
  const cors = corsWarning(entry)
  const tabs: { id: ResponseTab; label: string; badge?: string | number }[] = [
    { id: 'body', label: 'Body' },
    { id: 'headers', label: 'Headers', ...(response ? { badge: response.headers.length } : {}) },
    { id: 'trace', label: 'Trace', ...(trace ? { badge: trace.events.length } : {}) },
    { id: 'log', label: 'Log' },
    { id: 'code', label: 'Code' },
  ]
  return (
    <div className={styles.view}>
      <div className={styles.summary} data-testid="response-summary">
        {response ? (
          <StatusChip status={response.status} />
        ) : (
          <span className={styles.failed}>
            <Icon name="error" size={14} /> No response
          </span>
        )}
        {entry.durationMs !== undefined && (
          <span
            className={styles.metric}
            title="Round trip measured by the page (fetch through the service worker)"
          >
            {formatDuration(entry.durationMs)}
          </span>
        )}
        {response && (
          <span className={styles.metric} title={`${response.size} bytes`}>
            {formatSize(response.size)}
          </span>
        )}
        {trace?.gatewayResponseType && (
          <span className={styles.gateway} title="API Gateway answered with this gateway response">
            Gateway response <code>{trace.gatewayResponseType}</code>
          </span>
        )}
        {entry.source === 'page' && (
          <span className={styles.source} title="Sent by a script of this page, not by the console">
            from a page script
          </span>
        )}
        <span className={styles.url} title={`${entry.request.method} ${entry.request.url}`}>
          <strong>{entry.request.method}</strong> {entry.request.url}
        </span>
      </div>
      {entry.error && (
        <p className={styles.error} role="alert">
          {entry.error}
        </p>
      )}
      {cors && (
        <p className={styles.cors} role="note">
          <Icon name="alert" size={14} /> {cors}
        </p>
      )}
      <Tabs<ResponseTab> label="Response" tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'body' &&
          (response ? <BodyPanel response={response} /> : <p className={styles.none}>No response body.</p>)}
        {tab === 'headers' &&
          (response ? (
            <HeadersPanel response={response} />
          ) : (
            <p className={styles.none}>No response headers.</p>
          ))}
        {tab === 'trace' &&
          (trace ? (
            <TraceTimeline key={trace.requestId} trace={trace} />
          ) : (
            <p className={styles.none}>No trace: the request did not reach the emulator.</p>
          ))}
        {tab === 'log' &&
          (trace ? <LogPanel trace={trace} /> : <p className={styles.none}>No execution log: no trace.</p>)}
        {tab === 'code' && (
          <CodePanel request={entry.request} partial={entry.source === 'page' && !entry.requestRecorded} />
        )}
      </Tabs>
    </div>
  )
}

/** What the response side shows before the first request. */
export function NoResponse() {
  return (
    <EmptyState compact title="No response yet">
      Send the request (Ctrl+Enter) and its response, trace and AWS execution log appear here.
    </EmptyState>
  )
}
