import { useState } from 'react'
import {
  authorizationTypeFor,
  authorizerTypeChangeProblems,
  type AuthorizerTypeChange as Change,
  changeAuthorizerType,
  defaultIdentitySource,
  methodsUsingAuthorizer,
  retypeAuthorizer,
} from '../../../core/model/commands/rest/changeAuthorizerType'
import type { Authorizer, AuthorizerType, RestApi } from '../../../core/model/rest/RestApi'
import { Button } from '../../../ui/Button'
import { TextField } from '../../../ui/TextField'
import { FieldError, keep, Note, SelectProp } from '../fields/fields'
import { useTryEdit } from '../fields/useTryEdit'
import { AUTHORIZER_TYPES, authorizerTtl, splitArns } from './authorizerDraft'
import styles from './forms.module.css'
import { LambdaAuthorizerFields, type LambdaFieldLabels } from './LambdaAuthorizerFields'

/** What the user types for the new type; the change is built from it on every keystroke. */
interface Draft {
  authorizerUri: string
  identitySource: string
  providerARNs: string
  authorizerCredentials: string
  ttl: string
}

function draftFor(a: Authorizer, type: AuthorizerType): Draft {
  return {
    authorizerUri: a.authorizerUri ?? '',
    identitySource: defaultIdentitySource(a, type),
    providerARNs: (a.providerARNs ?? []).join(', '),
    authorizerCredentials: a.authorizerCredentials ?? '',
    ttl: String(a.authorizerResultTtlInSeconds),
  }
}

function changeOf(type: AuthorizerType, d: Draft): Change {
  const lambda = type !== 'COGNITO_USER_POOLS'
  const ttl = d.ttl.trim()
  return {
    type,
    identitySource: d.identitySource,
    ...(lambda
      ? { authorizerUri: d.authorizerUri, authorizerCredentials: d.authorizerCredentials }
      : { providerARNs: splitArns(d.providerARNs) }),
    ...(/^\d+$/.test(ttl) ? { authorizerResultTtlInSeconds: Number(ttl) } : {}),
  }
}

const FIELD_NAMES: Record<string, string> = {
  identityValidationExpression: 'the identity validation expression',
  providerARNs: 'the user pool ARNs',
  authorizerUri: 'the Lambda function URI',
  authorizerCredentials: 'the Lambda invoke role',
}

const NEW_TYPE_LABELS: LambdaFieldLabels = {
  function: 'Lambda function for the new type',
  uri: 'Authorizer URI for the new type (authorizerUri)',
  role: 'Lambda invoke role for the new type (authorizerCredentials)',
}

/**
 * Changes an existing authorizer's type: pick the new type, fill in what it needs (prefilled
 * from what the authorizer already has), read what is missing and what will change, then apply
 * it as one undoable edit (the methods that use the authorizer switch authorization type too).
 */
export function AuthorizerTypeChange({
  api,
  authorizer: a,
  functions,
}: {
  api: RestApi
  authorizer: Authorizer
  functions: { value: string; label: string }[]
}) {
  const tryEdit = useTryEdit()
  const [type, setType] = useState<AuthorizerType>(a.type)
  const [draft, setDraft] = useState<Draft>(() => draftFor(a, a.type))
  const [error, setError] = useState<string | undefined>(undefined)
  const set = (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p }))
  const pick = (t: AuthorizerType) => {
    setType(t)
    setDraft(draftFor(a, t))
    setError(undefined)
  }
  const changing = type !== a.type
  const lambda = type !== 'COGNITO_USER_POOLS'
  const change = changeOf(type, draft)
  const ttlProblem = authorizerTtl(draft.ttl)
  const problems = changing
    ? [
        ...(ttlProblem ? [`Authorizer result TTL: ${ttlProblem}`] : []),
        ...authorizerTypeChangeProblems(a, change),
      ]
    : []
  const { dropped } = retypeAuthorizer(a, change)
  const users = methodsUsingAuthorizer(api, a.id)
  const authorizationType = authorizationTypeFor(type)
  const label = (t: AuthorizerType) => AUTHORIZER_TYPES.find((x) => x.value === t)?.label ?? t
  return (
    <div className={styles.stack} data-testid="authorizer-type-change">
      <SelectProp
        label="Authorizer type"
        value={type}
        options={AUTHORIZER_TYPES.map((t) =>
          t.value === a.type ? { ...t, label: `${t.label} (current)` } : t,
        )}
        hint="Changing the type asks for what the new type needs before it is applied."
        onChange={keep(pick)}
      />
      {changing && (
        <fieldset className={styles.changePanel} aria-label={`Change to ${label(type)}`}>
          <p className={styles.changeTitle}>
            Change <strong>{a.name}</strong> from <code className={styles.mono}>{a.type}</code> to{' '}
            <code className={styles.mono}>{type}</code>
          </p>
          {lambda && (
            <LambdaAuthorizerFields
              functions={functions}
              value={draft}
              onChange={set}
              labels={NEW_TYPE_LABELS}
            />
          )}
          <TextField
            label={
              type === 'REQUEST'
                ? 'Identity sources for the new type (identitySource)'
                : 'Token source for the new type (identitySource)'
            }
            value={draft.identitySource}
            monospace
            hint={
              type === 'REQUEST'
                ? 'Comma-separated: method.request.header.X, method.request.querystring.X, stageVariables.X, context.X. Needed while caching is on.'
                : 'The header carrying the token: method.request.header.{name}'
            }
            onChange={(e) => set({ identitySource: e.target.value })}
          />
          {type === 'REQUEST' && (
            <TextField
              label="Authorizer result TTL for the new type (seconds)"
              value={draft.ttl}
              hint="0 turns caching off; at most 3600."
              error={ttlProblem ?? null}
              onChange={(e) => set({ ttl: e.target.value })}
            />
          )}
          {type === 'COGNITO_USER_POOLS' && (
            <TextField
              label="Cognito user pool ARNs for the new type (providerARNs)"
              value={draft.providerARNs}
              monospace
              placeholder="arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc"
              hint="Separate several ARNs with commas."
              onChange={(e) => set({ providerARNs: e.target.value })}
            />
          )}
          <ChangeSummary
            dropped={dropped.map((f) => FIELD_NAMES[f] ?? f)}
            users={users}
            authorizationType={authorizationType}
            typeChangesMethods={authorizationTypeFor(a.type) !== authorizationType}
          />
          {problems.length > 0 && (
            <div className={styles.missing} role="status" aria-label="Still needed">
              <strong>Still needed before the change:</strong>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          <div className={styles.actions}>
            <Button
              size="sm"
              variant="primary"
              disabled={problems.length > 0}
              onClick={() =>
                setError(tryEdit(changeAuthorizerType, { apiId: api.id, authorizerId: a.id, change }))
              }
            >
              Change type to {type}
            </Button>
            <Button size="sm" onClick={() => pick(a.type)}>
              Cancel
            </Button>
          </div>
          {error && <FieldError>{error}</FieldError>}
        </fieldset>
      )}
    </div>
  )
}

function ChangeSummary({
  dropped,
  users,
  authorizationType,
  typeChangesMethods,
}: {
  dropped: string[]
  users: string[]
  authorizationType: string
  typeChangesMethods: boolean
}) {
  if (dropped.length === 0 && (users.length === 0 || !typeChangesMethods)) return null
  return (
    <Note tone="warning">
      {dropped.length > 0 && <>The new type does not use {joinWords(dropped)}: it will be removed. </>}
      {users.length > 0 && typeChangesMethods && (
        <>
          {users.length === 1 ? 'The method' : `${users.length} methods`} using it ({users.join(', ')}) will
          use authorization type <code>{authorizationType}</code>
          {authorizationType === 'CUSTOM' ? ' (their OAuth scopes are removed)' : ''}.
        </>
      )}
    </Note>
  )
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}
