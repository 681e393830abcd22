import type { Project } from '../project'

/**
 * A named, pure edit: `(project, params) → project`. The UI, keyboard shortcuts, undo/redo,
 * import and tests all apply edits through commands, so every edit has a name (shown in the
 * undo menu) and can be replayed. `apply` must not mutate its input; it returns the same
 * object when nothing changes. It throws a `CommandError` for params that make no sense
 * (unknown id, invalid name) with a message a person can act on.
 */
export interface Command<P> {
  readonly name: string
  /** Human label for menus and the undo history, e.g. "Rename project". */
  readonly label: string
  apply(project: Project, params: P): Project
}

export class CommandError extends Error {
  constructor(
    readonly command: string,
    message: string,
  ) {
    super(message)
    this.name = 'CommandError'
  }
}

export function defineCommand<P>(
  name: string,
  label: string,
  apply: (project: Project, params: P) => Project,
): Command<P> {
  return { name, label, apply }
}

/** An applied command, as recorded in the undo history. */
export interface AppliedCommand<P = unknown> {
  command: Command<P>
  params: P
}
