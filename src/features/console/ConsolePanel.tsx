import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react'
import { type ConsoleStore, methodTestRequests } from '../../state/consoleStore'
import { LAYOUT_LIMITS } from '../../state/layoutStore'
import { useSelection } from '../../state/selectionStore'
import { useProject } from '../../state/useProjectStore'
import { useWorkspace } from '../../state/useWorkspaceStore'
import { Button } from '../../ui/Button'
import { Pane } from '../../ui/Pane'
import { layoutStore, useLayout } from '../shell/layout'
import { ConsoleStoreProvider, useConsole, useConsoleStoreApi } from './ConsoleContext'
import styles from './ConsolePanel.module.css'
import { CompareView } from './history/CompareView'
import { HistoryList } from './history/HistoryList'
import { buildRequest } from './request/buildRequest'
import { InvokeUrlNote } from './request/InvokeUrlNote'
import { methodTargets } from './request/methodTargets'
import { formatJsonBody, RequestEditor } from './request/RequestEditor'
import { RequestTargetBar } from './request/RequestTargetBar'
import { retarget, withMethod } from './request/retarget'
import { NoResponse, ResponseView } from './response/ResponseView'

/** The console in the studio's bottom dock: request form, response, trace, log, code and history. */
export function ConsolePanel({ store }: { store: ConsoleStore }) {
  return (
    <ConsoleStoreProvider store={store}>
      <ConsoleBody />
    </ConsoleStoreProvider>
  )
}

const EXPANDED_SHARE = 0.72
/** Below this width (px) the history column starts hidden, leaving room for request and response. */
const WIDE_ENOUGH_FOR_HISTORY = 960

/** True while the element is at least `width` px wide (until it has been measured: true). */
function useWiderThan(element: HTMLElement | null, width: number): boolean {
  const [wide, setWide] = useState(true)
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWide(entry.contentRect.width >= width)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [element, width])
  return wide
}

function ConsoleBody() {
  const store = useConsoleStoreApi()
  const project = useProject()
  const draft = useConsole((s) => s.draft)
  const [historyPref, setHistoryPref] = useState<'auto' | 'shown' | 'hidden'>('auto')
  const [split, setSplit] = useState<HTMLDivElement | null>(null)
  const wide = useWiderThan(split, WIDE_ENOUGH_FOR_HISTORY)
  const showHistory = historyPref === 'shown' || (historyPref === 'auto' && wide)
  const historyCount = useConsole((s) => s.history.length)
  const dockHeight = useLayout((s) => s.dockHeight)

  useProjectHistory(store, project.id)
  useEffect(() => {
    const next = retarget(project, draft)
    if (next !== draft) store.getState().setDraft(next)
  }, [project, draft, store])
  useMethodTestRequests(store)

  const built = useMemo(() => buildRequest(project, draft), [project, draft])
  const send = () => {
    if (built.ok) void store.getState().send(built.request, store.getState().draft)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented) return
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      send()
    } else if (
      (event.ctrlKey || event.metaKey) &&
      event.shiftKey &&
      event.key.toLowerCase() === 'f' &&
      event.target instanceof Element &&
      event.target.closest('[data-console-body]') &&
      /json/i.test(store.getState().draft.contentType)
    ) {
      event.preventDefault()
      store.getState().updateDraft({ body: formatJsonBody(store.getState().draft.body) })
    } else if (event.key === 'Escape' && store.getState().sending) {
      event.preventDefault()
      store.getState().cancel()
    }
  }

  const expanded = dockHeight > 400
  const toggleSize = () => {
    const tall = Math.min(LAYOUT_LIMITS.dockHeight.max, Math.round(window.innerHeight * EXPANDED_SHARE))
    layoutStore.getState().set({ dockHeight: expanded ? 260 : tall })
  }

  return (
    <Pane
      title="Console"
      actions={
        <>
          <TestSelectedMethod />
          <Button
            size="sm"
            variant="ghost"
            aria-pressed={showHistory}
            onClick={() => setHistoryPref(showHistory ? 'hidden' : 'shown')}
            title="Show or hide the request history"
          >
            {`History${historyCount > 0 ? ` (${historyCount})` : ''}`}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            icon="panelBottom"
            label={expanded ? 'Make the console smaller' : 'Make the console taller'}
            onClick={toggleSize}
          />
        </>
      }
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: keyboard shortcuts for everything inside the console */}
      <div className={styles.console} onKeyDown={onKeyDown}>
        {project.restApis.length === 0 ? (
          <p className={styles.empty}>
            This project has no REST API yet. Create one or import an OpenAPI file, deploy it, and send
            requests to it from here.
          </p>
        ) : (
          <>
            <RequestTargetBar built={built} onSend={send} />
            <InvokeUrlNote />
            <Notices built={built} />
            <div className={styles.split} ref={setSplit}>
              {showHistory && (
                <div className={styles.history}>
                  <HistoryList />
                </div>
              )}
              <div className={styles.request}>
                <RequestEditor onSend={send} />
              </div>
              <div className={styles.response}>
                <ResponseSide />
              </div>
            </div>
          </>
        )}
      </div>
    </Pane>
  )
}

/** Warnings about the request about to be sent, the last send's error, what a restore left out, storage problems. */
function Notices({ built }: { built: ReturnType<typeof buildRequest> }) {
  const sendError = useConsole((s) => s.sendError)
  const notice = useConsole((s) => s.notice)
  const storageError = useConsole((s) => s.storageError)
  const messages = [
    ...(built.ok ? built.warnings : []),
    ...(sendError ? [sendError] : []),
    ...(notice ? [notice] : []),
    ...(storageError ? [`${storageError} History is kept in memory until the page is closed.`] : []),
  ]
  if (messages.length === 0) return null
  return (
    <ul className={styles.notices} aria-label="Console notices">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  )
}

function ResponseSide() {
  const store = useConsoleStoreApi()
  const history = useConsole((s) => s.history)
  const selectedId = useConsole((s) => s.selectedId)
  const compare = useConsole((s) => s.compare)
  const sending = useConsole((s) => s.sending)
  if (compare) {
    const left = history.find((e) => e.id === compare.left)
    const right = history.find((e) => e.id === compare.right)
    if (left && right)
      return <CompareView left={left} right={right} onClose={() => store.getState().closeCompare()} />
  }
  const entry = history.find((e) => e.id === selectedId)
  return (
    <div className={styles.responseInner} aria-busy={sending ? true : undefined}>
      {sending && (
        <div className={styles.sending} role="status">
          <span className={styles.spinner} aria-hidden="true" />
          Sending {sending.method} {sending.url}… <kbd>Esc</kbd> cancels
        </div>
      )}
      {entry ? <ResponseView entry={entry} /> : !sending && <NoResponse />}
    </div>
  )
}

/** Loads the open project's history, and forgets the history of projects that get deleted. */
function useProjectHistory(store: ConsoleStore, projectId: string) {
  const projects = useWorkspace((s) => s.projects)
  const known = useRef<ReadonlySet<string>>(new Set())
  useEffect(() => {
    void store.getState().openProject(projectId)
  }, [store, projectId])
  useEffect(() => {
    const ids = new Set(projects.map((p) => p.id))
    for (const id of known.current) if (!ids.has(id)) void store.getState().forgetProject(id)
    known.current = ids
  }, [projects, store])
}

/** "Test this method" from elsewhere in the studio: pre-fill the form and show the console. */
function useMethodTestRequests(store: ConsoleStore) {
  const project = useProject()
  const projectRef = useRef(project)
  projectRef.current = project
  useEffect(
    () =>
      methodTestRequests.subscribe((s, prev) => {
        const req = s.last
        if (!req || req.seq === prev.last?.seq) return
        const current = projectRef.current
        const api = current.restApis.find((a) => a.id === req.apiId)
        const target =
          api &&
          methodTargets(api).find((t) => t.resourceId === req.resourceId && t.methodKey === req.httpMethod)
        if (!target) return
        const draft = store.getState().draft
        const { rawUrl: _u, ...rest } = draft
        const base = rest.apiId === req.apiId ? rest : { ...rest, apiId: req.apiId }
        store.getState().setDraft(retarget(current, withMethod(base, target)))
        layoutStore.getState().set({ dockVisible: true })
      }),
    [store],
  )
}

/** Offers to test the method selected in the designer when the form points elsewhere. */
function TestSelectedMethod() {
  const project = useProject()
  const apiId = useSelection((s) => s.apiId)
  const resourceId = useSelection((s) => s.resourceId)
  const httpMethod = useSelection((s) => s.httpMethod)
  const draft = useConsole((s) => s.draft)
  if (!apiId || !resourceId || !httpMethod) return null
  if (
    draft.apiId === apiId &&
    draft.resourceId === resourceId &&
    draft.methodKey === httpMethod &&
    !draft.rawUrl
  )
    return null
  const api = project.restApis.find((a) => a.id === apiId)
  const target =
    api && methodTargets(api).find((t) => t.resourceId === resourceId && t.methodKey === httpMethod)
  if (!target) return null
  return (
    <Button
      size="sm"
      variant="ghost"
      onClick={() => methodTestRequests.getState().request({ apiId, resourceId, httpMethod })}
      title="Point the console at the method selected in the designer"
    >
      {`Test ${httpMethod} ${target.path}`}
    </Button>
  )
}
