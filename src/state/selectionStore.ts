import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { HttpMethod } from '../core/model/rest/RestApi'

/**
 * What the inspector shows. Each kind names the AWS console screen it stands for; keys
 * (`integrationResponse.key`, `methodResponse.statusCode`, …) are the model's own map keys.
 */
export type InspectorTarget =
  | { kind: 'api' }
  /** `focus` asks the form to put the cursor in a field (rename, move). */
  | { kind: 'resource'; focus?: 'pathPart' | 'parent' }
  | { kind: 'createResource'; parentId: string }
  | { kind: 'createMethod'; resourceId: string }
  | { kind: 'methodRequest' }
  | { kind: 'integrationRequest' }
  | { kind: 'integration' }
  | { kind: 'integrationResponse'; key: string }
  | { kind: 'methodResponse'; statusCode: string }
  | { kind: 'gatewayResponses'; responseType?: string }
  | { kind: 'models'; name?: string }
  | { kind: 'stages'; stageName?: string }
  | { kind: 'deployments' }
  | { kind: 'functions'; name?: string }
  | { kind: 'authorizers'; id?: string }
  | { kind: 'requestValidators'; id?: string }

/** A template or document open in the docked editor. */
export type EditorTarget =
  | { kind: 'requestTemplate'; contentType: string }
  | { kind: 'responseTemplate'; integrationResponseKey: string; contentType: string }
  | { kind: 'model'; name: string }
  | { kind: 'function'; name: string }

/** Something the user asked to delete; the studio asks for confirmation first. */
export interface PendingDelete {
  apiId: string
  resourceId: string
  httpMethod?: HttpMethod
}

/** The centre pane: the resource-tree canvas, or the flow of the selected method. */
export type CentreView = 'resources' | 'flow'

export interface SelectionState {
  apiId?: string
  resourceId?: string
  httpMethod?: HttpMethod
  view: CentreView
  target: InspectorTarget
  /** Docked editor below the centre pane (template, model schema, function code). */
  editor?: EditorTarget
  /** Per API: ids of resources whose subtree is folded on the canvas and in the list view. */
  collapsed: Record<string, readonly string[]>
  pendingDelete?: PendingDelete
}

export interface SelectionActions {
  selectApi(apiId: string | undefined): void
  selectResource(resourceId: string | undefined): void
  /** Selects a method; `openFlow` also switches the centre pane to its flow. */
  selectMethod(resourceId: string, httpMethod: HttpMethod, openFlow?: boolean): void
  setView(view: CentreView): void
  inspect(target: InspectorTarget): void
  openEditor(editor: EditorTarget | undefined): void
  setCollapsed(apiId: string, resourceIds: readonly string[]): void
  /** `defaults`: the folds in effect while the user has not folded anything in this API yet. */
  toggleCollapsed(apiId: string, resourceId: string, defaults?: readonly string[]): void
  requestDelete(target: PendingDelete | undefined): void
  /** Forget everything (e.g. when another project is opened). */
  reset(): void
}

export type SelectionStore = SelectionState & SelectionActions

const initial: SelectionState = { view: 'resources', target: { kind: 'api' }, collapsed: {} }

function omitKeys<T extends object, K extends keyof T>(obj: T, keys: readonly K[]): Omit<T, K> {
  const copy = { ...obj }
  for (const k of keys) delete copy[k]
  return copy
}

/** Creates an independent selection store (tests make their own; the app uses `selectionStore`). */
export function createSelectionStore() {
  return createStore<SelectionStore>()((set, get) => ({
    ...initial,
    selectApi(apiId) {
      const s = get()
      if (s.apiId === apiId) return
      const rest = omitKeys(s, ['apiId', 'resourceId', 'httpMethod', 'editor'])
      set(
        { ...rest, ...(apiId === undefined ? {} : { apiId }), view: 'resources', target: { kind: 'api' } },
        true,
      )
    },
    selectResource(resourceId) {
      const rest = omitKeys(get(), ['resourceId', 'httpMethod', 'editor'])
      set(
        {
          ...rest,
          ...(resourceId === undefined ? {} : { resourceId }),
          target: resourceId === undefined ? { kind: 'api' } : { kind: 'resource' },
        },
        true,
      )
    },
    selectMethod(resourceId, httpMethod, openFlow = false) {
      const s = get()
      const sameMethod = s.resourceId === resourceId && s.httpMethod === httpMethod
      const rest = omitKeys(s, sameMethod ? [] : ['editor'])
      set(
        {
          ...rest,
          resourceId,
          httpMethod,
          view: openFlow ? 'flow' : s.view,
          target: sameMethod && s.target.kind !== 'resource' ? s.target : { kind: 'methodRequest' },
        },
        true,
      )
    },
    setView(view) {
      set({ view })
    },
    inspect(target) {
      set({ target })
    },
    openEditor(editor) {
      if (editor === undefined) set(omitKeys(get(), ['editor']), true)
      else set({ editor })
    },
    setCollapsed(apiId, resourceIds) {
      set({ collapsed: { ...get().collapsed, [apiId]: [...resourceIds] } })
    },
    toggleCollapsed(apiId, resourceId, defaults = []) {
      const current = get().collapsed[apiId] ?? defaults
      const next = current.includes(resourceId)
        ? current.filter((id) => id !== resourceId)
        : [...current, resourceId]
      set({ collapsed: { ...get().collapsed, [apiId]: next } })
    },
    requestDelete(target) {
      if (target === undefined) set(omitKeys(get(), ['pendingDelete']), true)
      else set({ pendingDelete: target })
    },
    reset() {
      const actions = omitKeys(get(), ['apiId', 'resourceId', 'httpMethod', 'editor', 'pendingDelete'])
      set({ ...actions, ...initial, collapsed: {} }, true)
    },
  }))
}

/** The studio's one selection store. */
export const selectionStore = createSelectionStore()

/** React hook over `selectionStore`: `useSelection((s) => s.resourceId)`. */
export function useSelection<T>(selector: (s: SelectionStore) => T): T {
  return useStore(selectionStore, selector)
}
