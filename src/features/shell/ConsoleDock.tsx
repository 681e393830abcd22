import { EmptyState } from '../../ui/EmptyState'
import { Pane } from '../../ui/Pane'

/** The bottom dock's frame; the console feature fills it. */
export function ConsoleDock() {
  return (
    <Pane title="Console">
      <EmptyState compact title="No requests yet">
        Requests you send to this project's APIs appear here with their response and execution log.
      </EmptyState>
    </Pane>
  )
}
