import { type Command, CommandError } from '../../../core/model/commands/defineCommand'
import type { ParamsInput } from '../../../state/projectStore'
import { useProjectStoreApi } from '../../../state/useProjectStore'

/**
 * Applies an edit only if AWS would accept it: the command runs on a copy first, and its
 * `CommandError` (AWS's rule, in words a person can act on) comes back to show under the field;
 * otherwise the edit is dispatched (undoable). `mergeKey` makes a run of keystrokes one undo step.
 * Params may be a function of the store's clock and ids (for new ids and timestamps).
 */
export function useTryEdit() {
  const store = useProjectStoreApi()
  return <P>(command: Command<P>, input: ParamsInput<P>, mergeKey?: string): string | undefined => {
    const project = store.getState().project
    if (!project) return 'No project is open.'
    let params: P
    try {
      params =
        typeof input === 'function'
          ? (input as (c: never) => P)({
              ...store.env,
              nowIso: new Date(store.env.clock.now()).toISOString(),
              project,
            } as never)
          : input
      command.apply(project, params)
    } catch (e) {
      return e instanceof CommandError ? e.message : `${command.label} failed: ${(e as Error).message}`
    }
    const result = store.getState().dispatch(command, params, mergeKey === undefined ? {} : { mergeKey })
    return result.ok ? undefined : result.error.message
  }
}

export type TryEdit = ReturnType<typeof useTryEdit>
