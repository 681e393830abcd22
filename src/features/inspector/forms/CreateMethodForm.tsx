import { useState } from 'react'
import { addMethodWithIntegration } from '../../../core/model/commands/designer/addMethodWithIntegration'
import type { IntegrationInput } from '../../../core/model/commands/rest/integration'
import type { Project } from '../../../core/model/project'
import { HTTP_METHODS, type HttpMethod, type RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { resourcePathOf } from '../../designer/resourcePathOf'
import { CheckboxProp, FieldError, FormHeader, keep, Section, SelectProp, TextProp } from '../fields/fields'
import { useTryEdit } from '../fields/useTryEdit'
import styles from './forms.module.css'
import { lambdaInvocationUri } from './lambdaArn'

type Choice = 'lambda' | 'http' | 'mock' | 'aws'

const CHOICES: { value: Choice; title: string; hint: string }[] = [
  { value: 'lambda', title: 'Lambda function', hint: 'Run a function of this project' },
  { value: 'http', title: 'HTTP', hint: 'Call an HTTP endpoint' },
  { value: 'mock', title: 'Mock', hint: 'Answer from API Gateway itself' },
  { value: 'aws', title: 'AWS service', hint: 'Call an AWS service action' },
]

const BACKEND_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'] as const

/** The console's "Create method" page, inline: method type and integration, one undoable step. */
export function CreateMethodForm({
  project,
  api,
  resourceId,
}: {
  project: Project
  api: RestApi
  resourceId: string
}) {
  const tryEdit = useTryEdit()
  const resource = api.resources[resourceId]
  const free = HTTP_METHODS.filter((m) => !resource?.methods[m])
  const [httpMethod, setHttpMethod] = useState<HttpMethod>(free[0] ?? 'GET')
  const [choice, setChoice] = useState<Choice>('mock')
  const [proxy, setProxy] = useState(true)
  const [fn, setFn] = useState(project.functions[0]?.name ?? '')
  const [url, setUrl] = useState('https://')
  const [backendMethod, setBackendMethod] = useState<string>('GET')
  const [awsUri, setAwsUri] = useState(`arn:aws:apigateway:${project.settings.region}:`)
  const [error, setError] = useState<string | undefined>(undefined)
  if (!resource) return null
  const path = resourcePathOf(api, resourceId)

  const integration = (): IntegrationInput => {
    switch (choice) {
      case 'mock':
        return { type: 'MOCK' }
      case 'lambda':
        return {
          type: proxy ? 'AWS_PROXY' : 'AWS',
          httpMethod: 'POST',
          uri: lambdaInvocationUri(project.settings.region, project.settings.accountId, fn),
        }
      case 'http':
        return { type: proxy ? 'HTTP_PROXY' : 'HTTP', httpMethod: backendMethod, uri: url }
      case 'aws':
        return { type: 'AWS', httpMethod: backendMethod, uri: awsUri }
    }
  }
  const create = () => {
    if (choice === 'lambda' && fn === '')
      return setError('Choose a Lambda function (create one under Lambda functions).')
    const problem = tryEdit(addMethodWithIntegration, {
      apiId: api.id,
      resourceId,
      httpMethod,
      integration: integration(),
    })
    setError(problem)
    if (!problem) selectionStore.getState().selectMethod(resourceId, httpMethod, true)
  }

  if (free.length === 0) {
    return (
      <div className={styles.form}>
        <FormHeader title="Create method" subtitle={<span>{path}</span>} />
        <div className={styles.body}>
          <p className={styles.muted}>Every method type already exists on {path}.</p>
        </div>
      </div>
    )
  }
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault()
        create()
      }}
    >
      <FormHeader title="Create method" subtitle={<span>{path}</span>} />
      <Section title="Method details">
        <SelectProp
          label="Method type"
          value={httpMethod}
          options={free.map((m) => ({ value: m, label: m }))}
          onChange={keep((m: HttpMethod) => setHttpMethod(m))}
        />
        <fieldset className={styles.radioGroup}>
          <legend>Integration type</legend>
          {CHOICES.map((c) => (
            <label key={c.value} className={styles.radio}>
              <input
                type="radio"
                name="integration-type"
                value={c.value}
                checked={choice === c.value}
                onChange={() => setChoice(c.value)}
              />
              <span className={styles.radioTitle}>{c.title}</span>
              <span className={styles.radioHint}>{c.hint}</span>
            </label>
          ))}
        </fieldset>
        {choice === 'lambda' && (
          <>
            <CheckboxProp
              label="Lambda proxy integration"
              hint="The function gets the whole request as an event and returns statusCode, headers and body."
              checked={proxy}
              onChange={keep(setProxy)}
            />
            {project.functions.length === 0 ? (
              <FieldError>
                This project has no Lambda functions yet: create one under Lambda functions.
              </FieldError>
            ) : (
              <SelectProp
                label="Lambda function"
                value={fn}
                options={project.functions.map((f) => ({ value: f.name, label: f.name }))}
                onChange={keep(setFn)}
              />
            )}
          </>
        )}
        {choice === 'http' && (
          <>
            <CheckboxProp
              label="HTTP proxy integration"
              hint="Pass the request and the backend's response through unchanged."
              checked={proxy}
              onChange={keep(setProxy)}
            />
            <SelectProp
              label="HTTP method"
              value={backendMethod}
              options={BACKEND_METHODS.map((m) => ({ value: m, label: m }))}
              onChange={keep(setBackendMethod)}
            />
            <TextProp label="Endpoint URL" value={url} monospace onCommit={keep(setUrl)} />
          </>
        )}
        {choice === 'aws' && (
          <>
            <TextProp
              label="Action or path ARN"
              hint="arn:aws:apigateway:{region}:{service}:action/{Action} or :path/{path}"
              value={awsUri}
              monospace
              onCommit={keep(setAwsUri)}
            />
            <SelectProp
              label="HTTP method"
              value={backendMethod}
              options={BACKEND_METHODS.map((m) => ({ value: m, label: m }))}
              onChange={keep(setBackendMethod)}
            />
          </>
        )}
        {error && <FieldError>{error}</FieldError>}
        <div className={styles.actions}>
          <Button type="submit" variant="primary">
            Create method
          </Button>
          <Button onClick={() => selectionStore.getState().inspect({ kind: 'resource' })}>Cancel</Button>
        </div>
      </Section>
    </form>
  )
}
