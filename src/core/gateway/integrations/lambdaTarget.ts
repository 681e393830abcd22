import type { LambdaFunction } from '../../model/lambda/LambdaFunction'
import type { Project } from '../../model/project'

/** The function an AWS/AWS_PROXY integration URI names, looked up among the project's functions. */
export function lambdaTarget(
  project: Project,
  uri: string,
): { fn: LambdaFunction; arn: string } | { missing: string } | { notLambda: true } {
  const m = /\/functions\/(.+?)\/invocations/.exec(uri)
  if (!/:lambda:path\//.test(uri) && !/^https:\/\/lambda\./.test(uri)) return { notLambda: true }
  if (m === null) return { missing: uri }
  const ref = decodeURIComponent(m[1]!)
  const arnMatch = /^arn:aws[a-z-]*:lambda:[^:]*:[^:]*:function:([^:]+)(?::.+)?$/.exec(ref)
  const name = arnMatch ? arnMatch[1]! : ref.split(':')[0]!
  const fn = project.functions.find((f) => f.name === name)
  if (fn === undefined) return { missing: name }
  const { region, accountId } = project.settings
  return { fn, arn: `arn:aws:lambda:${region}:${accountId}:function:${fn.name}` }
}
