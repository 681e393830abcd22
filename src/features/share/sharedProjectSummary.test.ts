import { describe, expect, it } from 'vitest'
import { buildFunction, buildHttpApi, buildProject, buildRestApi, buildStage } from '../../testing/builders'
import { sharedCodeWarning, sharedProjectSummary } from './sharedProjectSummary'

describe('sharedProjectSummary', () => {
  it('says an empty project has no APIs', () => {
    expect(sharedProjectSummary(buildProject())).toBe('no APIs yet')
  })

  it('counts APIs, their resources, stages and functions, singular and plural', () => {
    const pets = buildRestApi({ paths: { '/pets': {}, '/pets/{id}': {} } })
    const other = buildRestApi({ id: 'other12345' })
    const project = buildProject({
      restApis: [pets, other],
      httpApis: [buildHttpApi()],
      stages: [buildStage(pets.id, 'dev')],
      functions: [buildFunction('calc', 'export const handler = async () => 1'), buildFunction('echo', '')],
    })
    expect(sharedProjectSummary(project)).toBe(
      '2 REST APIs (4 resources), 1 HTTP API, 1 stage, 2 Lambda functions',
    )
  })

  it('warns that shared Lambda functions run in this browser, only when there are some', () => {
    expect(sharedCodeWarning(buildProject())).toBeNull()
    const one = buildProject({ functions: [buildFunction('calc', '')] })
    expect(sharedCodeWarning(one)).toBe(
      'Its Lambda function runs in this browser when you call its APIs: open links only from people you trust.',
    )
    const two = buildProject({ functions: [buildFunction('a', ''), buildFunction('b', '')] })
    expect(sharedCodeWarning(two)).toMatch(/^Its 2 Lambda functions run in this browser/)
  })
})
