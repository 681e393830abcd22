import { callHttp } from '../integrations/callHttp'
import { callLambda } from '../integrations/callLambda'
import { callMock } from '../integrations/callMock'
import type { Halt, PipelineState } from '../PipelineState'

/**
 * Stage 9 — the integration: MOCK, HTTP, HTTP_PROXY, AWS_PROXY (Lambda proxy) or AWS (Lambda
 * custom). Proxy integrations end the pipeline with the backend's answer; the others leave an
 * answer for integration-response selection.
 */
export async function invokeIntegration(s: PipelineState): Promise<Halt | undefined> {
  const integration = s.route!.method.integration!
  let result: Awaited<ReturnType<typeof callHttp>>
  switch (integration.type) {
    case 'MOCK': {
      const timer = s.rec.begin('integration')
      const answer = callMock(s, s.integrationRequest!.templateContentType !== undefined)
      s.answer = answer
      timer.end(
        'continue',
        answer.selectionInput === undefined
          ? 'MOCK: no statusCode from a request template; the default integration response answers.'
          : `MOCK: the request template asked for status ${answer.selectionInput}.`,
        { statusCode: answer.selectionInput ?? null },
      )
      return undefined
    }
    case 'HTTP':
    case 'HTTP_PROXY':
      result = await callHttp(s, integration.type === 'HTTP_PROXY')
      break
    default:
      result = await callLambda(s, integration.type === 'AWS_PROXY')
  }
  if ('selectionInput' in result) {
    s.answer = result
    return undefined
  }
  return result
}
