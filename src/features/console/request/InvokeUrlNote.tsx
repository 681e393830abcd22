import { useProject } from '../../../state/useProjectStore'
import { useConsole } from '../ConsoleContext'
import { CopyButton } from '../CopyButton'
import styles from './InvokeUrlNote.module.css'
import { invokeUrl } from './invokeUrl'
import { stageTarget } from './methodTargets'

/** The stage's invoke URL with Copy, and who else can call it. */
export function InvokeUrlNote() {
  const project = useProject()
  const apiId = useConsole((s) => s.draft.apiId)
  const stageName = useConsole((s) => s.draft.stageName)
  if (apiId === undefined || stageName === undefined) return null
  const target = stageTarget(project, apiId, stageName)
  const url = invokeUrl(project, apiId, stageName)
  return (
    <div className={styles.note}>
      <span className={styles.label}>Invoke URL</span>
      <code className={styles.url} data-testid="invoke-url">
        {url}
      </code>
      <CopyButton text={url} label="Copy URL" />
      <span className={styles.hint}>
        {target?.deployment
          ? 'Any script running on this studio’s origin (another tab, the devtools console) can call it: the service worker answers, and the request shows up in History.'
          : 'This stage has no deployment yet: deploy the API to serve it.'}
      </span>
    </div>
  )
}
