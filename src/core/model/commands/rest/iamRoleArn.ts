/**
 * An IAM role ARN, as API Gateway takes one for `authorizerCredentials` ("the role's Amazon
 * Resource Name"): `arn:{partition}:iam::{12-digit account}:role/{path/}{name}`. Role names
 * are 1–64 of `A-Za-z0-9+=,.@_-`; a path is `/…/` of printable ASCII (IAM's identifier rules).
 */
export const IAM_ROLE_ARN =
  /^arn:aws(?:-cn|-us-gov|-eusc|-iso|-iso-[a-z])?:iam::\d{12}:role\/(?:[\x21-\x7e]*\/)?[A-Za-z0-9+=,.@_-]{1,64}$/

/** What is wrong with a typed role ARN, in words a person can act on; `undefined` when it is one. */
export function iamRoleArnProblem(value: string): string | undefined {
  const v = value.trim()
  if (IAM_ROLE_ARN.test(v)) return undefined
  if (!v.startsWith('arn:'))
    return 'Enter the IAM role ARN, e.g. arn:aws:iam::123456789012:role/apigInvokeRole.'
  const parts = v.split(':')
  if (parts[2] !== 'iam')
    return `This is not an IAM ARN (service "${parts[2] ?? ''}"): use arn:aws:iam::…:role/….`
  if (parts[3] !== '') return 'IAM ARNs have no region: arn:aws:iam::{account}:role/{name}.'
  if (!/^\d{12}$/.test(parts[4] ?? '')) return 'The account id in a role ARN is 12 digits.'
  const resource = parts.slice(5).join(':')
  if (!resource.startsWith('role/'))
    return 'API Gateway assumes a role: the ARN ends in :role/{name} (not a user or policy).'
  return 'Role names are 1–64 letters, digits and + = , . @ _ - (after an optional /path/).'
}
