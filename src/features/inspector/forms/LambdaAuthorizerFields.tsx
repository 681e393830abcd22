import { TextField } from '../../../ui/TextField'
import { keep, SelectProp } from '../fields/fields'
import { iamRoleArn } from './authorizerDraft'

export const ROLE_PLACEHOLDER = 'arn:aws:iam::123456789012:role/apigInvokeRole'
export const ROLE_HINT =
  'Optional: empty lets API Gateway call the function through its resource-based policy.'

/** The Lambda invoke role's problem, if one was typed (empty is fine: a resource-based policy). */
export function lambdaRoleProblem(role: string): string | undefined {
  return role.trim() === '' ? undefined : iamRoleArn(role)
}

/** How a form names the three fields. */
export interface LambdaFieldLabels {
  function: string
  uri: string
  role: string
}

/**
 * The fields a Lambda authorizer (TOKEN, REQUEST) being created or retyped needs: the function
 * (picked from the project, or its invocation URI typed) and the optional invoke role, checked
 * as typed. `labels` name them in the form's words ("New authorizer's …", "… for the new type").
 */
export function LambdaAuthorizerFields({
  functions,
  value,
  onChange,
  labels,
}: {
  functions: readonly { value: string; label: string }[]
  value: { authorizerUri: string; authorizerCredentials: string }
  onChange(patch: { authorizerUri?: string; authorizerCredentials?: string }): void
  labels: LambdaFieldLabels
}) {
  const uri = value.authorizerUri
  const role = value.authorizerCredentials
  return (
    <>
      {functions.length > 0 && (
        <SelectProp
          label={labels.function}
          value={functions.some((f) => f.value === uri) ? uri : ''}
          options={[{ value: '', label: 'Choose… (or enter the URI below)' }, ...functions]}
          onChange={keep((v: string) => onChange({ authorizerUri: v }))}
        />
      )}
      <TextField
        label={labels.uri}
        value={uri}
        monospace
        placeholder="arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{function ARN}/invocations"
        onChange={(e) => onChange({ authorizerUri: e.target.value })}
      />
      <TextField
        label={labels.role}
        value={role}
        monospace
        placeholder={ROLE_PLACEHOLDER}
        hint={ROLE_HINT}
        error={lambdaRoleProblem(role) ?? null}
        onChange={(e) => onChange({ authorizerCredentials: e.target.value })}
      />
    </>
  )
}
