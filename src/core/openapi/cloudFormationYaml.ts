import yaml from 'js-yaml'

/**
 * A YAML schema that reads CloudFormation's short-form intrinsic tags (`!Ref x`, `!Sub …`,
 * `!GetAtt a.b`, …) as their long JSON form (`{Ref: x}`, `{'Fn::Sub': …}`), so SAM and
 * CloudFormation bodies load the same whether written in short or long form. Built on the
 * YAML 1.2 core schema (no timestamps: `version: 2024-01-01` stays a string).
 */
const FUNCTIONS = [
  'And',
  'Base64',
  'Cidr',
  'Equals',
  'FindInMap',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Not',
  'Or',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'ToJsonString',
  'Length',
]

function intrinsic(tag: string, key: string, transform: (data: unknown) => unknown = (d) => d): yaml.Type[] {
  return (['scalar', 'sequence', 'mapping'] as const).map(
    (kind) =>
      new yaml.Type(`!${tag}`, {
        kind,
        construct: (data: unknown) => ({ [key]: transform(data ?? '') }),
      }),
  )
}

const types: yaml.Type[] = [
  ...intrinsic('Ref', 'Ref'),
  ...intrinsic('Condition', 'Condition'),
  ...intrinsic('GetAtt', 'Fn::GetAtt', (d) => (typeof d === 'string' ? d.split('.') : d)),
  ...FUNCTIONS.flatMap((f) => intrinsic(f, `Fn::${f}`)),
]

export const CLOUDFORMATION_YAML_SCHEMA = yaml.CORE_SCHEMA.extend(types)
