import { useState } from 'react'
import { formatExecutionLog } from '../../../core/gateway/trace/formatExecutionLog'
import type { RequestTrace } from '../../../core/gateway/trace/RequestTrace'
import { Button } from '../../../ui/Button'
import { Popover } from '../../../ui/Popover'
import { CopyButton } from '../CopyButton'
import styles from './LogPanel.module.css'

/** What differs from the text AWS's Test tab prints (docs/fidelity.md, "Test console"). */
function FidelityNote() {
  const [open, setOpen] = useState(false)
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      title="How this log differs from AWS’s Test tab"
      trigger={(props) => (
        <Button size="sm" variant="ghost" icon="info" {...props}>
          Differences
        </Button>
      )}
    >
      <ul className={styles.differences}>
        <li>
          It logs a real request to the deployed stage, not a TestInvokeMethod call: “Method request headers”
          include the headers your browser adds.
        </li>
        <li>
          Authorizers, API keys, throttling and the cache are not emulated yet: a method that uses them is
          served as if they passed, and the Trace tab says so.
        </li>
        <li>A request that matches no method has no log lines (AWS’s Test tab cannot call such a method).</li>
        <li>
          The format, timestamps, maps, truncation and masking follow AWS’s. See docs/fidelity.md, “Test
          console”.
        </li>
      </ul>
    </Popover>
  )
}

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
        <FidelityNote />
        <CopyButton text={text} label="Copy as AWS log" />
      </div>
      <pre className={styles.log} data-testid="execution-log">
        {text}
      </pre>
    </div>
  )
}
