import { useStore } from 'zustand'
import { PROJECT_FILE_EXTENSION } from '../../core/model/projectFile'
import { useProjectStoreApi } from '../../state/useProjectStore'
import { Banner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { Icon } from '../../ui/Icon'
import styles from './ImportPanel.module.css'
import { ImportSettingsFields } from './ImportSettingsFields'
import { IssueList } from './IssueList'
import { importedApiSummary } from './importedApiSummary'
import { formatBytes, importProgressView } from './importProgressView'
import { checkProblem, type ImportSession, type ImportStatus } from './importSession'
import { countIssues, plural } from './issueList'
import { Sheet } from './Sheet'
import { SourceField } from './SourceField'

const FLAVOURS = { oas30: 'OpenAPI 3.0', swagger2: 'Swagger 2.0' } as const

/**
 * Import OpenAPI: the definition (file, drop or paste), the mode and options; Check runs the
 * import off the main thread with progress and Cancel; the findings are shown before anything
 * changes; Import commits it as one undoable edit.
 */
export function ImportPanel({ session, onClose }: { session: ImportSession; onClose(): void }) {
  const status = useStore(session, (s) => s.status)
  const canCheck = useStore(session, (s) => s)
  const projectStore = useProjectStoreApi()
  const problem = checkProblem(canCheck, projectStore)
  const actions = session.getState()
  const running = status.kind === 'running'

  let footer: React.ReactNode
  if (status.kind === 'checked') {
    footer = (
      <>
        <Button onClick={actions.back}>Back</Button>
        <span className={styles.spacer} />
        {status.outcome.ok && (
          <Button variant="primary" icon="check" onClick={actions.commit}>
            Import
          </Button>
        )}
      </>
    )
  } else if (status.kind === 'committed') {
    footer = (
      <>
        <Button onClick={actions.reset}>Import another file</Button>
        <span className={styles.spacer} />
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      </>
    )
  } else if (running) {
    footer = <ProgressFooter status={status} onCancel={actions.cancel} />
  } else {
    footer = (
      <>
        <span className={styles.footerHint}>
          {problem ?? 'Nothing changes until you have read the findings.'}
        </span>
        <span className={styles.spacer} />
        <Button variant="primary" disabled={problem !== null} onClick={actions.check}>
          Check
        </Button>
      </>
    )
  }

  return (
    <Sheet
      title="Import OpenAPI"
      subtitle="OpenAPI 3.0 or Swagger 2.0, JSON or YAML, with API Gateway's x-amazon-apigateway extensions."
      width={640}
      onClose={onClose}
      onEscape={() => {
        if (!running) return false
        actions.cancel()
        return true
      }}
      footer={footer}
      testId="import-panel"
    >
      {status.kind === 'checked' ? (
        <Review session={session} status={status} />
      ) : status.kind === 'committed' ? (
        <Committed status={status} />
      ) : (
        <div className={styles.form}>
          <SourceField session={session} disabled={running} />
          <ImportSettingsFields session={session} disabled={running} />
          {status.kind === 'failed' && (
            <Banner tone="error" title="The import did not run.">
              {status.message}
            </Banner>
          )}
        </div>
      )}
    </Sheet>
  )
}

function ProgressFooter({
  status,
  onCancel,
}: {
  status: Extract<ImportStatus, { kind: 'running' }>
  onCancel(): void
}) {
  const { fraction, label } = importProgressView(status.progress)
  return (
    <>
      <div className={styles.progress}>
        <div
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(fraction * 100)}
          aria-valuetext={label}
          className={styles.progressTrack}
        >
          <div className={styles.progressBar} style={{ width: `${Math.max(2, fraction * 100)}%` }} />
        </div>
        <span className={styles.progressLabel} aria-live="polite">
          {label}
        </span>
      </div>
      <Button onClick={onCancel}>Cancel</Button>
    </>
  )
}

function Review({
  session,
  status,
}: {
  session: ImportSession
  status: Extract<ImportStatus, { kind: 'checked' }>
}) {
  const { outcome } = status
  const file = useStore(session, (s) => (s.tab === 'file' ? s.file : null))
  const settings = useStore(session, (s) => s.settings)
  const counts = countIssues(outcome.issues)
  const what = [
    outcome.flavour ? FLAVOURS[outcome.flavour] : undefined,
    outcome.format?.toUpperCase(),
    formatBytes(outcome.size),
    `checked in ${Math.max(1, Math.round(outcome.durationMs)).toLocaleString('en-US')} ms`,
  ]
    .filter(Boolean)
    .join(' · ')
  const projectFile = file?.name.endsWith(PROJECT_FILE_EXTENSION)
  return (
    <div className={styles.form}>
      <p className={styles.sourceLine}>
        <Icon name={file ? 'file' : 'copy'} />
        <span className={styles.fileName}>{file ? file.name : 'Pasted text'}</span>
        <span className={styles.fileSize}>{what}</span>
      </p>
      {outcome.ok && outcome.imported ? (
        <div className={styles.ready} data-testid="import-ready">
          <Icon name="check" size={18} />
          <div>
            <p className={styles.readyTitle}>
              {settings.mode === 'new'
                ? 'Ready to create'
                : settings.mode === 'overwrite'
                  ? 'Ready to overwrite'
                  : 'Ready to merge into'}{' '}
              <strong>{outcome.imported.api.name}</strong> (
              {outcome.imported.kind === 'rest' ? 'REST' : 'HTTP'} API)
            </p>
            <p className={styles.hint}>
              {importedApiSummary(outcome.imported)}
              {counts.warning > 0
                ? `. ${plural(counts.warning, 'warning')}: API Gateway would import the file and report these.`
                : '. No warnings.'}{' '}
              Nothing has changed yet; Import applies it as one step you can undo.
            </p>
          </div>
        </div>
      ) : outcome.failedOnWarnings ? (
        <Banner tone="error" title="Refused: Fail on warnings is on.">
          The import has {plural(counts.warning, 'warning')}, so it was rolled back as AWS does with
          failonwarnings=true. Nothing was changed.
        </Banner>
      ) : (
        <Banner
          tone="error"
          title="API Gateway would refuse this file. Nothing was imported."
          {...(!settings.repair && counts.error > 0
            ? {
                actions: (
                  <Button
                    size="sm"
                    onClick={() => {
                      actions(session).updateSettings({ repair: true })
                      actions(session).check()
                    }}
                  >
                    Check again with repairs
                  </Button>
                ),
              }
            : {})}
        >
          {projectFile
            ? 'This is a Gatewright project file: open it with Project → Import project file.'
            : `${plural(counts.error, 'error')} below, each at its place in the file. Fix the file${settings.repair ? '' : ', or check again with repairs (Gatewright only)'}.`}
        </Banner>
      )}
      {outcome.issues.length > 0 && <IssueList issues={outcome.issues} />}
    </div>
  )
}

function actions(session: ImportSession) {
  return session.getState()
}

function Committed({ status }: { status: Extract<ImportStatus, { kind: 'committed' }> }) {
  return (
    <div className={styles.ready} data-testid="import-done" role="status">
      <Icon name="check" size={18} />
      <div>
        <p className={styles.readyTitle}>
          Imported <strong>{status.apiName}</strong> ({status.apiType === 'rest' ? 'REST' : 'HTTP'} API{' '}
          <code>{status.apiId}</code>)
        </p>
        <p className={styles.hint}>
          {status.warnings > 0 ? `${plural(status.warnings, 'warning')} reported. ` : ''}
          It is selected in the API explorer. Undo (Ctrl+Z) takes the whole import back. Deploy to a stage to
          call it.
        </p>
      </div>
    </div>
  )
}
