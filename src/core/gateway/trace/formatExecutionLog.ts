import { formatJavaDate } from '../context/formatRequestTime'
import type { RequestTrace } from './RequestTrace'

/** The test-invoke log text of a request, byte-compatible with AWS's (UX.md §(a)). */
export function formatExecutionLog(trace: Pick<RequestTrace, 'requestId' | 'log'>): string {
  let out = `Execution log for request ${trace.requestId}\n`
  for (const line of trace.log) out += `${formatJavaDate(line.at)} : ${line.text}\n`
  return out
}
