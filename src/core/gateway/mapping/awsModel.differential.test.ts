import { describe, it } from 'vitest'
import {
  expectLikeVelocity,
  type RecordedCase,
  type RecordedResult,
  recordedCases,
} from '../../vtl/differential/recordedCases'
import { compileMappingTemplate } from './compileMappingTemplate'
import type { MappingInput } from './MappingInput'
import { MappingTemplateError } from './MappingTemplateError'

/**
 * The mapping bindings against the working model of API Gateway recorded with Velocity 1.7 +
 * Jayway JsonPath + json-smart + commons-lang ("aws" cases of src/core/vtl/differential).
 */
function run(c: RecordedCase): RecordedResult {
  const input: MappingInput = {
    body: c.body ?? '',
    params: {
      path: c.params?.path ?? {},
      querystring: c.params?.querystring ?? {},
      header: c.params?.header ?? {},
    },
    context: c.context ?? {},
    stageVariables: c.stageVariables ?? {},
  }
  try {
    return { id: c.id, output: compileMappingTemplate(c.template).render(input).output }
  } catch (e) {
    if (!(e instanceof MappingTemplateError)) throw e
    const kind = e.kind === 'limit' ? 'runtime' : e.kind
    return { id: c.id, error: { kind, line: e.line, column: e.column, message: e.awsMessage ?? e.message } }
  }
}

describe('differential: mapping bindings against the AWS working model (recorded)', () => {
  for (const c of recordedCases.filter((x) => x.mode === 'aws')) {
    it(c.id, () => expectLikeVelocity(c, run(c)))
  }
})
