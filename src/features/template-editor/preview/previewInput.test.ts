import { describe, expect, it } from 'vitest'
import { renderMappingTemplate } from '../../../core/gateway/mapping'
import { buildMethod, buildRestApi, mockIntegration } from '../../../testing/builders'
import { defaultSample, type PreviewTarget, previewInput } from './previewInput'

const method = buildMethod('POST', {
  requestParameters: { 'method.request.querystring.q': false, 'method.request.header.X-Id': true },
  integration: mockIntegration(),
})
const api = buildRestApi({ id: 'abc123', paths: { '/pets/{petId}': { POST: method } } })
const target: PreviewTarget = {
  api,
  resourceId: 'pets_petId',
  resourcePath: '/pets/{petId}',
  method,
  region: 'eu-west-1',
  accountId: '111111111111',
  stageName: 'dev',
  stageVariables: { backend: 'example.com' },
  forResponse: false,
}

describe('defaultSample', () => {
  it('fills path parameters, declared query strings and headers, and the stage variables', () => {
    const s = defaultSample(target)
    expect(s.path).toEqual({ petId: '1' })
    expect(s.querystring).toEqual({ q: 'value' })
    expect(s.header['X-Id']).toBe('value')
    expect(s.stageVariables).toEqual({ backend: 'example.com' })
    expect(s.body).toContain('"name"')
  })
  it('starts a MOCK response template with the empty integration response body', () => {
    expect(defaultSample({ ...target, forResponse: true }).body).toBe('')
  })
})

describe('previewInput', () => {
  it('renders with the real engine: params, stage variables and $context from the sample', () => {
    const sample = { ...defaultSample(target), context: { identity: { sourceIp: '198.51.100.7' } } }
    const input = previewInput(target, sample, Date.UTC(2025, 2, 5, 6, 43, 16))
    const out = renderMappingTemplate(
      "$input.params('petId') $input.params('q') $stageVariables.backend $context.stage $context.resourcePath $context.path $context.identity.sourceIp $context.requestTime $input.path('$.name')",
      input,
    ).output
    expect(out).toBe(
      '1 value example.com dev /pets/{petId} /dev/pets/1 198.51.100.7 05/Mar/2025:06:43:16 +0000 Rex',
    )
  })

  it('keeps AWS key order in $context', () => {
    const input = previewInput(target, defaultSample(target), 0)
    expect(Object.keys(input.context).slice(0, 4)).toEqual([
      'resourceId',
      'resourcePath',
      'httpMethod',
      'extendedRequestId',
    ])
  })
})
