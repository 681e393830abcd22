import { createContext, type ReactNode, useContext } from 'react'
import type { LambdaRuntime } from '../../../core/ports/LambdaRuntime'

const LambdaRuntimeContext = createContext<LambdaRuntime | null>(null)

/** The app provides the sandbox that runs project functions (a Web Worker in the browser). */
export function LambdaRuntimeProvider({
  runtime,
  children,
}: {
  runtime: LambdaRuntime
  children: ReactNode
}) {
  return <LambdaRuntimeContext.Provider value={runtime}>{children}</LambdaRuntimeContext.Provider>
}

export function useLambdaRuntime(): LambdaRuntime | null {
  return useContext(LambdaRuntimeContext)
}
