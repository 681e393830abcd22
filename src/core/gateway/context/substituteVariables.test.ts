import { describe, expect, it } from 'vitest'
import { formatHttpDate, formatJavaDate, formatRequestTime } from './formatRequestTime'
import type { RequestContext } from './RequestContext'
import { substituteVariables } from './substituteVariables'

const ctx = {
  requestId: 'r-1',
  status: 200,
  identity: { sourceIp: '1.2.3.4', caller: null },
  error: { message: 'Missing Authentication Token', messageString: '"Missing Authentication Token"' },
} as unknown as RequestContext

describe('substituteVariables', () => {
  it('replaces $context and $stageVariables references, nested and braced', () => {
    expect(substituteVariables('{"message":$context.error.messageString}', ctx, {})).toBe(
      '{"message":"Missing Authentication Token"}',
    )
    expect(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the braced form is AWS's syntax, not a JS template
      substituteVariables('${context.requestId}/$stageVariables.v/$context.identity.sourceIp', ctx, {
        v: 'x',
      }),
    ).toBe('r-1/x/1.2.3.4')
  })
  it('prints missing and null values as the given placeholder', () => {
    expect(
      substituteVariables('$context.identity.caller $context.nope $stageVariables.none', ctx, {}, '-'),
    ).toBe('- - -')
  })
})

describe('time formats', () => {
  const t = Date.UTC(2025, 2, 5, 6, 43, 16)
  it('formats $context.requestTime, the Java log date and the HTTP Date header', () => {
    expect(formatRequestTime(t)).toBe('05/Mar/2025:06:43:16 +0000')
    expect(formatJavaDate(t)).toBe('Wed Mar 05 06:43:16 UTC 2025')
    expect(formatHttpDate(t)).toBe('Wed, 05 Mar 2025 06:43:16 GMT')
  })
})
