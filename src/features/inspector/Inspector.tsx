import { lazy, type ReactNode, Suspense } from 'react'
import { useSelection } from '../../state/selectionStore'
import { EmptyState } from '../../ui/EmptyState'
import { Pane } from '../../ui/Pane'
import { gatewayResponsesForMethod } from '../method-flow/gatewayResponsesForMethod'
import { ApiSettingsForm } from './forms/ApiSettingsForm'
import { CreateResourceForm } from './forms/CreateResourceForm'
import { MethodRequestForm } from './forms/MethodRequestForm'
import { ResourceForm } from './forms/ResourceForm'
import { useInspected } from './useInspected'

// The forms a session rarely starts on load when first shown, keeping them out of the first load.
const AuthorizersForm = lazy(() =>
  import('./forms/AuthorizersForm').then((m) => ({ default: m.AuthorizersForm })),
)
const CreateMethodForm = lazy(() =>
  import('./forms/CreateMethodForm').then((m) => ({ default: m.CreateMethodForm })),
)
const DeploymentsForm = lazy(() =>
  import('./forms/DeploymentsForm').then((m) => ({ default: m.DeploymentsForm })),
)
const FunctionsForm = lazy(() => import('./forms/FunctionsForm').then((m) => ({ default: m.FunctionsForm })))
const GatewayResponsesForm = lazy(() =>
  import('./forms/GatewayResponsesForm').then((m) => ({ default: m.GatewayResponsesForm })),
)
const IntegrationRequestForm = lazy(() =>
  import('./forms/IntegrationRequestForm').then((m) => ({ default: m.IntegrationRequestForm })),
)
const IntegrationResponseForm = lazy(() =>
  import('./forms/IntegrationResponseForm').then((m) => ({ default: m.IntegrationResponseForm })),
)
const MethodResponseForm = lazy(() =>
  import('./forms/MethodResponseForm').then((m) => ({ default: m.MethodResponseForm })),
)
const ModelsForm = lazy(() => import('./forms/ModelsForm').then((m) => ({ default: m.ModelsForm })))
const RequestValidatorsForm = lazy(() =>
  import('./forms/RequestValidatorsForm').then((m) => ({ default: m.RequestValidatorsForm })),
)
const StagesForm = lazy(() => import('./forms/StagesForm').then((m) => ({ default: m.StagesForm })))

/**
 * The right pane: a form for whatever is selected, with AWS's field names. `projectSettings`
 * (the project's region and account, owned by the projects feature) shows under API settings.
 */
export function Inspector({ projectSettings }: { projectSettings?: ReactNode }) {
  return (
    <Pane title="Inspector">
      <Suspense fallback={<p style={{ padding: 12, color: 'var(--color-text-muted)' }}>Loading…</p>}>
        <InspectorBody projectSettings={projectSettings} />
      </Suspense>
    </Pane>
  )
}

function InspectorBody({ projectSettings }: { projectSettings: ReactNode }) {
  const inspected = useInspected()
  const view = useSelection((s) => s.view)
  if (!inspected) {
    return (
      <>
        <EmptyState compact title="Nothing to inspect">
          Create or select an API.
        </EmptyState>
        {projectSettings}
      </>
    )
  }
  const { project, api, target, resource, resourceId, path, method, httpMethod } = inspected
  const key = `${api.id}:${resourceId ?? ''}:${httpMethod ?? ''}:${JSON.stringify(target)}`
  switch (target.kind) {
    case 'api':
      return (
        <>
          <ApiSettingsForm key={key} api={api} region={project.settings.region} />
          {projectSettings}
        </>
      )
    case 'stages':
      return (
        <StagesForm
          key={`${api.id}:stages`}
          project={project}
          api={api}
          {...(target.stageName ? { stageName: target.stageName } : {})}
        />
      )
    case 'deployments':
      return <DeploymentsForm key={key} project={project} api={api} />
    case 'models':
      return <ModelsForm key={`${api.id}:models`} api={api} {...(target.name ? { name: target.name } : {})} />
    case 'authorizers':
      return (
        <AuthorizersForm
          key={`${api.id}:authorizers`}
          project={project}
          api={api}
          {...(target.id ? { id: target.id } : {})}
        />
      )
    case 'requestValidators':
      return (
        <RequestValidatorsForm
          key={`${api.id}:request-validators`}
          api={api}
          {...(target.id ? { id: target.id } : {})}
        />
      )
    case 'functions':
      return (
        <FunctionsForm key="functions" project={project} {...(target.name ? { name: target.name } : {})} />
      )
    case 'gatewayResponses':
      return (
        <GatewayResponsesForm
          key={`${api.id}:gateway-responses:${view}`}
          project={project}
          api={api}
          {...(target.responseType ? { responseType: target.responseType } : {})}
          {...(method && view === 'flow'
            ? {
                method: {
                  label: `${httpMethod} ${path}`,
                  applicable: gatewayResponsesForMethod(api, method),
                },
              }
            : {})}
        />
      )
    case 'createResource':
      return <CreateResourceForm key={key} api={api} parentId={target.parentId} />
    case 'createMethod':
      return <CreateMethodForm key={key} project={project} api={api} resourceId={target.resourceId} />
    default:
      break
  }
  if (!resource || !resourceId || !path) {
    return (
      <EmptyState compact title="Select a resource or a method">
        Click a resource on the canvas or in the list. Double-click a method to see its flow.
      </EmptyState>
    )
  }
  if (target.kind === 'resource' || !method || !httpMethod) {
    return (
      <ResourceForm
        key={`${api.id}:${resourceId}`}
        api={api}
        resource={resource}
        path={path}
        {...(target.kind === 'resource' && target.focus ? { focus: target.focus } : {})}
      />
    )
  }
  const common = { api, resourceId, httpMethod, method, path }
  switch (target.kind) {
    case 'methodRequest':
      return <MethodRequestForm key={key} {...common} />
    case 'integrationRequest':
    case 'integration':
      return <IntegrationRequestForm key={`${key}`} project={project} {...common} focus={target.kind} />
    case 'integrationResponse':
      return <IntegrationResponseForm key={key} {...common} responseKey={target.key} />
    case 'methodResponse':
      return <MethodResponseForm key={key} {...common} status={target.statusCode} />
  }
}
