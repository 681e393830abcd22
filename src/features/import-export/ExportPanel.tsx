import { useMemo } from 'react'
import type { ExportOptions } from '../../core/openapi'
import { selectionStore } from '../../state/selectionStore'
import { useProject } from '../../state/useProjectStore'
import { Banner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { Icon } from '../../ui/Icon'
import { downloadFile } from '../projects/downloadFile'
import { LazyCodeEditor } from '../template-editor/monaco/LazyCodeEditor'
import styles from './ExportPanel.module.css'
import { exportFileName, exportView } from './exportApi'
import type { ExportJob, ExportRunner } from './exportRunner'
import { EXTENSION_SETS, exportSettings, useExportSettings } from './exportSettings'
import { formatBytes } from './importProgressView'
import { previewText } from './previewText'
import { Segmented, SelectField } from './Segmented'
import { Sheet } from './Sheet'
import { useCopyText } from './useCopyText'
import { useExportText } from './useExportText'

const noop = () => {}

/**
 * Export OpenAPI: API, stage, specification, format and extension set as AWS's export offers
 * them; a read-only preview; Download and Copy; and what this file cannot hold (it stays in the
 * project file). The file is written by `runExport` (a worker in the studio).
 */
export function ExportPanel({ onClose, runExport }: { onClose(): void; runExport: ExportRunner }) {
  const project = useProject()
  const settings = useExportSettings((s) => s)
  const { update } = exportSettings.getState()
  const apis = [
    ...project.restApis.map((a) => ({ id: a.id, name: a.name, kind: 'rest' as const })),
    ...project.httpApis.map((a) => ({ id: a.id, name: a.name, kind: 'http' as const })),
  ]
  const selectedInExplorer = selectionStore.getState().apiId
  const api =
    apis.find((a) => a.id === settings.apiId) ?? apis.find((a) => a.id === selectedInExplorer) ?? apis[0]
  const stages = api ? project.stages.filter((s) => s.apiId === api.id) : []
  const stageName = stages.some((s) => s.stageName === settings.stageName) ? settings.stageName : ''
  const http = api?.kind === 'http'
  const flavour = http ? 'oas30' : settings.flavour
  const extensions =
    http && (settings.extensions === 'integrations' || settings.extensions === 'authorizers')
      ? 'apigateway'
      : settings.extensions
  const apiId = api?.id

  const view = useMemo(
    () => (apiId ? exportView(project, apiId, stageName || undefined) : undefined),
    [project, apiId, stageName],
  )
  const job = useMemo((): ExportJob | undefined => {
    if (!view || !apiId) return undefined
    const options: ExportOptions = {
      flavour,
      format: settings.format,
      extensions,
      ...(stageName ? { stageName } : {}),
    }
    return { project: view.project, apiId, options }
  }, [view, apiId, flavour, settings.format, extensions, stageName])
  const state = useExportText(runExport, job)
  // What the preview shows: this job's export, or while it is being written the previous one
  // (dimmed), always with the format and API of the job that produced it.
  const shown = state.kind === 'done' ? state : state.kind === 'pending' ? state.previous : undefined
  const outcome = shown?.outcome
  const pending = state.kind === 'pending'
  const text = outcome?.ok ? outcome.text : ''
  const preview = useMemo(() => previewText(text), [text])
  const size = useMemo(() => new TextEncoder().encode(text).length, [text])
  const { copy, state: copyState } = useCopyText()

  if (!api || !view) {
    return (
      <Sheet title="Export OpenAPI" width={560} onClose={onClose} testId="export-panel">
        <EmptyState compact title="Nothing to export yet">
          Create a REST API or import an OpenAPI file first.
        </EmptyState>
      </Sheet>
    )
  }
  const fileName = exportFileName(api.name, stageName || undefined, flavour, settings.format)
  const ready = !pending && outcome?.ok === true
  const extensionSets = http
    ? EXTENSION_SETS.filter((e) => e.value === 'none' || e.value === 'apigateway')
    : EXTENSION_SETS
  const stage = stages.find((s) => s.stageName === stageName)

  return (
    <Sheet
      title="Export OpenAPI"
      subtitle="Files that import into API Gateway unchanged. Keys come out in a fixed order, so exports diff cleanly."
      width={920}
      onClose={onClose}
      testId="export-panel"
      footer={
        <>
          <span className={styles.fileLine}>
            <Icon name="file" />
            <code data-testid="export-file-name">{fileName}</code>
            {ready && <span className={styles.size}>{formatBytes(size)}</span>}
            {pending && (
              <span className={styles.size} role="status">
                Writing the file…
              </span>
            )}
          </span>
          <span className={styles.spacer} />
          <Button
            icon={copyState === 'copied' ? 'check' : 'copy'}
            disabled={!ready}
            onClick={() => copy(text)}
          >
            {copyState === 'copied' ? 'Copied' : copyState === 'failed' ? 'Copy failed' : 'Copy'}
          </Button>
          <Button
            variant="primary"
            icon="download"
            disabled={!ready}
            onClick={() =>
              downloadFile(
                fileName,
                text,
                settings.format === 'json' ? 'application/json' : 'application/yaml',
              )
            }
          >
            Download
          </Button>
        </>
      }
    >
      <div className={styles.layout}>
        <div className={styles.options}>
          <SelectField
            label="API"
            value={api.id}
            options={apis.map((a) => ({
              value: a.id,
              label: `${a.name} (${a.kind === 'rest' ? 'REST' : 'HTTP'} API)`,
            }))}
            onChange={(value) => update({ apiId: value, stageName: '' })}
          />
          <SelectField
            label="Stage"
            value={stageName}
            options={[
              { value: '', label: 'None: the working copy' },
              ...stages.map((s) => ({
                value: s.stageName,
                label: s.deploymentId ? s.stageName : `${s.stageName} (never deployed)`,
              })),
            ]}
            onChange={(value) => update({ stageName: value })}
          />
          <SelectField
            label="Extensions"
            value={extensions}
            options={extensionSets.map((e) => ({ value: e.value, label: e.label }))}
            onChange={(value) => update({ extensions: value })}
          />
          <Segmented
            label="API specification"
            value={flavour}
            options={[
              { value: 'oas30', label: 'OpenAPI 3' },
              {
                value: 'swagger2',
                label: 'Swagger 2',
                disabled: http,
                ...(http ? { title: 'HTTP APIs export as OpenAPI 3.0 only.' } : {}),
              },
            ]}
            onChange={(value) => update({ flavour: value })}
          />
          <Segmented
            label="Format"
            value={settings.format}
            options={[
              { value: 'json', label: 'JSON' },
              { value: 'yaml', label: 'YAML' },
            ]}
            onChange={(value) => update({ format: value })}
          />
          <p className={styles.hint}>
            {EXTENSION_SETS.find((e) => e.value === extensions)?.description}
            {http && ' HTTP API exports carry all extensions or none.'}
          </p>
        </div>

        <p className={styles.sourceNote} data-testid="export-source">
          <Icon name="info" />
          <span>
            {view.source.kind === 'deployment' ? (
              <>
                Stage <strong>{stageName}</strong> serves deployment <code>{view.source.deployment.id}</code>{' '}
                ({formatDate(view.source.deployment.createdDate)}); edits made since are not in this file, as
                in API Gateway's export of a stage.
              </>
            ) : stage ? (
              <>
                Stage <strong>{stageName}</strong> has never been deployed, so this is the working copy with
                the stage in {flavour === 'oas30' ? 'servers' : 'host and basePath'}.
              </>
            ) : (
              <>
                The working copy, with changes not deployed yet. API Gateway exports a deployed stage; choose
                a stage to export what it serves.
              </>
            )}
          </span>
        </p>

        {state.kind === 'failed' ? (
          <Banner tone="error" title="The export could not be written.">
            {state.message}
          </Banner>
        ) : outcome && !outcome.ok ? (
          <Banner tone="error" title="This export cannot be made.">
            {outcome.message}
          </Banner>
        ) : (
          <>
            {outcome?.ok && outcome.omitted.length > 0 && (
              <section className={styles.omitted} aria-label="Not in this file">
                <h3 className={styles.omittedTitle}>
                  <Icon name="alert" />
                  Not in this file:{' '}
                  {outcome.omitted.length === 1 ? 'one thing stays' : `${outcome.omitted.length} things stay`}{' '}
                  in the project file
                </h3>
                <ul className={styles.omittedList}>
                  {outcome.omitted.map((o) => (
                    <li key={o.what}>
                      <strong>{o.what}</strong> — {o.why}
                    </li>
                  ))}
                </ul>
                <p className={styles.omittedHint}>
                  Nothing is lost: the project keeps all of it (Project → Export project file saves
                  everything).
                </p>
              </section>
            )}
            {preview.cut && (
              <p className={styles.cutNote}>
                The preview shows the first {preview.shownLines.toLocaleString('en-US')} of{' '}
                {preview.totalLines.toLocaleString('en-US')} lines; Download and Copy give the whole file.
              </p>
            )}
            <div
              className={`${styles.preview} ${pending ? styles.previewPending : ''}`}
              data-testid="export-preview"
              aria-busy={pending}
            >
              {outcome?.ok ? (
                <LazyCodeEditor
                  value={preview.text}
                  onChange={noop}
                  language={shown?.job.options.format === 'json' ? 'json' : 'yaml'}
                  path={`gatewright-export/${shown?.job.apiId}.${shown?.job.options.format}`}
                  ariaLabel="Export preview (read-only)"
                  readOnly
                />
              ) : (
                <p className={styles.previewWaiting}>Writing the file…</p>
              )}
            </div>
          </>
        )}
      </div>
    </Sheet>
  )
}

function formatDate(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime())
    ? iso
    : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(d)
}
