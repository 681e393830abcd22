import { afterEach, describe, expect, it } from 'vitest'
import type { Diagnostic } from '../core/model/validate/Diagnostic'
import { validateProject } from '../core/model/validate/validateProject'
import { buildMethod, buildProject, buildRestApi } from '../testing/builders'
import { projectValidation, validateOffThread } from './projectValidation'

/** A method whose integration is missing: a diagnostic `validateProject` reports. */
const project = buildProject({
  restApis: [buildRestApi({ paths: { '/pets': { GET: buildMethod('GET') } } })],
})

afterEach(() => {
  projectValidation.setState({ validator: (p) => Promise.resolve(validateProject(p)) })
})

describe('validateOffThread', () => {
  it('validates in the caller’s thread until the app sets a validator', async () => {
    const expected = validateProject(project)
    expect(expected.length).toBeGreaterThan(0)
    await expect(validateOffThread(project)).resolves.toEqual(expected)
  })

  it('asks the validator the app set', async () => {
    const answer: Diagnostic[] = [
      { severity: 'warning', message: 'from the worker', location: { apiId: 'a' } },
    ]
    const asked: unknown[] = []
    projectValidation.getState().setValidator(async (p) => {
      asked.push(p)
      return answer
    })
    await expect(validateOffThread(project)).resolves.toBe(answer)
    expect(asked).toEqual([project])
  })

  it('falls back to validating here when the validator fails', async () => {
    projectValidation.getState().setValidator(() => Promise.reject(new Error('worker crashed')))
    await expect(validateOffThread(project)).resolves.toEqual(validateProject(project))
  })
})
