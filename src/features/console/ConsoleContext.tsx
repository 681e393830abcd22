import { createContext, type ReactNode, useContext } from 'react'
import { useStore } from 'zustand'
import type { ConsoleActions, ConsoleState, ConsoleStore } from '../../state/consoleStore'

const Context = createContext<ConsoleStore | null>(null)

/** Makes the app's console store available to the console's components. */
export function ConsoleStoreProvider({ store, children }: { store: ConsoleStore; children: ReactNode }) {
  return <Context.Provider value={store}>{children}</Context.Provider>
}

export function useConsoleStoreApi(): ConsoleStore {
  const store = useContext(Context)
  if (!store) throw new Error('useConsoleStoreApi must be used under <ConsoleStoreProvider>')
  return store
}

/** Subscribes to a slice of the console's state. */
export function useConsole<T>(selector: (s: ConsoleState & ConsoleActions) => T): T {
  return useStore(useConsoleStoreApi(), selector)
}
