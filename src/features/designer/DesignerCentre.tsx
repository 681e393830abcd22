import '@xyflow/react/dist/style.css'
import { ReactFlowProvider } from '@xyflow/react'
import { lazy, type ReactNode, Suspense, useEffect } from 'react'
import { createRestApi } from '../../core/model/commands'
import type { LambdaRuntime } from '../../core/ports/LambdaRuntime'
import type { ConsoleHistorySource } from '../../state/lastMethodRequest'
import { selectionStore, useSelection } from '../../state/selectionStore'
import { useDispatch, useProject } from '../../state/useProjectStore'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { ConsoleHistoryProvider } from '../template-editor/ConsoleHistoryContext'
import { LambdaRuntimeProvider } from '../template-editor/function/LambdaRuntimeContext'
import { LazyTemplateDock, useDockOpen } from '../template-editor/LazyTemplateDock'
import { ResourceCanvas } from './canvas/ResourceCanvas'
import { DeleteConfirmation } from './DeleteConfirmation'
import styles from './DesignerCentre.module.css'
import { integrationKind } from './integrationKind'
import { integrationKindsClass, MethodBadge } from './MethodBadge'
import { useResourceProblems } from './problems/useResourceProblems'
import { resourcePathOf } from './resourcePathOf'
import { useDesignerActions } from './useDesignerActions'
import { useSelectedApi } from './useSelectedApi'

/** Loaded when a method's flow is first opened. */
const MethodFlowView = lazy(() =>
  import('../method-flow/MethodFlowView').then((m) => ({ default: m.MethodFlowView })),
)

/** Creates a REST API with AWS's defaults and selects it. */
export function useCreateRestApi() {
  const dispatch = useDispatch()
  return (name: string) => {
    let id = ''
    const result = dispatch(createRestApi, ({ ids }) => {
      id = ids.shortId(10).toLowerCase()
      return { id, rootResourceId: ids.shortId(10).toLowerCase(), name, endpointType: 'REGIONAL' as const }
    })
    if (result.ok) selectionStore.getState().selectApi(id)
    return result
  }
}

/**
 * The studio's centre: the resource-tree canvas or the selected method's flow, with the template
 * editor docked below. `lambdaRuntime` runs functions from the function editor's Run button;
 * `consoleHistory` lends the template preview the console's requests.
 */
export function DesignerCentre({
  lambdaRuntime,
  consoleHistory,
}: {
  lambdaRuntime?: LambdaRuntime
  /** The test console's history (read only): the template preview can use the last real request. */
  consoleHistory?: ConsoleHistorySource
}) {
  const project = useProject()
  const api = useSelectedApi()
  const view = useSelection((s) => s.view)
  const resourceId = useSelection((s) => s.resourceId)
  const httpMethod = useSelection((s) => s.httpMethod)
  const createApi = useCreateRestApi()
  const problems = useResourceProblems(project, api?.id ?? '')
  const actions = useDesignerActions(api?.id ?? '')
  const dockOpen = useDockOpen()

  useEffect(() => {
    if (api && selectionStore.getState().apiId !== api.id) selectionStore.getState().selectApi(api.id)
  }, [api])

  if (!api) {
    return (
      <div className={styles.centre}>
        <EmptyState
          title="No APIs yet — create one or import an OpenAPI file"
          icon="api"
          actions={
            <Button variant="primary" icon="plus" onClick={() => createApi('My API')}>
              Create REST API
            </Button>
          }
        >
          A REST API starts with its root resource <code>/</code>. Add resources and methods on the canvas.
        </EmptyState>
      </div>
    )
  }

  const method = resourceId && httpMethod ? api.resources[resourceId]?.methods[httpMethod] : undefined
  const showFlow =
    view === 'flow' && method !== undefined && resourceId !== undefined && httpMethod !== undefined
  const path = resourceId ? resourcePathOf(api, resourceId) : undefined

  return (
    <div className={`${styles.centre} ${integrationKindsClass}`}>
      <div className={styles.bar}>
        <nav aria-label="Breadcrumb" className={styles.crumbs}>
          <button
            type="button"
            className={styles.crumb}
            aria-current={showFlow ? undefined : 'page'}
            onClick={() => selectionStore.getState().setView('resources')}
          >
            {api.name} · Resources
          </button>
          {showFlow && (
            <>
              <span className={styles.sep} aria-hidden>
                /
              </span>
              <span className={styles.current} aria-current="page">
                <MethodBadge method={httpMethod} kind={integrationKind(method)} />
                <code>{path}</code>
              </span>
            </>
          )}
        </nav>
        <div className={styles.barActions}>
          {showFlow ? (
            <Button
              size="sm"
              icon="chevronRight"
              onClick={() => selectionStore.getState().setView('resources')}
            >
              Back to resources
            </Button>
          ) : (
            method &&
            resourceId &&
            httpMethod && (
              <Button
                size="sm"
                onClick={() => selectionStore.getState().selectMethod(resourceId, httpMethod, true)}
              >
                Open {httpMethod} flow
              </Button>
            )
          )}
        </div>
      </div>
      <div className={`${styles.body} ${dockOpen ? styles.withDock : ''}`}>
        <ReactFlowProvider key={showFlow ? 'flow' : `canvas-${api.id}`}>
          {showFlow ? (
            <Suspense fallback={null}>
              <MethodFlowView
                api={api}
                resourceId={resourceId}
                httpMethod={httpMethod}
                problems={(problems.get(resourceId) ?? []).filter((p) => p.httpMethod === httpMethod)}
              />
            </Suspense>
          ) : (
            <ResourceCanvas api={api} problems={problems} onMove={(id, parent) => actions.move(id, parent)} />
          )}
        </ReactFlowProvider>
      </div>
      {dockOpen && (
        <div className={styles.dock}>
          <DockProviders lambdaRuntime={lambdaRuntime} consoleHistory={consoleHistory}>
            <LazyTemplateDock />
          </DockProviders>
        </div>
      )}
      <DeleteConfirmation api={api} />
    </div>
  )
}

/** What the docked editors get from the app, when it provides it. */
function DockProviders({
  lambdaRuntime,
  consoleHistory,
  children,
}: {
  lambdaRuntime?: LambdaRuntime | undefined
  consoleHistory?: ConsoleHistorySource | undefined
  children: ReactNode
}) {
  let out = children
  if (consoleHistory) out = <ConsoleHistoryProvider source={consoleHistory}>{out}</ConsoleHistoryProvider>
  if (lambdaRuntime) out = <LambdaRuntimeProvider runtime={lambdaRuntime}>{out}</LambdaRuntimeProvider>
  return <>{out}</>
}
