import { useSelection } from '../../../state/selectionStore'
import { useProject } from '../../../state/useProjectStore'
import { resourcePathOf } from '../../designer/resourcePathOf'
import { useSelectedApi } from '../../designer/useSelectedApi'
import styles from './Dock.module.css'
import { FunctionEditor } from './FunctionEditor'
import { MappingTemplateEditor } from './MappingTemplateEditor'
import { ModelSchemaEditor } from './ModelSchemaEditor'

/** The editor docked under the canvas: a mapping template with its live preview, a model, or a function. */
export default function TemplateDock() {
  const editor = useSelection((s) => s.editor)
  const resourceId = useSelection((s) => s.resourceId)
  const httpMethod = useSelection((s) => s.httpMethod)
  const project = useProject()
  const api = useSelectedApi()
  if (!editor || !api) return null
  let body: React.ReactNode = null
  if (editor.kind === 'function')
    body = <FunctionEditor key={editor.name} project={project} name={editor.name} />
  else if (editor.kind === 'model')
    body = <ModelSchemaEditor key={editor.name} api={api} name={editor.name} />
  else {
    const method = resourceId && httpMethod ? api.resources[resourceId]?.methods[httpMethod] : undefined
    if (method && resourceId && httpMethod) {
      body = (
        <MappingTemplateEditor
          key={JSON.stringify(editor)}
          project={project}
          api={api}
          resourceId={resourceId}
          httpMethod={httpMethod}
          path={resourcePathOf(api, resourceId)}
          method={method}
          target={editor}
        />
      )
    }
  }
  if (!body) return null
  return (
    <section className={`${styles.dock} nokey`} aria-label="Editor" data-testid="template-dock">
      {body}
    </section>
  )
}
