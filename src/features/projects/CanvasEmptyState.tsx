import { useState } from 'react'
import { useProject } from '../../state/useProjectStore'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { CreateApiForm } from './CreateApiForm'

/** The centre pane while the project has no API: says so and offers to create one. */
export function CanvasEmptyState() {
  const project = useProject()
  const [creating, setCreating] = useState(false)
  const count = project.restApis.length + project.httpApis.length
  if (count > 0) {
    return (
      <EmptyState icon="api" title={`${count} ${count === 1 ? 'API' : 'APIs'} in ${project.name}`}>
        Pick an API in the explorer to see its resources.
      </EmptyState>
    )
  }
  return (
    <EmptyState
      icon="api"
      title="No APIs yet"
      actions={
        creating ? (
          <CreateApiForm onDone={() => setCreating(false)} />
        ) : (
          <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
            Create REST API
          </Button>
        )
      }
    >
      Create a REST API to design its resources, methods and integrations, then call it from the console
      below.
    </EmptyState>
  )
}
