import { useState } from 'react'
import { deleteAuthorizer, putAuthorizer } from '../../../core/model/commands'
import type { Project } from '../../../core/model/project'
import type { Authorizer, AuthorizerType, RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { TextField } from '../../../ui/TextField'
import { FormHeader, keep, SelectProp, TextProp } from '../fields/fields'
import { useTryEdit } from '../fields/useTryEdit'
import { AuthorizerTypeChange } from './AuthorizerTypeChange'
import {
  AUTHORIZER_TYPES,
  type AuthorizerDraft,
  authorizerFromDraft,
  authorizerTtl,
  DEFAULT_AUTHORIZER_TTL,
  iamRoleArn,
  lambdaFunctionName,
  requestIdentitySourceProblem,
  splitArns,
} from './authorizerDraft'
import styles from './forms.module.css'
import {
  LambdaAuthorizerFields,
  type LambdaFieldLabels,
  lambdaRoleProblem,
  ROLE_HINT,
  ROLE_PLACEHOLDER,
} from './LambdaAuthorizerFields'
import { lambdaInvocationUri } from './lambdaArn'
import { NamedItemDetail, NamedItemSection, nameInUse } from './NamedItemSection'

const typeLabel = (t: AuthorizerType) => AUTHORIZER_TYPES.find((x) => x.value === t)?.label ?? t

type CreateDraft = Omit<AuthorizerDraft, 'name'>

const EMPTY: CreateDraft = {
  type: 'TOKEN',
  authorizerUri: '',
  identitySource: 'method.request.header.Authorization',
  providerARNs: '',
  authorizerCredentials: '',
}

/** The project's Lambda functions as invocation URIs, for the "Lambda function" pickers. */
function functionOptions(project: Project) {
  return project.functions.map((f) => ({
    value: lambdaInvocationUri(project.settings.region, project.settings.accountId, f.name),
    label: f.name,
  }))
}

const NEW_AUTHORIZER_LABELS: LambdaFieldLabels = {
  function: "New authorizer's Lambda function",
  uri: "New authorizer's URI (authorizerUri)",
  role: "New authorizer's Lambda invoke role (authorizerCredentials)",
}

/** Authorizers of the API: Lambda (TOKEN, REQUEST) and Cognito user pools; create, edit, change type, delete. */
export function AuthorizersForm({ project, api, id }: { project: Project; api: RestApi; id?: string }) {
  const tryEdit = useTryEdit()
  const authorizers = Object.values(api.authorizers).sort((a, b) => a.name.localeCompare(b.name))
  const authorizer = id ? api.authorizers[id] : undefined
  const [draft, setDraft] = useState<CreateDraft>(EMPTY)
  const functions = functionOptions(project)
  const set = (p: Partial<CreateDraft>) => setDraft((d) => ({ ...d, ...p }))
  const open = (aid?: string) =>
    selectionStore.getState().inspect(aid ? { kind: 'authorizers', id: aid } : { kind: 'authorizers' })
  const lambda = draft.type !== 'COGNITO_USER_POOLS'
  const roleProblem = lambda ? lambdaRoleProblem(draft.authorizerCredentials) : undefined
  return (
    <div className={styles.form}>
      <FormHeader title="Authorizers" subtitle={<span>{api.name}</span>} />
      <NamedItemSection
        title={`Authorizers (${authorizers.length})`}
        items={authorizers.map((a) => ({ key: a.id, name: a.name, meta: typeLabel(a.type) }))}
        selectedKey={id}
        onOpen={open}
        nameLabel="New authorizer name"
        placeholder="TokenAuthorizer"
        nameProblem={nameInUse(
          'Authorizer',
          authorizers.map((a) => a.name),
        )}
        createLabel="Create authorizer"
        onCreate={(name) => {
          if (roleProblem) return `Lambda invoke role: ${roleProblem}`
          if (draft.type === 'REQUEST') {
            const sourceProblem = requestIdentitySourceProblem(draft.identitySource, DEFAULT_AUTHORIZER_TTL)
            if (sourceProblem) return sourceProblem
          }
          let created = ''
          const problem = tryEdit(putAuthorizer, ({ ids }) => {
            created = ids.shortId(6).toLowerCase()
            return { apiId: api.id, authorizer: authorizerFromDraft(created, { ...draft, name }) }
          })
          if (!problem) {
            open(created)
            setDraft(EMPTY)
          }
          return problem
        }}
      >
        <SelectProp
          label="New authorizer type"
          value={draft.type}
          options={AUTHORIZER_TYPES}
          onChange={keep((t: AuthorizerType) =>
            set({
              type: t,
              identitySource: t === 'REQUEST' ? '' : 'method.request.header.Authorization',
            }),
          )}
        />
        {lambda && (
          <LambdaAuthorizerFields
            functions={functions}
            value={draft}
            onChange={set}
            labels={NEW_AUTHORIZER_LABELS}
          />
        )}
        {lambda && (
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
        {!lambda && (
          <TextField
            label="New authorizer's user pool ARNs (providerARNs)"
            value={draft.providerARNs}
            monospace
            placeholder="arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc"
            onChange={(e) => set({ providerARNs: e.target.value })}
          />
        )}
      </NamedItemSection>
      {authorizer && (
        <AuthorizerEditor
          key={authorizer.id}
          api={api}
          authorizer={authorizer}
          functions={functions}
          onDeleted={() => open()}
        />
      )}
    </div>
  )
}

function AuthorizerEditor({
  api,
  authorizer: a,
  functions,
  onDeleted,
}: {
  api: RestApi
  authorizer: Authorizer
  functions: { value: string; label: string }[]
  onDeleted(): void
}) {
  const tryEdit = useTryEdit()
  const put = (next: Authorizer, field: string) =>
    tryEdit(putAuthorizer, { apiId: api.id, authorizer: next }, `authorizer:${a.id}:${field}`)
  /** Sets or (for '') removes an optional string field. */
  const putOptional = (
    field: 'identitySource' | 'identityValidationExpression' | 'authorizerUri' | 'authorizerCredentials',
    v: string,
  ) => {
    const { [field]: _gone, ...rest } = a
    return put(v === '' ? rest : { ...a, [field]: v }, field)
  }
  const fnName = lambdaFunctionName(a.authorizerUri)
  const lambda = a.type !== 'COGNITO_USER_POOLS'
  return (
    <NamedItemDetail
      title={a.name}
      deleteLabel={`Delete authorizer ${a.name}`}
      onDelete={() => tryEdit(deleteAuthorizer, { apiId: api.id, authorizerId: a.id })}
      onDeleted={onDeleted}
    >
      <p className={styles.muted}>
        Type: <span className={styles.mono}>{a.type}</span> · id <span className={styles.mono}>{a.id}</span>
      </p>
      <AuthorizerTypeChange key={a.type} api={api} authorizer={a} functions={functions} />
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
      {lambda && (
        <TextProp
          label="Lambda invoke role (authorizerCredentials)"
          value={a.authorizerCredentials ?? ''}
          monospace
          optional
          placeholder={ROLE_PLACEHOLDER}
          hint={ROLE_HINT}
          rules={[iamRoleArn]}
          onCommit={(v) => putOptional('authorizerCredentials', v)}
        />
      )}
      <TextProp
        label="Identity source (identitySource)"
        value={a.identitySource ?? ''}
        monospace
        optional={a.type === 'REQUEST' && a.authorizerResultTtlInSeconds === 0}
        rules={[
          a.type === 'REQUEST'
            ? (v) => requestIdentitySourceProblem(v, a.authorizerResultTtlInSeconds)
            : undefined,
        ]}
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
        rules={[
          authorizerTtl,
          a.type === 'REQUEST'
            ? (v) => requestIdentitySourceProblem(a.identitySource ?? '', Number(v.trim()))
            : undefined,
        ]}
        hint="0 turns caching off; at most 3600."
        onCommit={(v) => put({ ...a, authorizerResultTtlInSeconds: Number(v.trim()) }, 'ttl')}
      />
    </NamedItemDetail>
  )
}
