import { formatExecutionLog } from '../../../core/gateway/trace/formatExecutionLog'
import type { RequestTrace } from '../../../core/gateway/trace/RequestTrace'
import { CopyButton } from '../CopyButton'
import styles from './LogPanel.module.css'

/** The request's execution log in AWS's test-invoke text format (byte for byte), with Copy. */
export function LogPanel({ trace }: { trace: RequestTrace }) {
  const text = formatExecutionLog(trace)
  return (
    <div className={styles.panel}>
      <div className={styles.toolbar}>
        <span className={styles.note}>
          {trace.log.length === 0
            ? `This request ended before it reached a method${trace.gatewayResponseType ? ` (${trace.gatewayResponseType})` : ''}, so API Gateway logs no execution for it; the Trace tab shows why.`
            : 'The text of AWS’s method test log, as the console’s Test tab shows it.'}
        </span>
        <CopyButton text={text} label="Copy as AWS log" />
      </div>
      <pre className={styles.log} data-testid="execution-log">
        {text}
      </pre>
    </div>
  )
}
