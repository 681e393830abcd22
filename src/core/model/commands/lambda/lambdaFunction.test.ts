import { describe, expect, it } from 'vitest'
import { buildProject } from '../../../../testing/builders'
import { createFunction, deleteFunction, updateFunction } from './lambdaFunction'

describe('Lambda function commands', () => {
  const project = createFunction.apply(buildProject(), {
    name: 'hello',
    code: 'exports.handler = async () => 1',
  })
  it('creates a function with AWS defaults', () => {
    expect(project.functions[0]).toEqual({
      name: 'hello',
      code: 'exports.handler = async () => 1',
      runtime: 'nodejs20.x',
      handler: 'index.handler',
      environment: {},
      timeout: 3,
      memorySize: 128,
    })
    expect(() => createFunction.apply(project, { name: 'hello', code: '' })).toThrow(/already exist/)
    expect(() => createFunction.apply(project, { name: 'bad name', code: '' })).toThrow(/Function names/)
  })
  it('updates within AWS limits, renames, deletes', () => {
    const next = updateFunction.apply(project, {
      name: 'hello',
      patch: { timeout: 30, environment: { TABLE: 't' } },
    })
    expect(next.functions[0]).toMatchObject({ timeout: 30, environment: { TABLE: 't' } })
    expect(() => updateFunction.apply(project, { name: 'hello', patch: { timeout: 901 } })).toThrow(
      /between 1 and 900/,
    )
    expect(updateFunction.apply(project, { name: 'hello', patch: { name: 'hi' } }).functions[0]!.name).toBe(
      'hi',
    )
    expect(deleteFunction.apply(project, { name: 'hello' }).functions).toEqual([])
    expect(() => deleteFunction.apply(project, { name: 'x' })).toThrow(/not found/)
  })
})
