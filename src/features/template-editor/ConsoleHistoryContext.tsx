import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react'
import type { HistoryEntry } from '../../state/consoleStore'
import type { ConsoleHistorySource } from '../../state/lastMethodRequest'

const ConsoleHistoryContext = createContext<ConsoleHistorySource | null>(null)

/** The app lends the test console's history to the editors (read only): the template preview can use the last real request. */
export function ConsoleHistoryProvider({
  source,
  children,
}: {
  source: ConsoleHistorySource
  children: ReactNode
}) {
  return <ConsoleHistoryContext.Provider value={source}>{children}</ConsoleHistoryContext.Provider>
}

const NONE: HistoryEntry[] = []
const noSubscription = () => () => {}

/** The console's history, newest first (empty when the app provides none). */
export function useConsoleHistory(): readonly HistoryEntry[] {
  const source = useContext(ConsoleHistoryContext)
  return useSyncExternalStore(
    source ? source.subscribe : noSubscription,
    () => source?.getState().history ?? NONE,
  )
}
