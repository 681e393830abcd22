import type { ImportContext } from './ImportContext'
import { isRecord } from './ImportContext'

/**
 * CloudFormation intrinsics (`Ref`, `Fn::Sub`, `Fn::GetAtt`, …) and template placeholders
 * (`${name}`) in OpenAPI bodies meant for SAM / `AWS::Include` / Terraform `templatefile`.
 * API Gateway's importer resolves none of them (only `${AWS::AccountId}`, `${AWS::Partition}`,
 * `${AWS::Region}` and, at request time, `${stageVariables.x}`).
 */

export function isIntrinsic(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false
  const keys = Object.keys(value)
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::') || keys[0] === 'Condition')
}

/** Text standing in for an intrinsic: `{Ref: X}` → `${X}`, `Fn::Sub` → its template, `Fn::Join` → joined. */
export function renderIntrinsic(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (!isRecord(value)) return JSON.stringify(value)
  const [key] = Object.keys(value)
  const arg = value[key!]
  switch (key) {
    case 'Ref':
      return `\${${renderIntrinsic(arg)}}`
    case 'Fn::GetAtt':
      return `\${${Array.isArray(arg) ? arg.map(renderIntrinsic).join('.') : renderIntrinsic(arg)}}`
    case 'Fn::Sub': {
      if (typeof arg === 'string') return arg.replace(/\$\{!/g, '${')
      if (Array.isArray(arg) && typeof arg[0] === 'string') {
        const vars = isRecord(arg[1]) ? arg[1] : {}
        return arg[0]
          .replace(/\$\{([^}!]+)\}/g, (whole, name: string) =>
            Object.hasOwn(vars, name) ? renderIntrinsic(vars[name]) : whole,
          )
          .replace(/\$\{!/g, '${')
      }
      return JSON.stringify(arg)
    }
    case 'Fn::Join':
      if (Array.isArray(arg) && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
        return arg[1].map(renderIntrinsic).join(arg[0])
      }
      return JSON.stringify(arg)
    case 'Fn::ImportValue':
      return `\${ImportValue:${renderIntrinsic(arg)}}`
    default:
      return `\${${key}:${JSON.stringify(arg)}}`
  }
}

const AWS_VARIABLES = /\$\{AWS::(AccountId|Partition|Region)\}/g

/** Substitutes the three variables API Gateway resolves at import time. */
export function substituteAwsVariables(text: string, region: string, accountId: string): string {
  if (!text.includes('${AWS::')) return text
  return text.replace(AWS_VARIABLES, (_m, name: string) =>
    name === 'AccountId' ? accountId : name === 'Region' ? region : partitionOf(region),
  )
}

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

/** `${name}` placeholders that nothing will resolve (not stage variables, not `$context`-style). */
export function unresolvedPlaceholders(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
    const name = m[1]!
    if (name.startsWith('stageVariables.') || name.startsWith('request.') || name.startsWith('context.'))
      continue
    out.push(m[0])
  }
  return out
}

/**
 * Reads a field that must be a string. Numbers and booleans are accepted as their text (as
 * AWS's own examples write `payloadFormatVersion: 1.0`). An intrinsic object is an error AWS
 * would give; with `repair` it becomes its text form.
 */
export function readString(
  ctx: ImportContext,
  value: unknown,
  at: string,
  field: string,
): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (isIntrinsic(value)) {
    const text = renderIntrinsic(value)
    ctx.fail(
      `Invalid value for ${field}: a CloudFormation intrinsic (${Object.keys(value)[0]}) is not a string; render the template before importing it into API Gateway`,
      at,
      `imported as the text "${text}"`,
    )
    return text
  }
  ctx.fail(`Invalid value for ${field}: expected a string`, at, 'ignored')
  return undefined
}

/** Flags `${name}` placeholders in an ARN-like field that AWS would not accept. */
export function checkPlaceholders(ctx: ImportContext, text: string, at: string, field: string): void {
  const found = unresolvedPlaceholders(text)
  if (found.length === 0) return
  ctx.fail(
    `Invalid ARN or URI specified for ${field}: "${text}" contains the unresolved placeholder ${found.join(', ')} (CloudFormation or Terraform templates must be rendered before import)`,
    at,
    'kept as text; the emulator cannot call it until the placeholder is replaced',
  )
}

/** A value as a person reads it in a message: text as is, anything else as JSON, nothing as "nothing". */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing'
  return typeof value === 'string' ? value : JSON.stringify(value)
}
