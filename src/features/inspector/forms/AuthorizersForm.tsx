import { useState } from 'react'
import { deleteAuthorizer, putAuthorizer } from '../../../core/model/commands'
import type { Project } from '../../../core/model/project'
import type { Authorizer, AuthorizerType, RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { TextField } from '../../../ui/TextField'
import { FieldError, FormHeader, keep, Section, SelectProp, TextProp } from '../fields/fields'
import { useTryEdit } from '../fields/useTryEdit'
import {
  type AuthorizerDraft,
  authorizerFromDraft,
  authorizerTtl,
  lambdaFunctionName,
  splitArns,
} from './authorizerDraft'
import styles from './forms.module.css'
import { lambdaInvocationUri } from './lambdaArn'

const TYPES: { value: AuthorizerType; label: string }[] = [
  { value: 'TOKEN', label: 'Lambda, TOKEN' },
  { value: 'REQUEST', label: 'Lambda, REQUEST' },
  { value: 'COGNITO_USER_POOLS', label: 'Cognito user pools (COGNITO_USER_POOLS)' },
]

const typeLabel = (t: AuthorizerType) => TYPES.find((x) => x.value === t)?.label ?? t

const EMPTY: AuthorizerDraft = {
  name: '',
  type: 'TOKEN',
  authorizerUri: '',
  identitySource: 'method.request.header.Authorization',
  providerARNs: '',
}

/** The project's Lambda functions as invocation URIs, for the "Lambda function" pickers. */
function functionOptions(project: Project) {
  return project.functions.map((f) => ({
    value: lambdaInvocationUri(project.settings.region, project.settings.accountId, f.name),
    label: f.name,
  }))
}

/** Authorizers of the API: Lambda (TOKEN, REQUEST) and Cognito user pools; create, edit, delete. */
export function AuthorizersForm({ project, api, id }: { project: Project; api: RestApi; id?: string }) {
  const tryEdit = useTryEdit()
  const authorizers = Object.values(api.authorizers).sort((a, b) => a.name.localeCompare(b.name))
  const authorizer = id ? api.authorizers[id] : undefined
  const [draft, setDraft] = useState<AuthorizerDraft>(EMPTY)
  const [error, setError] = useState<string | undefined>(undefined)
  const functions = functionOptions(project)
  const set = (p: Partial<AuthorizerDraft>) => setDraft((d) => ({ ...d, ...p }))
  const open = (aid?: string) =>
    selectionStore.getState().inspect(aid ? { kind: 'authorizers', id: aid } : { kind: 'authorizers' })
  const clash = authorizers.some((a) => a.name === draft.name.trim())
  const nameProblem = clash ? `Authorizer with name '${draft.name.trim()}' already exists.` : undefined
  const lambda = draft.type !== 'COGNITO_USER_POOLS'
  return (
    <div className={styles.form}>
      <FormHeader title="Authorizers" subtitle={<span>{api.name}</span>} />
      <Section title={`Authorizers (${authorizers.length})`}>
        <ul className={styles.list}>
          {authorizers.map((a) => (
            <li key={a.id} className={`${styles.listItem} ${a.id === id ? styles.listItemSelected : ''}`}>
              <button type="button" className={styles.listButton} onClick={() => open(a.id)}>
                <strong>{a.name}</strong>
                <span className={styles.meta}>{typeLabel(a.type)}</span>
              </button>
            </li>
          ))}
        </ul>
        <form
          className={styles.stack}
          onSubmit={(e) => {
            e.preventDefault()
            if (draft.name.trim() === '' || nameProblem) return
            let created = ''
            const problem = tryEdit(putAuthorizer, ({ ids }) => {
              created = ids.shortId(6).toLowerCase()
              return { apiId: api.id, authorizer: authorizerFromDraft(created, draft) }
            })
            setError(problem)
            if (!problem) {
              open(created)
              setDraft(EMPTY)
            }
          }}
        >
          <TextField
            label="New authorizer name"
            value={draft.name}
            placeholder="TokenAuthorizer"
            error={nameProblem ?? null}
            onChange={(e) => set({ name: e.target.value })}
          />
          <SelectProp
            label="New authorizer type"
            value={draft.type}
            options={TYPES}
            onChange={keep((t: AuthorizerType) =>
              set({
                type: t,
                identitySource: t === 'REQUEST' ? '' : 'method.request.header.Authorization',
              }),
            )}
          />
          {lambda && functions.length > 0 && (
            <SelectProp
              label="New authorizer's Lambda function"
              value={functions.some((f) => f.value === draft.authorizerUri) ? draft.authorizerUri : ''}
              options={[{ value: '', label: 'Choose… (or enter the URI below)' }, ...functions]}
              onChange={keep((v: string) => set({ authorizerUri: v }))}
            />
          )}
          {lambda && (
            <TextField
              label="New authorizer's URI (authorizerUri)"
              value={draft.authorizerUri}
              monospace
              placeholder="arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{function ARN}/invocations"
              onChange={(e) => set({ authorizerUri: e.target.value })}
            />
          )}
          {draft.type !== 'COGNITO_USER_POOLS' && (
            <TextField
              label="New authorizer's identity source (identitySource)"
              value={draft.identitySource}
              monospace
              {...(draft.type === 'REQUEST'
                ? { placeholder: 'method.request.header.Auth, method.request.querystring.token' }
                : {})}
              onChange={(e) => set({ identitySource: e.target.value })}
            />
          )}
          {draft.type === 'COGNITO_USER_POOLS' && (
            <TextField
              label="New authorizer's user pool ARNs (providerARNs)"
              value={draft.providerARNs}
              monospace
              placeholder="arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc"
              onChange={(e) => set({ providerARNs: e.target.value })}
            />
          )}
          <div className={styles.actions}>
            <Button
              type="submit"
              size="sm"
              icon="plus"
              disabled={draft.name.trim() === '' || nameProblem !== undefined}
            >
              Create authorizer
            </Button>
          </div>
        </form>
        {error && <FieldError>{error}</FieldError>}
      </Section>
      {authorizer && (
        <AuthorizerEditor
          key={authorizer.id}
          apiId={api.id}
          authorizer={authorizer}
          functions={functions}
          onDeleted={() => open()}
        />
      )}
    </div>
  )
}

function AuthorizerEditor({
  apiId,
  authorizer: a,
  functions,
  onDeleted,
}: {
  apiId: string
  authorizer: Authorizer
  functions: { value: string; label: string }[]
  onDeleted(): void
}) {
  const tryEdit = useTryEdit()
  const [error, setError] = useState<string | undefined>(undefined)
  const put = (next: Authorizer, field: string) =>
    tryEdit(putAuthorizer, { apiId, authorizer: next }, `authorizer:${a.id}:${field}`)
  /** Sets or (for '') removes an optional string field. */
  const putOptional = (
    field: 'identitySource' | 'identityValidationExpression' | 'authorizerUri',
    v: string,
  ) => {
    const { [field]: _gone, ...rest } = a
    return put(v === '' ? rest : { ...a, [field]: v }, field)
  }
  const fnName = lambdaFunctionName(a.authorizerUri)
  const lambda = a.type !== 'COGNITO_USER_POOLS'
  return (
    <Section
      title={a.name}
      actions={
        <Button
          size="sm"
          variant="ghost"
          icon="trash"
          label={`Delete authorizer ${a.name}`}
          onClick={() => {
            const problem = tryEdit(deleteAuthorizer, { apiId, authorizerId: a.id })
            setError(problem)
            if (!problem) onDeleted()
          }}
        />
      }
    >
      {error && <FieldError>{error}</FieldError>}
      <p className={styles.muted}>
        Type: <span className={styles.mono}>{a.type}</span> · id <span className={styles.mono}>{a.id}</span>
      </p>
      <TextProp label="Name" value={a.name} onCommit={(v) => put({ ...a, name: v }, 'name')} />
      {lambda && functions.length > 0 && (
        <SelectProp
          label="Lambda function"
          value={functions.some((f) => f.value === a.authorizerUri) ? (a.authorizerUri ?? '') : ''}
          options={[
            { value: '', label: fnName ? `${fnName} (not in this project)` : 'Choose…' },
            ...functions,
          ]}
          onChange={(v) => (v === '' ? undefined : putOptional('authorizerUri', v))}
        />
      )}
      {lambda && (
        <TextProp
          label="Authorizer URI (authorizerUri)"
          value={a.authorizerUri ?? ''}
          monospace
          onCommit={(v) => putOptional('authorizerUri', v)}
        />
      )}
      <TextProp
        label="Identity source (identitySource)"
        value={a.identitySource ?? ''}
        monospace
        optional={a.type === 'REQUEST'}
        hint={
          a.type === 'REQUEST'
            ? 'Comma-separated: method.request.header.X, method.request.querystring.X, stageVariables.X, context.X'
            : 'The header carrying the token: method.request.header.{name}'
        }
        onCommit={(v) => putOptional('identitySource', v)}
      />
      {a.type !== 'REQUEST' && (
        <TextProp
          label="Identity validation expression (identityValidationExpression)"
          value={a.identityValidationExpression ?? ''}
          monospace
          optional
          placeholder="^Bearer [-0-9a-zA-Z._]*$"
          onCommit={(v) => putOptional('identityValidationExpression', v)}
        />
      )}
      {a.type === 'COGNITO_USER_POOLS' && (
        <TextProp
          label="Cognito user pool ARNs (providerARNs)"
          value={(a.providerARNs ?? []).join(', ')}
          monospace
          hint="Separate several ARNs with commas."
          onCommit={(v) => put({ ...a, providerARNs: splitArns(v) }, 'providerARNs')}
        />
      )}
      <TextProp
        label="Authorizer result TTL in seconds (authorizerResultTtlInSeconds)"
        value={String(a.authorizerResultTtlInSeconds)}
        rules={[authorizerTtl]}
        hint="0 turns caching off; at most 3600."
        onCommit={(v) => put({ ...a, authorizerResultTtlInSeconds: Number(v.trim()) }, 'ttl')}
      />
    </Section>
  )
}
