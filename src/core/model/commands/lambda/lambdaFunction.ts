import type { LambdaFunction } from '../../lambda/LambdaFunction'
import { CommandError, defineCommand } from '../defineCommand'
import { applyPatch } from '../rest/withRestApi'

export const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,64}$/

export function checkFunction(command: string, fn: LambdaFunction): void {
  if (!FUNCTION_NAME.test(fn.name)) {
    throw new CommandError(
      command,
      `Function names are 1–64 letters, digits, hyphens or underscores; got "${fn.name}".`,
    )
  }
  if (!Number.isInteger(fn.timeout) || fn.timeout < 1 || fn.timeout > 900) {
    throw new CommandError(command, 'A function timeout is a whole number of seconds between 1 and 900.')
  }
  if (!Number.isInteger(fn.memorySize) || fn.memorySize < 128 || fn.memorySize > 10240) {
    throw new CommandError(command, 'Memory is a whole number of MB between 128 and 10240.')
  }
  if (!/^[^.\s]+\.[^.\s]+$/.test(fn.handler)) {
    throw new CommandError(
      command,
      `The handler is written file.export, e.g. index.handler; got "${fn.handler}".`,
    )
  }
  for (const key of Object.keys(fn.environment)) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) {
      throw new CommandError(
        command,
        `Environment variable names start with a letter and use letters, digits and _; got "${key}".`,
      )
    }
  }
}

export type CreateFunctionParams = Partial<LambdaFunction> & Pick<LambdaFunction, 'name' | 'code'>

export const createFunction = defineCommand<CreateFunctionParams>(
  'createFunction',
  'Create Lambda function',
  (project, p) => {
    const fn: LambdaFunction = {
      runtime: 'nodejs20.x',
      handler: 'index.handler',
      environment: {},
      timeout: 3,
      memorySize: 128,
      ...p,
    }
    checkFunction('createFunction', fn)
    if (project.functions.some((f) => f.name === fn.name)) {
      throw new CommandError('createFunction', `Function already exist: ${fn.name}`)
    }
    return { ...project, functions: [...project.functions, fn] }
  },
)

export type FunctionPatch = { [K in keyof LambdaFunction]?: LambdaFunction[K] | null }

export const updateFunction = defineCommand<{ name: string; patch: FunctionPatch }>(
  'updateFunction',
  'Edit Lambda function',
  (project, { name, patch }) => {
    const current = project.functions.find((f) => f.name === name)
    if (!current) throw new CommandError('updateFunction', `Function not found: ${name}`)
    for (const key of [
      'name',
      'runtime',
      'handler',
      'code',
      'environment',
      'timeout',
      'memorySize',
    ] as const) {
      if (patch[key] === null)
        throw new CommandError('updateFunction', `${key} cannot be removed, only changed.`)
    }
    const next = applyPatch(current, patch)
    checkFunction('updateFunction', next)
    if (next.name !== name && project.functions.some((f) => f.name === next.name)) {
      throw new CommandError('updateFunction', `Function already exist: ${next.name}`)
    }
    return { ...project, functions: project.functions.map((f) => (f.name === name ? next : f)) }
  },
)

export const deleteFunction = defineCommand<{ name: string }>(
  'deleteFunction',
  'Delete Lambda function',
  (project, { name }) => {
    if (!project.functions.some((f) => f.name === name))
      throw new CommandError('deleteFunction', `Function not found: ${name}`)
    return { ...project, functions: project.functions.filter((f) => f.name !== name) }
  },
)
