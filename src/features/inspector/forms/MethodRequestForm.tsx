import { updateMethod } from '../../../core/model/commands'
import type { AuthorizationType, HttpMethod, Method, RestApi } from '../../../core/model/rest/RestApi'
import { Button } from '../../../ui/Button'
import { useDesignerActions } from '../../designer/useDesignerActions'
import { CheckboxProp, FormHeader, Section, SelectProp, TextProp } from '../fields/fields'
import { KeyValueEditor } from '../fields/KeyValueEditor'
import { useTryEdit } from '../fields/useTryEdit'
import { contentType, headerName, parameterName } from '../validation/fieldRules'
import styles from './forms.module.css'
import { PathParametersTable } from './PathParametersTable'

const AUTH_LABELS: Record<AuthorizationType, string> = {
  NONE: 'None',
  AWS_IAM: 'AWS IAM',
  CUSTOM: 'Lambda authorizer',
  COGNITO_USER_POOLS: 'Cognito user pool authorizer',
}

/** Splits `method.request.{location}.{name}` parameters by location. */
function paramsAt(method: Method, location: string): [string, boolean][] {
  const prefix = `method.request.${location}.`
  return Object.entries(method.requestParameters).filter(([k]) => k.startsWith(prefix))
}

/** Method request: authorization, validator, API key, operation name, parameters, body models. */
export function MethodRequestForm({
  api,
  resourceId,
  httpMethod,
  method,
  path,
}: {
  api: RestApi
  resourceId: string
  httpMethod: HttpMethod
  method: Method
  path: string
}) {
  const tryEdit = useTryEdit()
  const actions = useDesignerActions(api.id)
  const key = `${resourceId}:${httpMethod}`
  const patch = (p: Parameters<typeof updateMethod.apply>[1]['patch'], field: string) =>
    tryEdit(updateMethod, { apiId: api.id, resourceId, httpMethod, patch: p }, `method:${key}:${field}`)
  const authorizers = Object.values(api.authorizers)
  const validators = Object.values(api.requestValidators)
  const setParams = (location: string, entries: [string, boolean][]) => {
    const prefix = `method.request.${location}.`
    const kept = Object.entries(method.requestParameters).filter(([k]) => !k.startsWith(prefix))
    return patch({ requestParameters: Object.fromEntries([...kept, ...entries]) }, `params-${location}`)
  }
  const authValue =
    method.authorizationType === 'CUSTOM' || method.authorizationType === 'COGNITO_USER_POOLS'
      ? `authorizer:${method.authorizerId ?? ''}`
      : method.authorizationType
  const authOptions = [
    { value: 'NONE', label: AUTH_LABELS.NONE },
    { value: 'AWS_IAM', label: AUTH_LABELS.AWS_IAM },
    ...authorizers.map((a) => ({
      value: `authorizer:${a.id}`,
      label: `${a.name} (${a.type === 'COGNITO_USER_POOLS' ? 'Cognito' : `Lambda ${a.type}`})`,
    })),
  ]
  return (
    <div className={styles.form}>
      <FormHeader
        title="Method request"
        subtitle={
          <span>
            {httpMethod} {path}
          </span>
        }
        actions={
          <Button
            size="sm"
            variant="danger"
            icon="trash"
            onClick={() => actions.requestDelete(resourceId, httpMethod)}
          >
            Delete method
          </Button>
        }
      />
      <Section title="Method request settings">
        <SelectProp
          label="Authorization"
          hint={
            authorizers.length === 0
              ? 'Lambda and Cognito authorizers of this API are listed here.'
              : undefined
          }
          value={authValue}
          options={authOptions}
          onChange={(v) => {
            if (v === 'NONE' || v === 'AWS_IAM') return patch({ authorizationType: v }, 'auth')
            const id = v.slice('authorizer:'.length)
            const a = api.authorizers[id]
            return patch(
              {
                authorizationType: a?.type === 'COGNITO_USER_POOLS' ? 'COGNITO_USER_POOLS' : 'CUSTOM',
                authorizerId: id,
              },
              'auth',
            )
          }}
        />
        <SelectProp
          label="Request validator"
          value={method.requestValidatorId ?? ''}
          options={[{ value: '', label: 'None' }, ...validators.map((v) => ({ value: v.id, label: v.name }))]}
          onChange={(v) => patch({ requestValidatorId: v === '' ? null : v }, 'validator')}
        />
        <CheckboxProp
          label="API key required"
          checked={method.apiKeyRequired}
          onChange={(v) => patch({ apiKeyRequired: v }, 'api-key')}
        />
        <TextProp
          label="Operation name"
          value={method.operationName ?? ''}
          optional
          placeholder="GetPets"
          onCommit={(v) => patch({ operationName: v === '' ? null : v }, 'operation')}
        />
      </Section>
      <Section title="Request paths">
        <PathParametersTable path={path} />
      </Section>
      <Section title="URL query string parameters" changed={paramsAt(method, 'querystring').length > 0}>
        <KeyValueEditor
          label="URL query string parameters"
          entries={paramsAt(method, 'querystring')}
          keyPrefix="method.request.querystring."
          keyLabel="Name"
          valueLabel="Required"
          keyRules={[parameterName]}
          newValue={false}
          onCommit={(e) => setParams('querystring', e)}
          addLabel="Add query string"
          emptyText="No query string parameters declared."
        />
      </Section>
      <Section title="HTTP request headers" changed={paramsAt(method, 'header').length > 0}>
        <KeyValueEditor
          label="HTTP request headers"
          entries={paramsAt(method, 'header')}
          keyPrefix="method.request.header."
          keyLabel="Name"
          valueLabel="Required"
          keyRules={[headerName]}
          newValue={false}
          onCommit={(e) => setParams('header', e)}
          addLabel="Add header"
          emptyText="No request headers declared."
        />
      </Section>
      <Section title="Request body" changed={Object.keys(method.requestModels).length > 0}>
        <KeyValueEditor
          label="Request body models"
          entries={Object.entries(method.requestModels)}
          keyLabel="Content type"
          valueLabel="Model"
          keyRules={[contentType]}
          valueRules={[
            (m) =>
              api.models[m]
                ? undefined
                : `There is no model named "${m}" (models: ${Object.keys(api.models).join(', ') || 'none'}).`,
          ]}
          keyPlaceholder="application/json"
          valuePlaceholder={Object.keys(api.models)[0] ?? 'Model name'}
          newValue=""
          onCommit={(e) => patch({ requestModels: Object.fromEntries(e) }, 'models')}
          addLabel="Add model"
          emptyText="No body model: the body is not validated."
        />
      </Section>
    </div>
  )
}
